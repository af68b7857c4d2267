import { expect, test } from '@playwright/test';
import { firstViewScriptBytes } from '../../scripts/lib/bench-browser.mjs';

// Tools must be light to open on a phone: all the JavaScript loaded before the reader scrolls or taps,
// measured in Chromium at a phone's viewport, stays under 20 KB gzip (issue budget).
const TOOL_PAGES = [
  '/tools/fake-follower-estimator/',
  '/tools/audience-comparator/',
  '/tools/would-you-click/',
  '/tools/draft-checker/',
];
const BUDGET = 20 * 1024;

for (const path of TOOL_PAGES) {
  test(`${path} loads under 20 KB of JavaScript on first view`, async ({ browser, baseURL }) => {
    const { bytes } = await firstViewScriptBytes(browser, baseURL!, path);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(BUDGET);
  });
}

test('a guide without islands loads no script file on first view', async ({ browser, baseURL }) => {
  expect(
    await firstViewScriptBytes(browser, baseURL!, '/guides/follower-count-is-the-wrong-goal/'),
  ).toMatchObject({
    files: 0,
  });
});
