import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from './scripts/lib/chromium.mjs';

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const port = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium where it is installed (these machines cannot download Playwright's browsers);
      // anywhere else, Playwright's own browser.
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    {
      name: 'mobile',
      use: { ...devices['Pixel 7'] },
      testIgnore: ['hostile-files.spec.ts', 'hostile-text.spec.ts', 'hostile-exports.spec.ts'],
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
      testMatch: ['accessibility.spec.ts', 'pages.spec.ts'],
    },
    // The hostile inputs measure the main thread's longest task, so they run last and one at a time: a test
    // beside them, or another audit's worker, would take the CPU and lengthen the tasks measured.
    {
      name: 'hostile',
      use: { ...devices['Pixel 7'] },
      testMatch: ['hostile-files.spec.ts', 'hostile-text.spec.ts', 'hostile-exports.spec.ts'],
      dependencies: ['mobile', 'desktop'],
      workers: 1,
    },
  ],
  webServer: {
    command: `npm run preview -- --force --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
