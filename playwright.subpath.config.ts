import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from './scripts/lib/chromium.mjs';

// The site built with BASE_PATH=/real-reach/ (npm run test:subpath), served under that prefix by a server
// that answers 404 anywhere else: every link, asset, worker and search file must carry the base.
const port = Number(process.env['E2E_SUBPATH_PORT'] ?? 4339);
export const PREFIX = '/real-reach/';

export default defineConfig({
  testDir: 'tests/subpath',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${PREFIX}`,
    trace: 'retain-on-failure',
    ...devices['Pixel 7'],
    launchOptions: {
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: `node scripts/serve-prefix.mjs dist-subpath ${PREFIX} ${port}`,
    url: `http://127.0.0.1:${port}${PREFIX}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
