// Which Chromium the tests, benchmarks and Lighthouse drive, and how it is started. Named once here.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browser on these machines or in CI. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Where the network is closed, Chromium's background traffic (updates, sync, field trials) meets refused
 * connections, so it is switched off; root in a container needs --no-sandbox, and there is no GPU.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright's own downloaded Chromium, if there is one. */
export function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Debian's Chromium where it is installed, otherwise Playwright's own; undefined when neither is there. */
export function chromiumPath() {
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : playwrightChromium();
}
