import { expect, test, type Locator, type Page } from '@playwright/test';
import { handCheckEstimate } from '../../src/lib/estimator/hand/owner';
import { whichToBelieve } from '../../src/lib/estimator/hand/plain-result';
import { fakeShareSentence } from '../../src/lib/estimator/plain-answer';
import { plainHeadline, waitForIslands } from './helpers';

// The bakery owner of issue 20, on her phone.
test.use({ viewport: { width: 390, height: 844 } });

const PAGE = '/tools/fake-follower-estimator/';

async function openEstimator(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${PAGE}${query}`);
  await waitForIslands(page);
  return page.getByRole('region', { name: 'Fake-follower estimator' });
}

async function openSpotCheck(page: Page): Promise<Locator> {
  const tool = await openEstimator(page);
  await tool.getByRole('radio', { name: 'Spot-check' }).check();
  return tool;
}

async function answer(tool: Locator, verdict: RegExp) {
  await tool.getByRole('radio', { name: verdict }).check();
  await tool.getByRole('button', { name: 'Next unchecked' }).click();
}

test('the default spot-check of 2,400 followers takes about 20 minutes and is picked by scrolling', async ({
  page,
}) => {
  const tool = await openSpotCheck(page);
  await tool.getByLabel('How many followers does the account have?').fill('2,400');
  // About 20 minutes: between 18 and 22, whatever the rounding.
  await expect(
    tool.getByRole('radio', { name: /^About (18|19|20|21|22) minutes: 42 followers/ }),
  ).toBeChecked();
  await expect(
    tool.getByText(/look at 42 of the 2,400 followers: about (18|19|20|21|22) minutes/),
  ).toBeVisible();
  await expect(tool.getByText(/check every 57th follower in the list/)).toBeVisible();
  await expect(tool.getByText(/covers all 2,400 only if you scroll to the end of the list/)).toBeVisible();
  await expect(tool.getByText(/count down to number/)).toHaveCount(0);
});

test('a spot-check result leads with one plain sentence: how many are judged, then the share', async ({
  page,
}) => {
  const tool = await openSpotCheck(page);
  await tool.getByLabel('How many followers does the account have?').fill('2,400');
  await tool.getByRole('button', { name: 'Pick the followers to check' }).click();
  const result = tool.getByRole('region', { name: 'Result so far' });

  await answer(tool, /Looks fake/);
  expect(await plainHeadline(result)).toBe(
    'You have judged 1 follower so far: judge 4 more and a likely range appears.',
  );
  await expect(result.getByRole('status', { name: 'Likely range of fake followers' })).toHaveCount(0);
  await expect(result).not.toContainText('%');

  for (let judged = 1; judged < 10; judged++) await answer(tool, /real person/);
  const estimate = handCheckEstimate(1, 10);
  expect(await plainHeadline(result)).toBe(fakeShareSentence(estimate));
  await expect(result.getByRole('status', { name: 'Likely range of fake followers' })).toBeVisible();
  await expect(result).toContainText('1 of the 10 followers you judged looked fake (10%).');
  await expect(result).toContainText(whichToBelieve(estimate)!);
  await expect(result).toContainText('The likely range is where the true share falls');
  await expect(result).not.toContainText('percentage point');
});

test('a shared spot-check leads with the sender’s plain sentence', async ({ page }) => {
  const few = await openEstimator(page, '?mode=spot&followers=2400&checked=3&fake=1&unsure=0');
  expect(await plainHeadline(few.getByRole('region', { name: 'A shared spot-check result' }))).toBe(
    'The sender judged only 3 followers: too few for a likely range, which needs 5.',
  );

  const many = await openEstimator(page, '?mode=spot&followers=2400&checked=10&fake=1&unsure=0');
  expect(await plainHeadline(many.getByRole('region', { name: 'A shared spot-check result' }))).toBe(
    fakeShareSentence(handCheckEstimate(1, 10)),
  );
});
