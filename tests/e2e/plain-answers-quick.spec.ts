// Issue 20, the quick check and the home page as a bakery owner meets them on a phone: one plain sentence
// first in every result, a what-if for bought followers, a creator read against the influencer guide's
// floor, and a way in from the home page for "should I buy followers?".
import { expect, test, type Locator, type Page } from '@playwright/test';
import { plainHeadline, waitForIslands } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

const PAGE = '/tools/fake-follower-estimator/';

async function openQuickCheck(page: Page): Promise<Locator> {
  await page.goto(PAGE);
  await waitForIslands(page);
  return page.getByRole('region', { name: 'Fake-follower estimator' });
}

async function fill(tool: Locator, platform: string, followers: string, likes: string, comments: string) {
  await tool.getByLabel('Platform').selectOption(platform);
  await tool.getByLabel('Followers', { exact: true }).fill(followers);
  await tool.getByLabel('Average likes per post').fill(likes);
  await tool.getByLabel('Average comments per post').fill(comments);
}

const result = (tool: Locator) => tool.getByRole('region', { name: 'What the numbers say' });

test.describe('quick check: one plain sentence first', () => {
  // Instagram's brand median is 0.36%; we count 0.144% to 0.9% as usual (0.4 to 2.5 times it).
  const STATES: [string, string, string, string, string][] = [
    [
      'far below',
      '20,000',
      '8',
      '1',
      'This account gets far fewer likes and comments per follower than is usual for brands on Instagram.',
    ],
    [
      'below',
      '10,000',
      '9',
      '1',
      'This account gets fewer likes and comments per follower than is usual for brands on Instagram.',
    ],
    [
      'within',
      '7,400',
      '26',
      '2',
      'This account gets about the usual likes and comments per follower for brands on Instagram.',
    ],
    [
      'above',
      '2,400',
      '26',
      '2',
      'This account gets more likes and comments per follower than is usual for brands on Instagram.',
    ],
    [
      'far above',
      '1,000',
      '90',
      '10',
      'This account gets far more likes and comments per follower than is usual for brands on Instagram.',
    ],
  ];

  for (const [state, followers, likes, comments, sentence] of STATES) {
    test(`a rate ${state} the usual band leads with “${sentence}”`, async ({ page }) => {
      const tool = await openQuickCheck(page);
      await fill(tool, 'instagram', followers, likes, comments);
      const region = result(tool);
      expect(await plainHeadline(region)).toBe(sentence);
      // The sentence first, then the number, then the method.
      const text = (await region.innerText()).replace(/\s+/g, ' ');
      expect(text.indexOf(sentence)).toBeLessThan(text.indexOf('Engagement rate per post'));
      expect(text.indexOf('Engagement rate per post')).toBeLessThan(text.indexOf('Benchmark for Instagram'));
      await expect(region).not.toContainText(/nothing (here )?suggests/i);
      await expect(region).not.toContainText(/this size|any number of followers|Quoted from the report/);
      const low = state === 'far below' || state === 'below';
      await expect(region.getByRole('heading', { name: 'Innocent reasons for a gap' })).toHaveCount(
        low ? 1 : 0,
      );
      await expect(region).not.toContainText('likes were bought');
    });
  }

  test('the what-if shows what 5,000 bought followers do to the bakery’s 1.2%', async ({ page }) => {
    const tool = await openQuickCheck(page);
    await fill(tool, 'instagram', '2,400', '26', '2');
    const region = result(tool);
    await expect(region.getByRole('status', { name: 'Engagement rate per post' })).toHaveText('1.2%');
    await expect(region.getByRole('heading', { name: 'What if you bought followers?' })).toBeVisible();
    await expect(
      region.getByText('Add 5,000 followers who never like or comment: your 1.2% becomes 0.38%.'),
    ).toBeVisible();
    await expect(region).toContainText('A low rate alone cannot say whether that is why');
    await expect(region).toContainText(
      '0.36%, as reported in summaries of Rival IQ’s 2025 Social Media Industry Benchmark Report',
    );
  });

  test('the what-if takes any number of followers, explains a bad one beside the field and keeps it', async ({
    page,
  }) => {
    const tool = await openQuickCheck(page);
    await fill(tool, 'instagram', '2,400', '26', '2');
    const bought = tool.getByLabel('Followers to imagine buying');
    await expect(bought).toHaveValue('5,000');
    await bought.fill('10k');
    await expect(
      result(tool).getByText('Add 10,000 followers who never like or comment: your 1.2% becomes 0.23%.'),
    ).toBeVisible();
    await bought.fill('lots');
    await expect(bought).toHaveAttribute('aria-invalid', 'true');
    await expect(bought).toHaveAccessibleDescription(/must be a number/);
    await expect(result(tool)).toContainText('Fix the number of followers to buy');
    await page.reload();
    await waitForIslands(page);
    await expect(bought).toHaveValue('lots');
    await expect(bought).toHaveAttribute('aria-invalid', 'true');
  });

  test('a creator is read against the influencer guide’s floor, never in a shop’s words', async ({
    page,
  }) => {
    const tool = await openQuickCheck(page);
    await fill(tool, 'instagram', '38,000', '60', '4');
    await tool.getByLabel('Whose account is it?').selectOption('creator');
    const region = result(tool);
    // 64 / 38,000 = 0.17%, under the guide's floor of 0.36%.
    expect(await plainHeadline(region)).toBe(
      'This creator is below the guide’s floor for creators on Instagram.',
    );
    await expect(region).toContainText('The guide’s floor for creators on Instagram is 0.36%');
    await expect(region).toContainText('their 0.17% becomes');
    await tool.getByLabel('Average likes per post').fill('200');
    expect(await plainHeadline(region)).toBe(
      'This creator clears the guide’s floor for creators on Instagram.',
    );
    await expect(region).not.toContainText(/customers|know the business/);
    await expect(region.getByRole('heading', { name: 'Innocent reasons for a gap' })).toHaveCount(0);
  });
});

test.describe('home page', () => {
  test('“Thinking of buying followers?” leads to the quick check’s what-if and to the guide’s section', async ({
    page,
  }) => {
    await page.goto('/');
    const card = page.getByRole('region', { name: 'Thinking of buying followers?' });
    await expect(card).toBeVisible();
    await card.getByRole('link', { name: 'Try the quick check' }).click();
    await expect(page).toHaveURL(/\/tools\/fake-follower-estimator\/#quick-check-tool$/);
    await waitForIslands(page);
    await expect(page.getByLabel('Followers to imagine buying')).toHaveValue('5,000');

    await page.goto('/');
    await page
      .getByRole('region', { name: 'Thinking of buying followers?' })
      .getByRole('link', { name: 'Why buying followers wastes money and can break the law' })
      .click();
    await expect(page).toHaveURL(
      /\/guides\/fake-followers-and-fake-likes\/#buying-followers-wastes-money-and-can-break-the-law$/,
    );
    await expect(
      page.getByRole('heading', { name: 'Buying followers wastes money and can break the law' }),
    ).toBeInViewport();
  });

  test('“Start with the first guide” opens the first guide in the list and names it', async ({ page }) => {
    await page.goto('/guides/');
    const first = page.locator('main article h2 a').first();
    const title = (await first.innerText()).trim();
    const path = new URL(await first.evaluate((link) => (link as HTMLAnchorElement).href)).pathname;
    await page.goto('/');
    const start = page.getByRole('link', { name: /^Start with the first guide/ });
    await expect(start).toHaveText(`Start with the first guide: ${title}`);
    await start.click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
});
