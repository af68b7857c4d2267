import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LIKELY_RANGE_GLOSS } from '../../src/lib/estimator/plain-answer';
import { plainHeadline, waitForIslands } from './helpers';

// Issue 20: the bakery owner, on a phone, weighs a 38,000-follower food creator against her own account.
test.use({ viewport: { width: 390, height: 844 } });

async function openComparator(page: Page): Promise<Locator> {
  await page.goto('/tools/audience-comparator/');
  await waitForIslands(page);
  return page.getByRole('region', { name: 'Audience comparator' });
}

/** Fills one account the way she can: no fake share, the likes and comments she sees, a fee if any. */
async function fillAccount(account: Locator, name: string, followers: string, perPost: string, fee = '') {
  await account.getByLabel('Name').fill(name);
  await account.getByLabel('Followers', { exact: true }).fill(followers);
  await account.getByLabel('Don’t know the fake share').check();
  await account.getByLabel('Likes and comments per post').fill(perPost);
  if (fee) await account.getByLabel('Fee per post (optional)').fill(fee);
}

test('the bakery’s case, without fake shares, reads as one plain sentence with the cost per engaged follower', async ({
  page,
}) => {
  const comparator = await openComparator(page);
  const [bakery, creator] = [comparator.getByRole('group').nth(0), comparator.getByRole('group').nth(1)];
  await fillAccount(bakery, 'My bakery', '2,400', '27');

  // The missing fields are named, under the result and next to the field once the account is started.
  await expect(comparator).toContainText(
    'To compare, fill in the followers and the likes and comments per post for Account B.',
  );
  await creator.getByLabel('Followers', { exact: true }).fill('38,000');
  await expect(creator.getByLabel('Likes and comments per post')).toHaveAccessibleDescription(
    /Enter the number of likes and comments per post\./,
  );
  await fillAccount(creator, 'Food creator', '38,000', '150', '$400');
  await expect(creator.getByLabel('Fee per post (optional)')).toHaveAccessibleDescription(
    /Fee must be a number, like 12\.5\./,
  );
  await creator.getByLabel('Fee per post (optional)').fill('400');

  const result = comparator.getByRole('region', { name: 'Real and engaged people' });
  expect(await plainHeadline(result)).toBe(
    'My bakery’s 2,400 followers bring about 27 engaged people a post; Food creator’s 38,000 bring about 150.',
  );
  await expect(result).toContainText(
    'Food creator’s fee of 400 works out at about 2.67 per engaged follower.',
  );
  await expect(result).toContainText('No fake share was given for My bakery and Food creator');
  const cost = result.getByRole('row', { name: /Cost per engaged follower/ });
  await expect(cost.getByRole('cell')).toHaveText(['–', '2.67']);
  await expect(result.getByRole('row', { name: /Likely real people/ }).getByRole('cell')).toHaveText([
    'not known (at most 2,400)',
    'not known (at most 38,000)',
  ]);

  // Nothing is wider than the phone: the table reflows into a column per account instead of a scroll.
  const overflowing = await comparator.evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((element) => element.tagName),
  );
  expect(overflowing).toEqual([]);
  const table = result.getByRole('table');
  expect(await table.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

  // Every bar is thick enough to see, engaged-per-post ones included, and labelled with its figure.
  const chart = result.getByRole('img');
  const bars = chart.locator('rect');
  await expect(bars).toHaveCount(4);
  for (const bar of await bars.all()) {
    const box = (await bar.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(8);
    expect(box.width).toBeGreaterThanOrEqual(6);
  }
  await expect(chart).toContainText('Food creator: 150');
  await expect(chart).toContainText('My bakery: 27');
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test('the estimator’s result fills followers, fake share and engagement rate', async ({ page }) => {
  await page.goto('/tools/fake-follower-estimator/');
  await waitForIslands(page);
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  await tool.getByLabel('Followers', { exact: true }).fill('2,400');
  await tool.getByLabel('Average likes per post').fill('25');
  await tool.getByLabel('Average comments per post').fill('2');

  await tool.getByRole('radio', { name: 'Spot-check' }).check();
  await tool.getByLabel('How many followers does the account have?').fill('2,400');
  await tool.getByRole('button', { name: 'Pick the followers to check' }).click();
  for (const verdict of [/Looks fake/, /real person/, /real person/, /real person/, /real person/]) {
    await tool.getByRole('radio', { name: verdict }).check();
    await tool.getByRole('button', { name: 'Next unchecked' }).click();
  }

  await page.getByRole('link', { name: 'The audience comparator' }).click();
  await waitForIslands(page);
  const comparator = page.getByRole('region', { name: 'Audience comparator' });
  const account = comparator.getByRole('group').nth(0);
  // The button names both modes it draws on (the wording of each is the estimator's, tested there).
  await account
    .getByRole('button', { name: /Use the estimator’s result \(spot-check.* and quick check/i })
    .click();
  await expect(account.getByLabel('Followers', { exact: true })).toHaveValue('2400');
  await expect(account.getByLabel('Fake followers')).toHaveValue(/^\d+(\.\d+)?$/);
  await expect(account.getByLabel('Fake followers')).toHaveAccessibleDescription(
    /From the spot-check.*: likely (between|about) \d/i,
  );
  await expect(account.getByLabel('Engagement you know')).toHaveValue('rate');
  // 27 likes and comments on 2,400 followers: 1.125%, kept to two decimals.
  await expect(account.getByLabel('Engagement rate per post')).toHaveValue('1.13');

  // The spot-check's likely range carries through to the likely real people, explained once.
  await fillAccount(comparator.getByRole('group').nth(1), 'Food creator', '38,000', '150');
  const result = comparator.getByRole('region', { name: 'Real and engaged people' });
  expect(await plainHeadline(result)).toBe(
    'Account A’s 2,400 followers bring about 27 engaged people a post; Food creator’s 38,000 bring about 150.',
  );
  await expect(
    result
      .getByRole('row', { name: /Likely real people/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(/^[\d,]+ \(likely between [\d,]+ and [\d,]+\)$/);
  await expect(result).toContainText(LIKELY_RANGE_GLOSS);
});
