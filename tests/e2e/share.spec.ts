import { expect, test } from '@playwright/test';

const guide = '/guides/would-you-click-it/';

test('without Web Share, the share control copies the guide link and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await page.goto(`${guide}?utm_source=test#the-golden-rule-post-only-what-you-would-click-yourself`);
  const button = page.getByRole('button', { name: 'Copy link to this guide' });
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(guide, baseURL).href);
});

test('with Web Share, the share control hands the guide title and link to the browser', async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = shared;
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto(guide);
  // The guide has tools, so its scripts arrive after the first paint; the control says when it is ready.
  await expect(page.locator('[data-share][data-ready]').first()).toBeAttached();
  await page.getByRole('button', { name: 'Share this guide' }).first().click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([{ title: await page.title(), url: new URL(guide, baseURL).href }]);
});

test('every section heading has a link to itself that can be copied', async ({ page, baseURL }) => {
  await page.goto(guide);
  const anchors = page.getByRole('link', { name: /^Link to section:/ });
  expect(await anchors.count()).toBeGreaterThanOrEqual(4);
  const first = anchors.first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^#[a-z0-9-]+$/);
  await first.click();
  await expect(page).toHaveURL(new URL(`${guide}${href}`, baseURL).href);
  await expect(page.locator(`[id="${href!.slice(1)}"]`)).toBeInViewport();
});
