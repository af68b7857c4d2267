// "Share this history": a creator reads her export (the Instagram example, generated here from
// tests/fixtures/synthetic-exports.mjs), labels its bursts, checks a name and copies the link; a business
// opens it in a browser of its own and sees the same weekly chart, bursts and labels, read-only, with what the
// link proves and what it does not. A damaged or too long link opens the tool with a notice and no chart,
// and no link ever touches the visitor's own saved history.
import { inflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import { exampleExports } from '../fixtures/synthetic-exports.mjs';
import { zipBuffer } from '../fixtures/zip-writer.mjs';
import { generated, waitForIslands, watchForProblems } from './helpers';

const PAGE = '/tools/fake-follower-estimator/';
const STORAGE_KEY = 'real-reach:follower-history';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const example = exampleExports().find((candidate) => candidate.file === 'instagram-export-json.zip')!;

async function openTool(page: Page, path = PAGE): Promise<Locator> {
  await page.goto(path);
  await waitForIslands(page);
  return page.getByRole('region', { name: 'Fake-follower estimator' });
}

/** Reads the generated Instagram export in the page, as an owner choosing her ZIP would. */
async function readOwnExport(page: Page, info: TestInfo): Promise<Locator> {
  const tool = await openTool(page);
  await tool.getByRole('radio', { name: 'Follower history' }).check();
  await tool
    .getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)')
    .setInputFiles(generated(info, example.file, zipBuffer(example.entries)));
  await expect(tool.getByRole('heading', { name: 'What the export says' })).toBeVisible();
  return tool;
}

/** The chart as drawn: its caption and the bars' paths, which are equal only when every count is. */
async function chartOf(scope: Locator) {
  const chart = scope.locator('figure.arrival-chart');
  return {
    caption: await chart.locator('figcaption').textContent(),
    bars: await chart.locator('svg path').evaluateAll((paths) => paths.map((path) => path.getAttribute('d'))),
  };
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).include('.estimator').withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
}

const storedHistory = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);

/** A visitor with her own follower history (the TikTok example, one burst labelled) saved in this browser. */
async function visitorWithOwnHistory(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const tool = await openTool(page);
  await tool.getByRole('radio', { name: 'Follower history' }).check();
  await tool.getByLabel('No export to hand? Try it with an example:').selectOption({ label: 'TikTok, JSON' });
  await tool.getByRole('button', { name: 'Try it with an example' }).click();
  await tool
    .locator('.burst', { has: page.getByRole('heading', { name: /12 Mar 2026/ }) })
    .getByRole('radio', { name: 'A paid campaign or advert' })
    .check();
  await expect.poll(() => storedHistory(page)).toContain('"paid"');
  const stored = await storedHistory(page);
  await page.goto('about:blank');
  return { context, page, stored: stored! };
}

