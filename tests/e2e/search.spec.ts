import { expect, test } from '@playwright/test';
import { waitForIslands } from './helpers';

test('search finds a guide by a word that appears only in its body', async ({ page }) => {
  await page.goto('/search/');
  await waitForIslands(page);
  await page.getByLabel('Search the guides').fill('cardboard');
  await expect(page.getByRole('status')).toContainText('1 result for “cardboard”');
  const result = page.getByRole('main').getByRole('listitem').getByRole('link');
  await expect(result).toHaveText('Fake followers and fake likes make big numbers hollow');
  await expect(page.getByRole('main').locator('mark').first()).toHaveText(/cardboard/i);
  await expect(page).toHaveURL(/\?q=cardboard$/);
  await result.click();
  await expect(page).toHaveURL(/\/guides\/fake-followers-and-fake-likes\/$/);
});

test('a shared search link opens with its results, and an unknown word says so', async ({ page }) => {
  await page.goto('/search/?q=loyalty');
  await waitForIslands(page);
  await expect(page.getByLabel('Search the guides')).toHaveValue('loyalty');
  await expect(page.getByRole('status')).toContainText(/\d+ results? for “loyalty”/);
  await page.getByLabel('Search the guides').fill('zzxqvw');
  await expect(page.getByRole('status')).toContainText('No guide mentions “zzxqvw”');
});

test('a hostile search link is shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await waitForIslands(page);
  await expect(page.getByRole('status')).toContainText('for “<img src=x onerror=alert(1)>”');
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('search finds the influencer guide by its worked example', async ({ page }) => {
  await page.goto('/search/?q=Fernhill');
  await waitForIslands(page);
  await expect(page.getByRole('status')).toContainText('1 result for “Fernhill”');
  await expect(page.getByRole('main').getByRole('listitem').getByRole('link')).toHaveText(
    'Before you pay an influencer: a ten-minute check',
  );
});
