import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths, waitForIslands } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG violation on any page in the ${colorScheme} theme`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme });
    const paths = [...(await sitemapPaths(request)), '/missing-page/'];
    for (const path of paths) {
      await page.goto(path);
      await waitForIslands(page);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary, `${path} (${colorScheme})`).toEqual([]);
    }
  });
}

test('axe stays clean on the search page with results shown', async ({ page }) => {
  await page.goto('/search/?q=followers');
  await waitForIslands(page);
  await expect(page.getByRole('status')).toContainText('for “followers”');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
