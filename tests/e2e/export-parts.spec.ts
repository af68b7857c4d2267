// Exports that are only part of a download, or hold no list where one belongs (tests/fixtures/partial-exports.mjs,
// made at test time): follower history says what it found and what to do, and never reads them as a whole
// list or an empty one.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PARTIAL_EXPORTS } from '../fixtures/partial-exports.mjs';
import { generated, openFollowerHistory } from './helpers';

async function choose(page: Page, info: Parameters<typeof generated>[0], key: keyof typeof PARTIAL_EXPORTS) {
  const { tool, input } = await openFollowerHistory(page);
  const [file] = PARTIAL_EXPORTS[key].files();
  await input.setInputFiles(generated(info, file!.name, file!.data));
  return tool;
}

const fileError = (tool: Locator) => tool.locator('.field-error');

test('the second ZIP of a split Instagram download, alone, is read but said to be only part of the list', async ({
  page,
}, info) => {
  const tool = await choose(page, info, 'secondPartOnly');
  await expect(tool.getByText(/lists 2,345 followers/)).toBeVisible();
  await expect(
    tool.getByText(/This looks like only part of your list: followers_1 is not among the files read/),
  ).toBeVisible();
  await expect(tool.getByText(/choose all the ZIP files of the download together/)).toBeVisible();
});

test('a follower file holding exactly 10,000 asks for the rest of the download', async ({ page }, info) => {
  const tool = await choose(page, info, 'fullLastFile');
  await expect(tool.getByText(/lists 10,000 followers/)).toBeVisible();
  await expect(
    tool.getByText(/holds exactly 10,000 followers, the most Instagram puts in one file/),
  ).toBeVisible();
});

test('Threads’ lists are never read as Instagram’s: the page says no follower list was found, and why', async ({
  page,
}, info) => {
  const tool = await choose(page, info, 'threadsOnly');
  await expect(fileError(tool)).toContainText('No follower list was found in what you chose.');
  await expect(fileError(tool)).toContainText('Threads’ lists');
  await expect(fileError(tool)).toContainText('choose the ZIP file itself');
  await expect(tool.getByText(/lists \d+ followers/)).toHaveCount(0);
});

test('user names found only in the profile links are read', async ({ page }, info) => {
  const tool = await choose(page, info, 'namesInLinksOnly');
  await expect(tool.getByText(/lists 300 followers/)).toBeVisible();
  await expect(tool.getByText(/could not be read/)).toHaveCount(0);
});

test('Facebook’s HTML list of the accounts followed is counted', async ({ page }, info) => {
  const tool = await choose(page, info, 'facebookFollowedHtml');
  await expect(tool.getByText(/lists 400 followers/)).toBeVisible();
  await expect(tool.getByText(/; you follow 73\./)).toBeVisible();
});

test('a follower file with its list under an unknown key is not read as an empty list', async ({
  page,
}, info) => {
  const tool = await choose(page, info, 'listNotWhereExpected');
  await expect(fileError(tool)).toContainText('holds no list of followers where Instagram keeps one');
  await expect(tool.getByText(/lists (0|no) followers/)).toHaveCount(0);
});
