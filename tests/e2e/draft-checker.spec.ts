import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForIslands } from './helpers';

async function openChecker(page: Page) {
  await page.goto('/tools/draft-checker/');
  await waitForIslands(page);
  return page.getByRole('region', { name: 'Draft checker' });
}

test('flags bait as it is typed, with the reason and a better way, and says what is good', async ({
  page,
}) => {
  const checker = await openChecker(page);
  await checker
    .getByLabel('Your draft')
    .fill(
      'Tag a friend who needs a treat! Cardamom buns are back this Saturday, £2.80 each. Order by Friday.',
    );
  const problems = checker.getByRole('list').first();
  // The better way is this post's own news, said to the reader its request names.
  await expect(problems.getByRole('listitem').filter({ hasText: 'Tag-baiting' })).toContainText(
    'Better: Say who it\'s for instead, in your post\'s own words: "Cardamom buns are back this Saturday, £2.80 each, for anyone who needs a treat."',
  );
  await expect(checker.getByText('Already good')).toBeVisible();
  await expect(checker.getByLabel('Your draft')).toHaveAccessibleDescription(/of 2,200 characters/);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  await checker
    .getByLabel('Your draft')
    .fill('Cardamom buns are back this Saturday, £2.80 each. Order by Friday.');
  await expect(checker.getByRole('status')).toHaveText(/^No problems found/);
});

test('rewrites bait from the draft’s own words, and copies the improved draft by keyboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const checker = await openChecker(page);
  await checker.getByLabel('Where will you post it?').focus();
  await page.keyboard.press('Tab');
  await expect(checker.getByLabel('Your draft')).toBeFocused();
  await page.keyboard.type(
    'Tag a friend who needs a treat! Cardamom buns are back at the Mill Lane shop on Saturday from 8am. #bakery',
  );
  const improved =
    'Know someone who needs a treat? Bring them along. Cardamom buns are back at the Mill Lane shop on Saturday from 8am. #bakery';
  await expect(checker.getByRole('listitem').filter({ hasText: 'Tag-baiting' })).toContainText(
    'Rewrite: Know someone who needs a treat? Bring them along.',
  );
  await expect(checker.getByRole('blockquote')).toHaveText(improved);

  const copy = checker.getByRole('button', { name: 'Copy improved draft' });
  for (
    let step = 0;
    step < 10 && !(await copy.evaluate((button) => button === document.activeElement));
    step++
  )
    await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(checker.getByText('Copied.', { exact: true })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(improved);
  for (const named of ['Cardamom buns', 'the Mill Lane shop', 'Saturday', '8am', '#bakery'])
    expect(copied).toContain(named);
  expect(copied.toLowerCase()).not.toContain('tag a friend');

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
  }
});

test('starts on Instagram, then on the platform chosen last, with or without a draft', async ({ page }) => {
  const checker = await openChecker(page);
  const platform = checker.getByLabel('Where will you post it?');
  await expect(platform).toHaveValue('instagram');
  await platform.selectOption('linkedin');
  // The choice is kept once the checker's pause after typing has passed.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('real-reach:draft')))
    .toContain('"platform":"linkedin"');
  await page.reload();
  await waitForIslands(page);
  await expect(platform).toHaveValue('linkedin');
});

test('shows markup in a draft as text and never runs it', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  const checker = await openChecker(page);
  await checker
    .getByLabel('Your draft')
    .fill('<img src=x onerror=alert(1)><script>alert(2)</script> Open at 9am.');
  await expect(checker.getByText('Code will show as typed')).toBeVisible();
  await expect(checker.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('stays calm with empty text, emoji only, right-to-left text and a 100,000-character paste', async ({
  page,
}) => {
  const checker = await openChecker(page);
  const draft = checker.getByLabel('Your draft');
  await draft.fill('   ');
  await expect(checker.getByText('Nothing to check yet.')).toBeVisible();

  await draft.fill('🎉🎉🎉🎂');
  await expect(checker.getByRole('listitem').filter({ hasText: 'Row of emoji' })).toBeVisible();
  await expect(checker.getByRole('listitem').filter({ hasText: 'Nothing to act on' })).toBeVisible();

  await draft.fill('مخبزنا مفتوح يوم السبت من الساعة ٨ صباحاً. שבת שלום');
  await expect(checker.getByRole('status')).not.toHaveText('');
  await expect(checker.getByRole('listitem').filter({ hasText: 'Lots of capitals' })).toHaveCount(0);

  const huge = 'Fresh bread daily from 8am. '.repeat(4000).slice(0, 100_000);
  await draft.fill(huge);
  await expect(checker.getByRole('status')).not.toHaveText('');
  await expect(draft).toHaveValue(huge);
  await expect(checker).not.toContainText(/NaN|undefined/);
});
