// Exports in other languages (tests/fixtures/localised-exports.mjs), made at test time and read in Chromium:
// an Instagram HTML export in Korean, a Facebook HTML export in Japanese and a TikTok TXT export in Dutch.
// Each must be read with its dates, so the chart and both of the example's bursts show, and no note says
// the dates are in a language the page does not read.
import { expect, test } from '@playwright/test';
import { LOCALISED_EXPORTS } from '../fixtures/localised-exports.mjs';
import { openFollowerHistory, watchForProblems } from './helpers';

const openHistory = openFollowerHistory;

const { tiktokSpanishZip, ...readable } = LOCALISED_EXPORTS;

for (const [key, example] of Object.entries(readable)) {
  test(`reads ${example.title} with its dates: the chart and the bursts (${key})`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchForProblems(page, new URL(baseURL!).origin);
    const { tool, input } = await openHistory(page);
    const [file] = example.files();
    await input.setInputFiles({ name: file!.name, mimeType: 'application/zip', buffer: file!.data });
    await expect(tool.getByRole('heading', { name: 'What the export says' })).toBeVisible();
    await expect(tool.getByText(example.shows)).toBeVisible();
    await expect(tool.getByRole('img', { name: /New followers per (day|week)/ })).toBeVisible();
    await expect(tool.getByRole('heading', { name: /Burst \d: 12 Mar 2026/ })).toBeVisible();
    await expect(tool.getByRole('heading', { name: /Burst \d: (19|20|21) Sept? 2025/ })).toBeVisible();
    await expect(tool.getByText(/in a language this page does not read yet/)).toHaveCount(0);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
  });
}

test('a TikTok list named in a language the page does not know is read by its layout, and the result says so', async ({
  page,
}) => {
  const { tool, input } = await openHistory(page);
  const [file] = LOCALISED_EXPORTS.tiktokSpanishFile.files();
  await input.setInputFiles({ name: file!.name, mimeType: 'text/plain', buffer: file!.data });
  await expect(tool.getByText(LOCALISED_EXPORTS.tiktokSpanishFile.shows)).toBeVisible();
  await expect(
    tool.getByText(/Seguidores\.txt was taken for your list of followers because its lines are laid out/),
  ).toBeVisible();
});

test('two TikTok lists named in an unknown language are not guessed between: the page names them and asks', async ({
  page,
}) => {
  const { tool, input } = await openHistory(page);
  const [file] = tiktokSpanishZip.files();
  await input.setInputFiles({ name: file!.name, mimeType: 'application/zip', buffer: file!.data });
  await expect(tool.locator('.field-error')).toHaveText(tiktokSpanishZip.shows);
  await expect(tool.getByText(/lists [\d,]+ followers/)).toHaveCount(0);
});
