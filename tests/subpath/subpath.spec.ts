// The site built under a sub-path (BASE_PATH=/real-reach/, npm run test:subpath) and served only there:
// every link and anchor in the build, every page in the sitemap, the 404 page, and one pass of each tool,
// search and a shared link. A link that forgot the base reaches the server's 404 outside the prefix.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtFileFor, builtPages, waitForIslands, watchForProblems } from '../e2e/helpers';

const PREFIX = '/real-reach/';
const SITE = 'https://example.org';
const dist = join(process.cwd(), 'dist-subpath');

test('every internal link, image, card and anchor carries the base and reaches a file', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const file of builtPages(dist)) {
    const html = readFileSync(file, 'utf8');
    const pagePath = `${PREFIX}${relative(dist, file).replace(/index\.html$/, '')}`;
    const targets = [
      ...html.matchAll(/\s(?:href|src|action)="([^"]+)"/g),
      ...html.matchAll(/\scontent="(https?:\/\/[^"]+)"/g),
      // Addresses in the structured data (JSON-LD) too.
      ...html.matchAll(/"(https:\/\/example\.org[^"]*)"/g),
    ].map((match) => match[1]!.replace(/&amp;/g, '&'));
    for (const target of targets) {
      if (
        target.startsWith('//') ||
        !(target.startsWith('/') || target.startsWith('#') || target.startsWith(SITE))
      )
        continue;
      const url = new URL(
        target.startsWith(SITE) ? target.slice(SITE.length) : target,
        `http://site${pagePath}`,
      );
      checked++;
      if (!url.pathname.startsWith(PREFIX)) {
        broken.push(`${pagePath} -> ${target} (outside ${PREFIX})`);
        continue;
      }
      const targetFile = builtFileFor(dist, `/${url.pathname.slice(PREFIX.length)}`);
      if (!targetFile) broken.push(`${pagePath} -> ${target}`);
      else if (url.hash && targetFile.endsWith('.html')) {
        const ids = new Set(
          [...readFileSync(targetFile, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]),
        );
        if (!ids.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${pagePath} -> ${target} (no anchor)`);
      }
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});

test('every page in the sitemap answers under the base, with no console error, CSP violation or foreign request', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const locs = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}${PREFIX}sitemap-index.xml`);
  const sitemaps = await locs('sitemap-index.xml');
  const pages = (
    await Promise.all(sitemaps.map((sitemap) => locs(sitemap.pathname.slice(PREFIX.length))))
  ).flat();
  expect(pages.length).toBeGreaterThanOrEqual(12);
  for (const url of pages) {
    expect(`${url.origin}${url.pathname}`.startsWith(`${SITE}${PREFIX}`), url.href).toBe(true);
    const problems = watchForProblems(page, new URL(baseURL!).origin);
    const response = await page.goto(url.pathname.slice(PREFIX.length), { waitUntil: 'networkidle' });
    expect(response?.status(), url.pathname).toBe(200);
    await expect(page.locator('h1'), url.pathname).toHaveCount(1);
    expect(problems, url.pathname).toEqual({ consoleErrors: [], foreignRequests: [] });
    page.removeAllListeners();
  }
});

test('the 404 page answers under the base and leads back inside it; outside the base is not the site', async ({
  page,
  request,
}) => {
  const response = await page.goto('guides/no-such-guide/');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Browse all the guides' }).click();
  await expect(page).toHaveURL(new RegExp(`${PREFIX}guides/$`));
  expect((await request.get('/guides/')).status()).toBe(404);
});

async function openTool(page: Page, path: string, name: string) {
  await page.goto(path);
  await waitForIslands(page);
  return page.getByRole('region', { name });
}

test('each tool works under the base, search included, and a shared link opens its result', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const problems = watchForProblems(page, new URL(baseURL!).origin);

  let tool = await openTool(page, 'tools/fake-follower-estimator/', 'Fake-follower estimator');
  await tool.getByLabel('Platform').selectOption('instagram');
  await tool.getByLabel('Followers', { exact: true }).fill('20,000');
  await tool.getByLabel('Average likes per post').fill('8');
  await tool.getByLabel('Average comments per post').fill('1');
  await expect(tool.getByRole('status', { name: 'Engagement rate per post' })).toHaveText('0.045%');
  await expect(page).toHaveURL(new RegExp(`${PREFIX}tools/fake-follower-estimator/\\?mode=quick`));
  await tool.getByRole('radio', { name: 'Sample audit' }).check();
  await tool.getByRole('button', { name: 'Try it with an example file' }).click();
  await expect(tool.getByText(/^Scored [\d,]+ of [\d,]+ rows/)).toBeVisible();
  await tool.getByRole('radio', { name: 'Follower history' }).check();
  await tool.getByRole('button', { name: 'Try it with an example' }).click();
  await expect(tool.getByRole('heading', { name: 'What the export says' })).toBeVisible();

  // A shared spot-check result, opened fresh.
  await page.goto('tools/fake-follower-estimator/?mode=spot&followers=600&checked=2&fake=1&unsure=0');
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: 'A shared spot-check result' })).toBeVisible();

  tool = await openTool(page, 'tools/draft-checker/', 'Draft checker');
  await tool
    .getByLabel('Your draft')
    .fill('Tag a friend who needs a treat! Cardamom buns are back on Saturday.');
  await expect(
    tool.getByRole('list').first().getByRole('listitem').filter({ hasText: 'Tag-baiting' }),
  ).toBeVisible();

  tool = await openTool(page, 'tools/would-you-click/', 'Would you click it?');
  await tool.getByRole('button', { name: 'Start the quiz' }).click();
  await tool.getByRole('button', { name: 'I’d click it' }).click();
  await expect(tool.getByRole('button', { name: /^(Next post|See your review)$/ })).toBeVisible();

  tool = await openTool(page, 'tools/audience-comparator/', 'Audience comparator');
  await expect(tool.getByLabel('Followers').first()).toBeVisible();

  await page.goto('search/?q=Fernhill');
  await waitForIslands(page);
  await expect(page.getByRole('status')).toContainText('1 result for “Fernhill”');
  await page.getByRole('main').getByRole('listitem').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${PREFIX}guides/before-you-pay-an-influencer/$`));
  expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
});
