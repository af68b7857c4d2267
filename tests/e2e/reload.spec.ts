// Nothing typed is lost on reload: each tool's fields come back exactly as typed, valid or not.
import { expect, test, type Page } from '@playwright/test';
import { waitForIslands } from './helpers';

const PAGE = '/tools/fake-follower-estimator/';

async function open(page: Page, path = PAGE) {
  await page.goto(path);
  await waitForIslands(page);
  return page.getByRole('region', { name: 'Fake-follower estimator' });
}

async function reload(page: Page) {
  await page.reload();
  await waitForIslands(page);
}

test('the quick check keeps a partial entry, and an edit that broke a field, exactly as typed', async ({
  page,
}) => {
  const tool = await open(page);
  const followers = tool.getByLabel('Followers', { exact: true });
  const likes = tool.getByLabel('Average likes per post');
  const comments = tool.getByLabel('Average comments per post');
  await tool.getByLabel('Platform').selectOption('tiktok');
  await followers.fill('12.4k');
  await reload(page);
  await expect(followers).toHaveValue('12.4k');
  await expect(tool.getByLabel('Platform')).toHaveValue('tiktok');

  await likes.fill('0.004');
  await comments.fill('1');
  await expect(tool.getByRole('status', { name: 'Engagement rate per post' })).toBeVisible();
  await page.waitForURL(/mode=quick/);
  await reload(page);
  await expect(likes).toHaveValue('0.004');

  // A field made invalid, then one emptied: the reload must not bring back the last valid numbers.
  await likes.fill('lots');
  await comments.fill('');
  await expect(likes).toHaveAttribute('aria-invalid', 'true');
  await reload(page);
  await expect(likes).toHaveValue('lots');
  await expect(likes).toHaveAttribute('aria-invalid', 'true');
  await expect(comments).toHaveValue('');
  await expect(followers).toHaveValue('12.4k');
  expect(new URL(page.url()).search).toBe('');

  // On a shared computer: Clear the numbers empties the form, and a reload brings nothing back.
  await tool.getByRole('button', { name: 'Clear the numbers' }).click();
  await expect(followers).toHaveValue('');
  await expect(likes).toHaveValue('');
  await expect(tool.getByRole('button', { name: 'Clear the numbers' })).toBeDisabled();
  await reload(page);
  await expect(followers).toHaveValue('');
  await expect(likes).not.toHaveAttribute('aria-invalid', 'true');
});

test('a megabyte pasted into a number field is cut to the field’s 200 characters, and a reload keeps every field', async ({
  page,
}) => {
  const tool = await open(page);
  const followers = tool.getByLabel('Followers', { exact: true });
  await tool.getByLabel('Average comments per post').fill('3');
  await followers.fill('9'.repeat(1_000_000));
  await expect(followers).toHaveAttribute('aria-invalid', 'true');
  const typed = await followers.inputValue();
  expect(typed).toHaveLength(200);
  await reload(page);
  await expect(followers).toHaveValue(typed);
  await expect(tool.getByLabel('Average comments per post')).toHaveValue('3');
});

test('a shared quick-check link shows the sender’s numbers, not the visitor’s own draft', async ({
  page,
}) => {
  const tool = await open(page);
  await tool.getByLabel('Followers', { exact: true }).fill('999');
  await page.goto(`${PAGE}?mode=quick&platform=instagram&followers=5000&likes=100&comments=5`);
  await waitForIslands(page);
  await expect(tool.getByLabel('Followers', { exact: true })).toHaveValue('5000');
});

test('absurd but accepted numbers read as words, not as a nine-digit percentage or “1 followers”', async ({
  page,
}) => {
  const tool = await open(page);
  await tool.getByLabel('Followers', { exact: true }).fill('1');
  // 1,999,999,998 likes and comments for one follower used to read "199,999,999,800%".
  await tool.getByLabel('Average likes per post').fill('999999999');
  await tool.getByLabel('Average comments per post').fill('999999999');
  await expect(tool.getByRole('status', { name: 'Engagement rate per post' })).toHaveText('over 1,000%');
  await expect(tool.getByText(/for 1 follower\)/)).toBeVisible();
  await expect(tool).not.toContainText(/\d{1,3}(,\d{3}){3,}%/);
});

test('the comparator keeps both accounts, the imported range and a half-typed field, through a reload', async ({
  page,
}) => {
  const tool = await open(page);
  await tool.getByLabel('Followers', { exact: true }).fill('80,000');
  await tool.getByLabel('Average likes per post').fill('120');
  await tool.getByLabel('Average comments per post').fill('8');
  // The comparator has its own page, which takes the estimator's result in the same tab.
  await page.getByRole('link', { name: 'The audience comparator' }).click();
  await waitForIslands(page);
  const comparator = page.getByRole('region', { name: 'Audience comparator' });
  const first = comparator.getByRole('group').nth(0);
  const second = comparator.getByRole('group').nth(1);
  await first.getByRole('button', { name: /Use the estimator’s result/ }).click();
  await first.getByLabel('Name').fill('Big influencer');
  await first.getByLabel('Fake followers').fill('60');
  await second.getByLabel('Name').fill('Local baker');
  await second.getByLabel('Followers', { exact: true }).fill('2,0');
  await second.getByLabel('Engagement you know').selectOption('rate');
  await second.getByLabel('Engagement rate per post').fill('140');
  await second.getByLabel('Fee per post (optional)').fill('4OO');
  await expect(second.getByLabel('Engagement rate per post')).toHaveAccessibleDescription(
    /The engagement rate can’t be more than 100%/,
  );

  await reload(page);
  await expect(first.getByLabel('Name')).toHaveValue('Big influencer');
  await expect(first.getByLabel('Followers', { exact: true })).toHaveValue('80000');
  await expect(first.getByLabel('Fake followers')).toHaveValue('60');
  await expect(second.getByLabel('Name')).toHaveValue('Local baker');
  await expect(second.getByLabel('Followers', { exact: true })).toHaveValue('2,0');
  await expect(second.getByLabel('Engagement rate per post')).toHaveValue('140');
  await expect(second.getByLabel('Engagement rate per post')).toHaveAttribute('aria-invalid', 'true');
  await expect(second.getByLabel('Fee per post (optional)')).toHaveValue('4OO');

  await comparator.getByRole('button', { name: 'Clear both accounts' }).click();
  await expect(first.getByLabel('Name')).toHaveValue('Account A');
  await expect(second.getByLabel('Followers', { exact: true })).toHaveValue('');
  await reload(page);
  await expect(first.getByLabel('Name')).toHaveValue('Account A');
  await expect(second.getByLabel('Name')).toHaveValue('Account B');
  await expect(second.getByLabel('Engagement you know')).toHaveValue('interactions');
  await expect(second.getByLabel('Likes and comments per post')).toHaveValue('');
});

test('stored state someone tampered with is ignored, never shown as HTML', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'real-reach:comparator',
      JSON.stringify({ version: 1, value: [{ name: '<img src=x onerror=alert(1)>', fields: {} }, 1] }),
    );
    localStorage.setItem('real-reach:quick-check', '{"version":1,"value":{"followers":"<b>1</b>"}}');
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => errors.push(dialog.message()));
  const tool = await open(page);
  await expect(tool.getByLabel('Followers', { exact: true })).toHaveValue('');
  await open(page, '/tools/audience-comparator/');
  const comparator = page.getByRole('region', { name: 'Audience comparator' });
  await expect(comparator.getByRole('group').nth(0).getByLabel('Name')).toHaveValue('Account A');
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(errors).toEqual([]);
});
