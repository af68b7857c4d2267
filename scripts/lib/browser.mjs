// Chromium for the benchmarks, found the same way as in playwright.config.ts, and a preview server of dist/.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

export function launchChromium() {
  const executablePath = chromiumPath();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_FLAGS });
}

/** Serves dist/ with `astro preview` on `port` until `stop()` is called. */
export async function startPreview(root, port) {
  const server = spawn(
    join(root, 'node_modules', '.bin', 'astro'),
    ['preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => server.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`astro preview did not start on ${origin}`);
}