test('a creator shares her history and a business opens the same chart, bursts and labels, read-only', async ({
  page,
  context,
  browser,
  baseURL,
}, info) => {
  const problems = watchForProblems(page, new URL(baseURL!).origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const tool = await readOwnExport(page, info);
  const giveaway = tool.locator('.burst', { has: page.getByRole('heading', { name: /Sept? 2025/ }) });
  const bought = tool.locator('.burst', { has: page.getByRole('heading', { name: /12 Mar 2026/ }) });
  await giveaway.getByRole('radio', { name: 'A giveaway or contest' }).check();
  await bought.getByRole('radio', { name: 'I can’t explain it' }).check();
  await tool.getByRole('button', { name: /Pick \d+ Instagram followers to check/ }).click();
  const sample = tool.getByRole('region', { name: /Sample of all 4,\d{3} followers/ });
  await sample.getByRole('radio', { name: 'Looks fake' }).check();
  await expect(sample.getByText('The one follower you judged looked fake.')).toBeVisible();
  const sampled = (await sample.locator('.spot-account h3').textContent())!.replace(/\s*\(\d+ of \d+\)$/, '');
  const own = await chartOf(tool);
  const bursts = await tool.locator('.burst h4').allTextContents();
  const storedBefore = await storedHistory(page);

  const share = tool.getByRole('region', { name: 'Share this history' });
  await expectAxeClean(page);
  await share.getByRole('button', { name: 'Share this history (copy link)' }).click();
  await expect(share.getByRole('status')).toHaveText(/Link copied/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${new URL(PAGE, baseURL).href}#history=[A-Za-z0-9_-]+$`));
  const fragment = new URL(link).hash;
  info.annotations.push({ type: 'shared link (bytes of fragment)', description: String(fragment.length) });
  expect(fragment.length).toBeLessThan(8_192);
  // Version 1, then the summary deflated: numbers only, never a name.
  const bytes = Buffer.from(fragment.slice('#history='.length), 'base64url');
  expect(bytes[0]).toBe(1);
  const summary = inflateRawSync(bytes.subarray(1)).toString('utf8');
  expect(summary).not.toContain(sampled);
  expect(Object.keys(JSON.parse(summary)).sort()).toEqual(['bursts', 'checks', 'platform', 'total', 'weeks']);
  // Sharing changes nothing for the creator.
  expect(await storedHistory(page)).toBe(storedBefore);
  expect(page.url()).not.toContain('#history=');

  // The business: a browser of its own, with a follower history of its own saved.
  const visitor = await visitorWithOwnHistory(browser, baseURL!);
  const visitorProblems = watchForProblems(visitor.page, new URL(baseURL!).origin);
  const business = await openTool(visitor.page, link);
  await expect(business.getByRole('radio', { name: 'Follower history' })).toBeChecked();
  const shared = business.getByRole('region', { name: 'A follower history shared with you' });
  await expect(shared).toBeVisible();
  await expect(shared).toContainText(
    /Instagram data export with this page, and the export listed 4,\d{3} followers, with follow dates from 2\d Nov 2024 to 20 Nov 2026\./,
  );
  await expect(shared).toContainText('What this link shows:');
  await expect(shared).toContainText(
    'What it cannot show: that the export was theirs, complete and not edited.',
  );
  await expect(shared).toContainText('anyone can make a link with numbers like these');
  expect(await chartOf(shared)).toEqual(own);
  expect(await shared.locator('.burst h4').allTextContents()).toEqual(bursts);
  await expect(
    shared
      .locator('.burst', { hasText: /Sept? 2025/ })
      .getByText('the sender answered: “A giveaway or contest”'),
  ).toBeVisible();
  await expect(
    shared
      .locator('.burst', { hasText: /12 Mar 2026/ })
      .getByText('the sender answered: “I can’t explain it”'),
  ).toBeVisible();
  await expect(shared.getByText(/1 of \d+ names drawn at random from 4,\d{3}/)).toBeVisible();
  await expect(shared.getByText('The one follower the sender judged looked fake.')).toBeVisible();
  // Read-only: nothing to label, choose or draw, and no name anywhere.
  await expect(shared.getByRole('radio')).toHaveCount(0);
  await expect(business.locator('input[type=file]')).toHaveCount(0);
  await expect(business.getByText(sampled)).toHaveCount(0);
  expect(await storedHistory(visitor.page)).toBe(visitor.stored);
  await expectAxeClean(visitor.page);

  // Closing it brings back the visitor's own history, as she saved it, and the link leaves the address.
  await shared.getByRole('button', { name: 'Close the shared history' }).click();
  await expect(business.getByText(/lists 4,\d{3} TikTok followers/)).toBeVisible();
  await expect(
    business
      .locator('.burst', { has: visitor.page.getByRole('heading', { name: /12 Mar 2026/ }) })
      .getByRole('radio', { name: 'A paid campaign or advert' }),
  ).toBeChecked();
  expect(new URL(visitor.page.url()).hash).toBe('');
  expect(await storedHistory(visitor.page)).toBe(visitor.stored);
  expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
  expect(visitorProblems).toEqual({ consoleErrors: [], foreignRequests: [] });
  await visitor.context.close();
});

const BAD_LINKS = [
  { name: 'cut short', hash: '#history=AcVWS27bMBD8F', notice: 'damaged or incomplete' },
  {
    name: 'carrying markup',
    hash: `#history=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    notice: 'damaged or incomplete',
  },
  {
    name: 'of another version',
    hash: '#history=AsVWS27bMBD8FcPnlNwl',
    notice: 'another version of this page',
  },
  { name: 'too long', hash: `#history=${'A'.repeat(9_000)}`, notice: 'longer than 8,192 characters' },
];

for (const bad of BAD_LINKS) {
  test(`a shared history link ${bad.name} opens the tool with a notice and no chart`, async ({ page }) => {
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    page.on('pageerror', (error) => errors.push(error.message));
    const tool = await openTool(page, `${PAGE}${bad.hash}`);
    await expect(tool.getByRole('radio', { name: 'Follower history' })).toBeChecked();
    await expect(tool.getByRole('alert')).toContainText(bad.notice);
    await expect(tool.getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)')).toBeVisible();
    await expect(tool.locator('figure.arrival-chart')).toHaveCount(0);
    await expect(tool.getByRole('heading', { name: 'A follower history shared with you' })).toHaveCount(0);
    await expect(tool.locator('img')).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a damaged link leaves the visitor’s own saved history as it was', async ({ browser, baseURL }) => {
  const visitor = await visitorWithOwnHistory(browser, baseURL!);
  const tool = await openTool(visitor.page, `${PAGE}#history=AQAAAA`);
  await expect(tool.getByRole('alert')).toContainText('damaged or incomplete');
  await expect(tool.getByText(/lists 4,\d{3} TikTok followers/)).toBeVisible();
  expect(await storedHistory(visitor.page)).toBe(visitor.stored);
  await visitor.context.close();
});
