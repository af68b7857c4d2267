import { expect, test } from '@playwright/test';
import { waitForIslands } from './helpers';

// Crafted links a tool may be opened with: markup, absurd numbers, broken percent-encoding, prototype names.
const CASES = [
  {
    tool: 'Fake-follower estimator',
    path: '/tools/fake-follower-estimator/',
    notice: 'damaged or incomplete',
    defaults: 'Fill in the three numbers',
    queries: [
      `?mode=quick&platform=${encodeURIComponent('<script>alert(1)</script>')}&followers=1&likes=1&comments=1`,
      `?mode=quick&platform=x&followers=${encodeURIComponent('<img src=x onerror=alert(1)>')}&likes=1&comments=1`,
      '?mode=spot&followers=99999999999999999999999&checked=1&fake=0&unsure=0',
      '?mode=spot&followers=500&checked=10&fake=1e3&unsure=0',
      '?mode=quick&platform=x&followers=%E0%A4%A&likes=1&comments=1',
      '?mode=%F0%9F%98',
      '?mode=__proto__&followers=1',
    ],
  },
  {
    tool: 'Would you click it?',
    path: '/tools/would-you-click/',
    notice: 'That quiz link was damaged',
    defaults: 'Start the quiz',
    queries: [
      `?deck=${encodeURIComponent('<script>alert(1)</script>')}`,
      '?deck=ffffffffffffffffffff',
      `?deck=0000abcd&picks=${encodeURIComponent('<img src=x onerror=alert(1)>')}&set=00000000`,
      '?deck=%E0%A4%A',
      '?deck=0000abcd&deck=0000abce',
      `?form=${encodeURIComponent('<script>alert(1)</script>')}&deck=0000abcd`,
      `?form=a&deck=0000abcd&spotted=${'9'.repeat(4_000)}&bait=10&kept=9&good=10`,
      `?form=a&deck=0000abcd&spotted=${encodeURIComponent('<img src=x onerror=alert(1)>')}&bait=10&kept=9&good=10`,
      '?form=__proto__&deck=0000abcd',
      '?form=a&deck=0000abcd&spotted=1e1&bait=10&kept=9&good=10',
    ],
  },
];

for (const { tool, path, notice, defaults, queries } of CASES) {
  for (const query of queries) {
    test(`${tool} opened with ${query} shows its defaults and a notice, and runs nothing`, async ({
      page,
    }) => {
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${path}${query}`);
      await waitForIslands(page);
      const region = page.getByRole('region', { name: tool });
      await expect(region.getByRole('alert')).toContainText(notice);
      await expect(region.getByText(defaults)).toBeVisible();
      await expect(region.locator('img')).toHaveCount(0);
      await expect(page.locator('script').filter({ hasText: 'alert(1)' })).toHaveCount(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('tools without shared state ignore crafted parameters', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const [path, field] of [
    ['/tools/draft-checker/', 'Your draft'],
    ['/tools/audience-comparator/', 'Followers'],
  ] as const) {
    await page.goto(`${path}?text=${encodeURIComponent('<script>alert(1)</script>')}&followers=%E0%A4%A`);
    await waitForIslands(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByLabel(field, { exact: true }).first()).toHaveValue('');
  }
  expect(errors).toEqual([]);
});
