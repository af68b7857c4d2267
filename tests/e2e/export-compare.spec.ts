// Two exports of one account compared (tests/fixtures/compare-exports.mjs, made at test time): who left and who
// came, the purged batch beside the ordinary loss, both charted; two accounts or one day refused.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { accountOverTime, pairsNotToCompare } from '../fixtures/compare-exports.mjs';
import { generated, openFollowerHistory, waitForIslands } from './helpers';

type Download = { name: string; data: Buffer };

const openHistory = async (page: Page) => (await openFollowerHistory(page)).tool;

const paths = (info: TestInfo, downloads: Download[]) =>
  downloads.map((download) => generated(info, download.name, download.data));

test('an earlier export chosen beside the one read shows who left and who came, and the purged batch', async ({
  page,
}, info) => {
  const { earlier, later, expected } = accountOverTime();
  const tool = await openHistory(page);
  await tool
    .getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)')
    .setInputFiles(paths(info, [later]));
  await expect(
    tool.getByText(`lists ${expected.laterTotal.toLocaleString('en-GB')} followers`),
  ).toBeVisible();
  await tool.getByLabel('Choose another export of this account').setInputFiles(paths(info, [earlier]));
  const result = tool.getByRole('heading', { name: 'What changed between 20 Mar 2026 and 20 Nov 2026' });
  await expect(result).toBeVisible();
  await expect(
    tool.getByText(
      `${expected.came.toLocaleString('en-GB')} came and ${expected.left.toLocaleString('en-GB')} left`,
    ),
  ).toBeVisible();
  await expect(tool.getByText(/of the 90\d who came on 12 Mar 2026 have gone \((7\d|8\d)%\)/)).toBeVisible();
  await expect(tool.getByText(/Of everyone else with a follow date, [3-7]% have gone/)).toBeVisible();
  await expect(tool.getByRole('img', { name: /Followers by the week they came/ })).toBeVisible();
  await tool.getByText(`Who left (${expected.left.toLocaleString('en-GB')})`).click();
  await expect(tool.getByRole('link', { name: /^[a-z0-9]{8,12}$/ }).first()).toHaveAttribute(
    'href',
    /^https:\/\/www\.instagram\.com\/[a-z0-9]+\/$/,
  );
});

test('two downloads chosen together are compared, never merged into one list', async ({ page }, info) => {
  const { earlier, later, expected } = accountOverTime();
  const tool = await openHistory(page);
  await tool
    .getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)')
    .setInputFiles(paths(info, [earlier, later]));
  await expect(
    tool.getByText(`lists ${expected.laterTotal.toLocaleString('en-GB')} followers`),
  ).toBeVisible();
  await expect(
    tool.getByRole('heading', { name: 'What changed between 20 Mar 2026 and 20 Nov 2026' }),
  ).toBeVisible();
});

for (const [pair, message] of [
  ['twoAccounts', /two different accounts \(fern\.bakes and oat\.rides\), so they were not compared/],
  ['sameDay', /Both exports were made on the same day/],
] as const) {
  test(`a pair of exports of ${pair === 'twoAccounts' ? 'two accounts' : 'one day'} is refused with a reason`, async ({
    page,
  }, info) => {
    const [first, second] = pairsNotToCompare()[pair];
    const tool = await openHistory(page);
    await tool
      .getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)')
      .setInputFiles(paths(info, [first!]));
    await expect(tool.getByText(/lists 500 followers/)).toBeVisible();
    await tool.getByLabel('Choose another export of this account').setInputFiles(paths(info, [second!]));
    await expect(tool.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(tool.getByRole('heading', { name: /What changed between/ })).toHaveCount(0);
  });
}

test('a comparison’s counts survive a reload, its names do not', async ({ page }, info) => {
  const { earlier, later, expected } = accountOverTime();
  const tool = await openHistory(page);
  await tool
    .getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)')
    .setInputFiles(paths(info, [earlier, later]));
  const heading = tool.getByRole('heading', { name: 'What changed between 20 Mar 2026 and 20 Nov 2026' });
  await expect(heading).toBeVisible();
  await page.reload();
  await waitForIslands(page);
  await tool.getByRole('radio', { name: 'Follower history' }).check();
  await expect(heading).toBeVisible();
  await expect(tool.getByText(/of the 90\d who came on 12 Mar 2026 have gone/)).toBeVisible();
  await expect(
    tool.getByText(
      `Who left: ${expected.left.toLocaleString('en-GB')}. The names are not kept in this browser`,
    ),
  ).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('real-reach:follower-history') ?? '');
  expect(stored).toContain('"comparison"');
  expect(stored).not.toMatch(/"leftNames"|"cameNames"/);
});
