import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtSitemapPaths, waitForIslands } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Every page in the sitemap, plus the 404 page, in both colour schemes: one test each, so a failure names them.
for (const path of [...builtSitemapPaths(), '/missing-page/']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG violation on ${path} in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await waitForIslands(page);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test('axe stays clean on the search page with results shown', async ({ page }) => {
  await page.goto('/search/?q=followers');
  await waitForIslands(page);
  await expect(page.getByRole('status')).toContainText('for “followers”');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
