import { expect, test } from '@playwright/test';
import { guidePaths } from './helpers';

test('guide pages without islands load no script and hydrate nothing', async ({ page, request }) => {
  const paths = await guidePaths(page);
  const plain: string[] = [];
  for (const path of paths) {
    if (!(await (await request.get(path)).text()).includes('<astro-island')) plain.push(path);
  }
  expect(plain.length, 'guides without a tool').toBeGreaterThanOrEqual(2);
  for (const path of plain) {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts, path).toEqual([]);
    await expect(page.locator('script[src]'), path).toHaveCount(0);
    page.removeAllListeners('request');
  }
});

test('with JavaScript off, a tool in a guide gives way to an explanation and a link to its method', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guides/fake-followers-and-fake-likes/');
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  await expect(tool.getByText('needs JavaScript')).toBeVisible();
  await expect(tool.getByRole('textbox')).toHaveCount(0);
  await tool.getByRole('link', { name: 'read how it works' }).click();
  await expect(page).toHaveURL(/\/tools\/fake-follower-estimator\/#method$/);
  await expect(page.getByRole('heading', { name: 'Method' })).toBeVisible();
  await context.close();
});

test('with JavaScript off, a guide is complete: title, sections, contents and sources', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guides/fake-followers-and-fake-likes/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(5);
  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  expect(await sources.count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(/^Published .* · \d+ min read$/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Previous and next guide' })).toBeVisible();
  // Controls that need JavaScript stay out of the way instead of doing nothing.
  await expect(page.getByRole('button')).toHaveCount(0);
  await context.close();
});

test('a guide shows its reading time, contents, sources, neighbours and related guides', async ({ page }) => {
  await page.goto('/guides/would-you-click-it/');
  await expect(page.getByText(/^Published .* · \d+ min read$/)).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const firstEntry = toc.getByRole('link').first();
  const target = (await firstEntry.getAttribute('href'))!;
  await firstEntry.click();
  await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
  await expect(page.getByRole('link', { name: /Previous guide/ })).toHaveAttribute(
    'href',
    /\/guides\/[^/]+\/$/,
  );
  await expect(page.getByRole('link', { name: /Next guide/ })).toHaveAttribute('href', /\/guides\/[^/]+\/$/);
  const related = page.getByRole('region', { name: 'Related guides' }).getByRole('article');
  await expect(related).toHaveCount(3);
  const citation = page.locator('.prose a[href^="#source-"]').first();
  await citation.click();
  await expect(page.locator(`[id="${(await citation.getAttribute('href'))!.slice(1)}"]`)).toBeInViewport();
});
