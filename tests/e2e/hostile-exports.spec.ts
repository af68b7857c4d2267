// Hostile data exports, made at test time at full size and tried in real Chromium: a ZIP with no follower
// list, a ZIP bomb, names that climb out of the archive, JSON cut short or broken, an HTML export in
// another language, an empty list, names that look like markup, two exports in one instant, and a list of
// 500,000 followers. Each test asserts a clear message or a correct result, that the main thread never
// blocked for 50 ms or more (Long Tasks API), that at most one export worker is alive, and no crash.
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  INSTAGRAM_FILE_SIZE,
  instagramFollowersHtml,
  instagramFollowersJson,
  syntheticFollowers,
} from '../fixtures/synthetic-exports.mjs';
import { zipBuffer } from '../fixtures/zip-writer.mjs';
import {
  expectResponsive,
  generated,
  resetLongTasks,
  waitForIslands,
  watchForProblems,
  watchLongTasks,
} from './helpers';

const PAGE = '/tools/fake-follower-estimator/';
/** The main thread never blocks this long, and one history.worker at most is alive. */
const RESPONSIVE = { maxTaskMs: 50, worker: 'history.worker' };
const FOLLOWERS = 'connections/followers_and_following/followers_1.json';
const followers = syntheticFollowers({ seed: 11 });

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await watchLongTasks(page);
  page.on('crash', () => {
    throw new Error('The tab crashed');
  });
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
});

async function openHistory(page: Page): Promise<{ tool: Locator; input: Locator }> {
  await page.goto(PAGE);
  await waitForIslands(page);
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  await tool.getByRole('radio', { name: 'Follower history' }).check();
  const input = tool.getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)');
  await expect(input).toBeVisible();
  await page.waitForLoadState('networkidle');
  await resetLongTasks(page);
  return { tool, input };
}

const fileError = (tool: Locator) => tool.locator('.follower-history .field-error');

