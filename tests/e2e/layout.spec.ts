import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForIslands } from './helpers';

// Issue 20, items 4 and 9: a tool's first field on a phone's first screen, its result beside the form on a
// laptop, section links that are a real target and copy their address, clean search snippets, and a theme
// button that says what it does.

const TOOL_PAGES = [
  { path: '/tools/fake-follower-estimator/', tool: 'Fake-follower estimator', h1: 'Fake-follower estimator' },
  { path: '/tools/audience-comparator/', tool: 'Audience comparator', h1: 'Audience comparator' },
  { path: '/tools/would-you-click/', tool: 'Would you click it?', h1: '“Would you click it?”' },
  { path: '/tools/draft-checker/', tool: 'Draft checker', h1: 'Draft checker' },
];

async function openTool(page: Page, path: string, tool: string): Promise<Locator> {
  await page.goto(path);
  await waitForIslands(page);
  return page.getByRole('region', { name: tool });
}

/** The heading levels in the page's main content, in document order. */
const headingLevels = (page: Page) =>
  page
    .getByRole('main')
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { path, tool, h1 } of TOOL_PAGES) {
    test(`${path} shows the tool's first field on the first screen, under one heading`, async ({ page }) => {
      const region = await openTool(page, path, tool);
      const first = region.locator('input, select, textarea, button').first();
      await expect(first).toBeVisible();
      const box = (await first.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(844);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      // The tool's own heading still names its region for screen readers, but is not shown a second time.
      await expect(region.getByRole('heading', { name: tool, exact: true })).not.toBeInViewport();
      const levels = await headingLevels(page);
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));
    });
  }

  test('the estimator’s quick check starts on the first screen, platform and all', async ({ page }) => {
    const region = await openTool(page, '/tools/fake-follower-estimator/', 'Fake-follower estimator');
    await expect(region.getByLabel('Platform')).toBeInViewport({ ratio: 1 });
  });
});

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  async function expectBeside(form: Locator, result: Locator) {
    const formBox = (await form.boundingBox())!;
    const resultBox = (await result.boundingBox())!;
    expect(resultBox.x).toBeGreaterThanOrEqual(formBox.x + formBox.width);
    expect(resultBox.y).toBeLessThan(formBox.y + formBox.height);
    await expect(result).toBeInViewport();
  }

  test('the quick check’s reading sits beside its numbers', async ({ page }) => {
    const region = await openTool(page, '/tools/fake-follower-estimator/', 'Fake-follower estimator');
    await expectBeside(
      region.getByRole('group', { name: 'Quick check' }),
      region.getByRole('region', { name: 'What the numbers say' }),
    );
  });

  test('the draft checker’s findings sit beside the draft', async ({ page }) => {
    const region = await openTool(page, '/tools/draft-checker/', 'Draft checker');
    await region
      .getByLabel('Your draft')
      .fill('Tag a friend who needs a treat! Cardamom buns are back on Saturday.');
    await expectBeside(
      region.getByRole('group', { name: 'Check a draft' }),
      region.getByRole('region', { name: 'What the checker found' }),
    );
  });

  test('the comparator’s result sits beside the two accounts', async ({ page }) => {
    const region = await openTool(page, '/tools/audience-comparator/', 'Audience comparator');
    const accounts = [region.getByRole('group').nth(0), region.getByRole('group').nth(1)];
    for (const [account, followers, perPost] of [
      [accounts[0]!, '80,000', '800'],
      [accounts[1]!, '2,000', '20'],
    ] as const) {
      await account.getByLabel('Followers', { exact: true }).fill(followers);
      await account.getByLabel('Fake followers').fill('10');
      await account.getByLabel('Likes and comments per post').fill(perPost);
    }
    await expectBeside(accounts[0]!, region.getByRole('region', { name: 'Real and engaged people' }));
  });

  test('a tool inside a guide keeps one column, where the guide’s measure leaves no room for two', async ({
    page,
  }) => {
    const region = await openTool(page, '/guides/would-you-click-it/', 'Draft checker');
    const form = (await region.getByRole('group', { name: 'Check a draft' }).boundingBox())!;
    const result = (await region.getByRole('region', { name: 'What the checker found' }).boundingBox())!;
    expect(result.y).toBeGreaterThanOrEqual(form.y + form.height);
  });
});

test.describe('section links', () => {
  const guide = '/guides/would-you-click-it/';

  test('are a full-size target that copies the section’s address and says so', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(guide);
    const link = page.getByRole('link', { name: /^Link to section:/ }).first();
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);

    const hash = await link.getAttribute('href');
    await link.click();
    const address = new URL(`${guide}${hash}`, baseURL).href;
    await expect(page.getByRole('status').filter({ hasText: 'Link to this section copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    await expect(page).toHaveURL(address);
    await expect(page.locator(`[id="${hash!.slice(1)}"]`)).toBeInViewport();
  });

  test('still go to their section without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(guide);
    const link = page.getByRole('link', { name: /^Link to section:/ }).first();
    const hash = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(new URL(`${guide}${hash}`, baseURL).href);
    await context.close();
  });

  test('are left out of search snippets', async ({ page }) => {
    // "noticeboard" is in a heading of the guide, so its snippet starts where the link used to be read.
    await page.goto('/search/?q=noticeboard');
    await waitForIslands(page);
    const results = page.getByRole('main').getByRole('listitem');
    await expect(results.first()).toContainText('Social media is a conversation, not a noticeboard');
    await expect(page.getByRole('main')).not.toContainText('Link to section');
    await expect(page.getByRole('main')).not.toContainText('#');
  });
});

test('the theme button says what a press does, before and after it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toDark = page.getByRole('button', { name: 'Switch to dark theme', exact: true });
  await expect(toDark.getByText('Dark theme', { exact: true })).toBeVisible();
  await expect(toDark).not.toHaveAttribute('aria-pressed');
  await toDark.click();
  const toLight = page.getByRole('button', { name: 'Switch to light theme', exact: true });
  await expect(toLight.getByText('Light theme', { exact: true })).toBeVisible();
  await expect(toLight.getByText('Dark theme', { exact: true })).toBeHidden();
  await expect(toDark).toHaveCount(0);
  await toLight.click();
  await expect(toDark).toBeVisible();
});
