import { expect, test } from '@playwright/test';
import { sitemapPaths, watchForProblems } from './helpers';

test('the sitemap lists the home page, every section and at least five guides', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const path of ['/', '/guides/', '/tools/', '/about/', '/search/']) expect(paths).toContain(path);
  expect(paths.filter((path) => /^\/guides\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(5);
  expect(paths.some((path) => path.includes('404'))).toBe(false);
});

test('every page in the sitemap answers 200 with no console error, CSP violation or foreign request', async ({
  page,
  request,
  baseURL,
}) => {
  // One page after another, with every tool hydrated: longer than the default 30 s on two cores.
  test.setTimeout(120_000);
  const paths = await sitemapPaths(request);
  for (const path of paths) {
    const problems = watchForProblems(page, new URL(baseURL!).origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    expect(problems.consoleErrors, path).toEqual([]);
    expect(problems.foreignRequests, path).toEqual([]);
    page.removeAllListeners();
  }
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/guides/no-such-guide/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse all the guides' }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
});

test('robots.txt allows crawling and points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
});

test('the skip link moves keyboard focus past the navigation to the content', async ({ page }) => {
  await page.goto('/guides/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('no word runs into a link: the build keeps the space on each side of every link in the text', async ({
  request,
}) => {
  // Astro's compressHTML drops a line break between a word and a link, so "the\n<a>" shows as "thefake-...".
  for (const path of await sitemapPaths(request)) {
    const html = (await (await request.get(path)).text()).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
    expect(html.match(/.{0,30}[A-Za-z]<a\s[^>]*>.{0,20}/g) ?? [], path).toEqual([]);
    expect(html.match(/.{0,20}<\/a>[A-Za-z].{0,20}/g) ?? [], path).toEqual([]);
  }
});