test.describe('hostile exports in the follower history', () => {
  test('a ZIP with no follower list says so and where the list would be', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    const zip = zipBuffer([
      { name: 'media/posts/a.jpg', data: Buffer.alloc(4096, 1), store: true },
      { name: 'personal_information/personal_information.json', data: '{}' },
    ]);
    await input.setInputFiles(generated(info, 'no-list.zip', zip));
    await expect(fileError(tool)).toHaveText(/holds 2 files, but no list of followers.*followers_1\.json/);
    await expectResponsive(page, RESPONSIVE);
  });

  test('a ZIP bomb is stopped at the limit, however small it says it is', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    // 300 MB of spaces deflate to about 300 KB; the directory claims the entry is 100 bytes.
    const packed = deflateRawSync(Buffer.alloc(300 * 1024 * 1024, 32), { level: 9 });
    const zip = zipBuffer([{ name: FOLLOWERS, data: packed, store: true }]);
    // Marked as deflated by hand: the writer stored the already-deflated bytes.
    zip.writeUInt16LE(8, 8);
    const directory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(8, directory + 10);
    zip.writeUInt32LE(100, directory + 24);
    await input.setInputFiles(generated(info, 'bomb.zip', zip));
    await expect(fileError(tool)).toHaveText(
      /unpacks to more than 256 MB, more than any list of followers needs/,
      {
        timeout: 30_000,
      },
    );
    await expectResponsive(page, RESPONSIVE);
  });

  test('entries whose names climb out of the archive are refused, with the reason', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    const zip = zipBuffer([
      { name: `../../${FOLLOWERS}`, data: instagramFollowersJson(followers.slice(0, 10)) },
      { name: '/etc/followers_1.json', data: '[]' },
    ]);
    await input.setInputFiles(generated(info, 'climb.zip', zip));
    await expect(fileError(tool)).toHaveText(
      /2 entries were refused because their names point outside the archive/,
    );
    await expectResponsive(page, RESPONSIVE);
  });

  test('JSON cut short, or broken, is named with what is wrong', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    const text = instagramFollowersJson(followers.slice(0, 2000));
    await input.setInputFiles(generated(info, 'followers_1.json', text.slice(0, text.length / 2)));
    await expect(fileError(tool)).toHaveText(
      /followers_1\.json could not be read: the file ends before its JSON does/,
    );
    await input.setInputFiles(generated(info, 'followers_2.json', text.replace('"value"', 'value')));
    await expect(fileError(tool)).toHaveText(/followers_2\.json could not be read: it is not valid JSON/);
    await expectResponsive(page, RESPONSIVE);
  });

  test('an HTML export in another language gives the names, and says the dates could not be read', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    const french = (ms: number) => {
      const date = new Date(ms);
      return `${date.getUTCDate()} nov. ${date.getUTCFullYear()}, ${date.getUTCHours()}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
    };
    const html = instagramFollowersHtml(followers, { date: french, title: 'Abonnés' });
    await input.setInputFiles(generated(info, 'followers_1.html', html));
    await expect(tool.getByText(/lists 4,\d{3} followers/)).toBeVisible();
    await expect(tool.getByText(/dates are written in a language this page does not read yet/)).toBeVisible();
    await expect(tool.getByRole('button', { name: /Pick \d+ Instagram followers to check/ })).toBeEnabled();
    await expectResponsive(page, RESPONSIVE);
  });

  test('an empty list is a result, not an error', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(generated(info, 'empty.zip', zipBuffer([{ name: FOLLOWERS, data: '[]' }])));
    await expect(
      tool.getByText('The list of followers in this export is empty, so there is nothing to chart or check.'),
    ).toBeVisible();
    await expectResponsive(page, RESPONSIVE);
  });

  test('names and links that look like markup stay text, and no link is taken from the file', async ({
    page,
    baseURL,
  }, info) => {
    const problems = watchForProblems(page, new URL(baseURL!).origin);
    const { tool, input } = await openHistory(page);
    const hostile = [
      {
        title: '',
        string_list_data: [
          { href: 'javascript:alert(1)', value: '<img src=x onerror=alert(1)>', timestamp: 1_790_000_000 },
        ],
      },
      {
        title: '',
        string_list_data: [
          { href: 'https://evil.example/phish', value: 'plain.name', timestamp: 1_790_000_100 },
        ],
      },
    ];
    await input.setInputFiles(generated(info, 'followers_1.json', JSON.stringify(hostile)));
    await expect(tool.getByText(/lists 2 followers/)).toBeVisible();
    await tool.getByRole('button', { name: /Pick 2 Instagram followers to check/ }).click();
    const sample = tool.getByRole('region', { name: /Sample of all 2 followers/ });
    await expect(sample).toBeVisible();
    const account = sample.locator('.spot-account');
    const hrefs = () =>
      account.locator('a').evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href));
    const seen = [await account.innerText()];
    for (const link of await hrefs()) expect(link).toBe('https://www.instagram.com/plain.name/');
    await sample.getByRole('button', { name: 'Next', exact: true }).click();
    seen.push(await account.innerText());
    for (const link of await hrefs()) expect(link).toBe('https://www.instagram.com/plain.name/');
    expect(seen.join('\n')).toMatch(/not a valid Instagram user name, so no link is made/);
    await expect(sample.getByText('<img src=x onerror=alert(1)>').first()).toBeAttached();
    await expect(page.locator('.estimator img')).toHaveCount(0);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await expectResponsive(page, RESPONSIVE);
  });

  test('two exports chosen in the same instant: the second one’s result, one worker', async ({ page }) => {
    const { tool } = await openHistory(page);
    const first = instagramFollowersJson(followers);
    const second = instagramFollowersJson(followers.slice(0, 321));
    await page.evaluate(
      ([a, b]) => {
        (window as unknown as { chosen: File[] }).chosen = [
          new File([a], 'followers_1.json'),
          new File([b], 'followers_2.json'),
        ];
      },
      [first, second] as const,
    );
    await resetLongTasks(page);
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.follower-history input[type=file]')!;
      for (const file of (window as unknown as { chosen: File[] }).chosen) {
        const files = new DataTransfer();
        files.items.add(file);
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await expect(tool.getByText(/lists 321 followers/)).toBeVisible();
    await page.waitForTimeout(1500);
    await expect(tool.getByText(/lists 321 followers/)).toBeVisible();
    await expect(tool.getByText(/lists 4,\d{3} followers/)).toHaveCount(0);
    await expectResponsive(page, RESPONSIVE);
  });

  test('a list of 500,000 followers is read, charted and ready to sample without blocking the page', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    const large = syntheticFollowers({ seed: 21, scale: 500_000 / followers.length });
    const entries = [];
    for (let start = 0, part = 1; start < large.length; start += INSTAGRAM_FILE_SIZE, part++)
      entries.push({
        name: `connections/followers_and_following/followers_${part}.json`,
        data: instagramFollowersJson(large.slice(start, start + INSTAGRAM_FILE_SIZE)),
      });
    await input.setInputFiles(generated(info, 'instagram-500k.zip', zipBuffer(entries)));
    await expect(tool.getByText(`lists ${large.length.toLocaleString('en-GB')} followers`)).toBeVisible({
      timeout: 30_000,
    });
    await expect(tool.getByRole('img', { name: /New followers per week/ })).toBeVisible();
    await expect(tool.getByRole('button', { name: /Pick \d+ Instagram followers to check/ })).toBeEnabled();
    await expectResponsive(page, RESPONSIVE);
  });
});
