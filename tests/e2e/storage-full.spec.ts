// Storage full, in every tool that keeps something (src/lib/site/stored.ts, the theme aside): the tool says so
// in the one message every tool uses (NOT_KEPT), beside itself, and what the reader typed or answered stays on
// the page. Issue 21: a series typed into full storage was lost without a word.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { NOT_KEPT } from '../../src/lib/site/not-kept';
import { openFollowerHistory, waitForIslands } from './helpers';

test.beforeEach(async ({ page }) => {
  // Every write to local storage fails as it does in a full browser. nanostores' persistent atoms (the
  // spot-check and the quiz) write by assignment, localStorage[key] = value, which never calls setItem, so
  // the page's localStorage is a stand-in that refuses that too; reading and removing work as before.
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const storage = window.localStorage;
    Storage.prototype.setItem = full;
    const refusing = new Proxy(storage, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
      set: full,
      defineProperty: full,
    });
    Object.defineProperty(window, 'localStorage', { get: () => refusing, configurable: true });
  });
});

async function openEstimator(page: Page, mode?: string): Promise<Locator> {
  await page.goto('/tools/fake-follower-estimator/');
  await waitForIslands(page);
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  if (mode) await tool.getByRole('radio', { name: mode }).check();
  return tool;
}

test('the quick check says storage is full and keeps the numbers typed', async ({ page }) => {
  const tool = await openEstimator(page);
  await tool.getByLabel('Followers', { exact: true }).fill('2,400');
  await tool.getByLabel('Average likes per post').fill('31');
  await expect(tool.getByText(NOT_KEPT)).toBeVisible();
  await expect(tool.getByLabel('Followers', { exact: true })).toHaveValue('2,400');
  await expect(tool.getByLabel('Average likes per post')).toHaveValue('31');
});

test('the spot-check says storage is full, and starts and keeps each answer all the same', async ({
  page,
}) => {
  const tool = await openEstimator(page, 'Spot-check');
  await tool.getByLabel('How many followers does the account have?').fill('2,400');
  await tool.getByRole('button', { name: 'Pick the followers to check' }).click();
  await expect(tool.getByText(NOT_KEPT)).toBeVisible();
  await tool
    .getByRole('radio', { name: /Looks fake/ })
    .first()
    .check();
  await expect(tool.getByRole('radio', { name: /Looks fake/ }).first()).toBeChecked();
  await tool.getByRole('button', { name: 'Next unchecked' }).click();
  await expect(tool.getByText(/You have judged 1 follower so far/)).toBeVisible();
  await expect(tool.getByText(NOT_KEPT)).toBeVisible();
});

test('the sample audit says storage is full and keeps the follower count typed', async ({ page }) => {
  const tool = await openEstimator(page, 'Sample audit');
  await tool.getByRole('button', { name: 'Try it with an example file' }).click();
  const total = tool.getByLabel('Total followers of the account (optional)');
  await total.fill('12,000');
  await expect(tool.getByText(NOT_KEPT)).toBeVisible();
  await expect(total).toHaveValue('12,000');
  await expect(tool.getByText(/fake followers, between/)).toBeVisible();
});

test('follower history says storage is full and keeps the export read and the label chosen', async ({
  page,
}) => {
  const { tool } = await openFollowerHistory(page);
  await tool
    .getByLabel('No export to hand? Try it with an example:')
    .selectOption({ label: 'Instagram, JSON' });
  await tool.getByRole('button', { name: 'Try it with an example' }).click();
  await expect(tool.getByRole('heading', { name: 'What the export says' })).toBeVisible();
  const giveaway = tool
    .locator('.burst', { has: page.getByRole('heading', { name: /Sept? 2025/ }) })
    .getByRole('radio', { name: 'A giveaway or contest' });
  await giveaway.check();
  await expect(tool.getByText(NOT_KEPT)).toBeVisible();
  await expect(giveaway).toBeChecked();
});

test('the series box says storage is full and keeps the series typed', async ({ page }) => {
  const { tool } = await openFollowerHistory(page);
  const field = tool.getByLabel('Dates and follower counts, one pair per line');
  const text = '2026-03-10, 4,210\n2026-03-11, 4,260\n2026-03-12, 4,300';
  await field.fill(text);
  await expect(tool.locator('.series-check').getByText(NOT_KEPT)).toBeVisible();
  await expect(field).toHaveValue(text);
});

test('the comparator says storage is full and keeps what was typed', async ({ page }) => {
  await page.goto('/tools/audience-comparator/');
  await waitForIslands(page);
  const comparator = page.getByRole('region', { name: 'Audience comparator' });
  await comparator.getByLabel('Name').first().fill('Bakery');
  await comparator.getByLabel('Followers', { exact: true }).first().fill('2,400');
  await expect(comparator.getByText(NOT_KEPT)).toBeVisible();
  await expect(comparator.getByLabel('Name').first()).toHaveValue('Bakery');
  await expect(comparator.getByLabel('Followers', { exact: true }).first()).toHaveValue('2,400');
});

test('the draft checker says storage is full and keeps the draft', async ({ page }) => {
  await page.goto('/tools/draft-checker/');
  await waitForIslands(page);
  const checker = page.getByRole('region', { name: 'Draft checker' });
  const draft = checker.getByLabel('Your draft');
  await draft.fill('Cardamom buns are back this Saturday. Order by Friday!');
  await expect(checker.getByText(NOT_KEPT)).toBeVisible();
  await expect(draft).toHaveValue('Cardamom buns are back this Saturday. Order by Friday!');
});

test('the quiz says storage is full and keeps the answer given', async ({ page }) => {
  await page.goto('/tools/would-you-click/');
  await waitForIslands(page);
  const quiz = page.getByRole('region', { name: 'Would you click it?' });
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(quiz.getByText(/^Post 1 of \d+$/)).toBeVisible();
  await quiz.getByRole('button', { name: 'I’d click it' }).click();
  await expect(quiz.getByText(NOT_KEPT)).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'I’d click it' })).toHaveAttribute('aria-pressed', 'true');
  await quiz.getByRole('button', { name: 'Next post' }).click();
  await expect(quiz.getByText(/^Post 2 of \d+$/)).toBeVisible();
});
