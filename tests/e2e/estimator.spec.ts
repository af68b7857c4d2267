import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { handCheckEstimate } from '../../src/lib/estimator/hand/owner';
import { formatCount, formatPercent } from '../../src/lib/numbers/format';
import { extrapolateCount } from '../../src/lib/stats/proportion';
import { answerAuditBatch, waitForIslands } from './helpers';

const PAGE = '/tools/fake-follower-estimator/';
const FIXTURES = 'tests/fixtures/csv';
const ESTIMATE = /^\d+(\.\d+)?% to \d+(\.\d+)?% \(best guess \d+(\.\d+)?%\)$/;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What the spot-check shows for `fake` of `judged`: the share corrected for the hand check's own errors. */
function spotFigure(fake: number, judged: number): string {
  const { share, low, high } = handCheckEstimate(fake, judged);
  return `${formatPercent(low)} to ${formatPercent(high)} (best guess ${formatPercent(share)})`;
}

/** The share and interval an estimate shows, read back from its text. */
function readFigure(text: string): { share: number; low: number; high: number } {
  const [, low, high, share] = /^([\d.]+)% to ([\d.]+)% \(best guess ([\d.]+)%\)$/.exec(text)!.map(Number);
  return { share: share! / 100, low: low! / 100, high: high! / 100 };
}

async function openEstimator(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  await waitForIslands(page);
  return page.getByRole('region', { name: 'Fake-follower estimator' });
}

async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
    ),
    state,
  ).toEqual([]);
}

test.describe('quick check', () => {
  test('reads the engagement rate against brand benchmarks as the numbers are typed, innocent causes first, and keeps them in the link', async ({
    page,
  }) => {
    const tool = await openEstimator(page);
    await tool.getByLabel('Platform').selectOption('instagram');
    await tool.getByLabel('Followers', { exact: true }).fill('20,000');
    await tool.getByLabel('Average likes per post').fill('8');
    await tool.getByLabel('Average comments per post').fill('1');
    // (8 + 1) / 20,000 = 0.045%, under a third of the low end of the brand band (0.4 x 0.36%).
    await expect(tool.getByRole('status', { name: 'Engagement rate per post' })).toHaveText('0.045%');
    await expect(
      tool.getByText(/Benchmark for Instagram: Median across 14 industries, one of them influencers/),
    ).toBeVisible();
    await expect(tool.getByRole('heading', { name: 'Innocent reasons for a gap' })).toBeVisible();
    const result = (await tool.getByRole('region', { name: 'What the numbers say' }).textContent()) ?? '';
    expect(result.indexOf('Innocent reasons for a gap')).toBeLessThan(result.indexOf('fake'));
    await expect(page).toHaveURL(/mode=quick&platform=instagram&followers=20000&likes=8&comments=1$/);
    await expectNoAxeViolations(page, 'quick check with a result');

    // The owner's reload brings back the fields as typed; the link alone, elsewhere, the same numbers.
    await page.reload();
    await waitForIslands(page);
    await expect(tool.getByLabel('Followers', { exact: true })).toHaveValue('20,000');
    await expect(tool.getByRole('status', { name: 'Engagement rate per post' })).toHaveText('0.045%');
    const elsewhere = await page.context().browser()!.newPage();
    await elsewhere.goto(page.url());
    await waitForIslands(elsewhere);
    const shared = elsewhere.getByRole('region', { name: 'Fake-follower estimator' });
    await expect(shared.getByLabel('Followers', { exact: true })).toHaveValue('20000');
    await expect(shared.getByRole('status', { name: 'Engagement rate per post' })).toHaveText('0.045%');
    await elsewhere.close();
  });

  test('reads a shop’s good rate against the one brand median, with no innocent causes to explain away', async ({
    page,
  }) => {
    const tool = await openEstimator(page);
    await tool.getByLabel('Platform').selectOption('instagram');
    await tool.getByLabel('Followers', { exact: true }).fill('4,000');
    await tool.getByLabel('Average likes per post').fill('55');
    await tool.getByLabel('Average comments per post').fill('5');
    // 60 / 4,000 = 1.5%: above the brand median of 0.36%, nothing hollow about it.
    await expect(tool.getByRole('status', { name: 'Engagement rate per post' })).toHaveText('1.5%');
    await expect(
      tool.getByText(
        'This account gets more likes and comments per follower than is usual for brands on Instagram.',
      ),
    ).toBeVisible();
    await expect(tool.getByRole('heading', { name: 'Innocent reasons for a gap' })).toHaveCount(0);
  });

  test('explains bad numbers next to the field and keeps what was typed', async ({ page }) => {
    const tool = await openEstimator(page);
    const followers = tool.getByLabel('Followers', { exact: true });
    for (const [typed, message] of [
      ['-40', 'can’t be negative'],
      ['lots', 'must be a number'],
      ['9,000,000,000', 'more followers than any account has'],
    ] as const) {
      await followers.fill(typed);
      await expect(followers).toHaveAccessibleDescription(new RegExp(message));
      await expect(followers).toHaveAttribute('aria-invalid', 'true');
      await expect(followers).toHaveValue(typed);
    }
    await followers.fill('500');
    await expect(followers).not.toHaveAttribute('aria-invalid');
    await tool.getByLabel('Average likes per post').fill('900');
    await tool.getByLabel('Average comments per post').fill('0');
    await expect(tool.getByLabel('Average likes per post')).toHaveAccessibleDescription(
      /more likes and comments than the account has followers/,
    );
    await expect(tool.getByRole('status', { name: 'Engagement rate per post' })).toHaveText('180%');
    await expect(tool).not.toContainText(/NaN|Infinity/);
  });

  test('a malformed shared link opens the defaults and says so', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    const tool = await openEstimator(
      page,
      `?mode=quick&platform=${encodeURIComponent('<script>alert(1)</script>')}&followers=1e99&likes=x&comments=2`,
    );
    await expect(tool.getByRole('alert')).toContainText('damaged or incomplete');
    await expect(tool.getByLabel('Followers', { exact: true })).toHaveValue('');
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
    expect(dialogs).toEqual([]);
  });
});

test.describe('spot-check', () => {
  async function planSpotCheck(page: Page) {
    const tool = await openEstimator(page);
    await tool.getByRole('radio', { name: 'Spot-check' }).check();
    await tool.getByLabel('How many followers does the account have?').fill('600');
    // The quickest size is the default: 1.96² x 0.25 / 0.15² = 42.7; with 600 followers 42.7 / (1 + 41.7 / 600)
    // = 39.9, so 40 accounts, every 15th follower in the list.
    await expect(tool.getByRole('radio', { name: /^About 20 minutes: 40 followers/ })).toBeChecked();
    await expect(tool.getByText(/look at 40 of the 600 followers: about 20 minutes/)).toBeVisible();
    await expect(tool.getByText(/check every 15th follower in the list/)).toBeVisible();
    await tool.getByRole('button', { name: 'Pick the followers to check' }).click();
    return tool;
  }

  async function answerNext(tool: ReturnType<Page['getByRole']>, verdict: RegExp) {
    await tool.getByRole('radio', { name: verdict }).check();
    await tool.getByRole('button', { name: 'Next unchecked' }).click();
  }

  test('plans a sample by scrolling, turns answers into an estimate with its likely range, and remembers progress', async ({
    page,
  }) => {
    const tool = await planSpotCheck(page);
    await expect(tool.getByText(/0 of 40/)).toBeVisible();
    const firstPosition = await tool.getByRole('heading', { name: /Follower number/ }).textContent();
    await expect(
      tool.getByText(/count \d+ followers? from the top: number \d+ is your first stop/),
    ).toBeVisible();
    await tool.getByRole('checkbox', { name: 'Fewer than 30 followers' }).check();
    await answerNext(tool, /Looks fake/);
    for (let index = 0; index < 3; index++) await answerNext(tool, /real person/);
    await answerNext(tool, /Can’t tell/);
    // 4 judged: no likely range yet.
    await expect(tool.getByRole('status', { name: 'Likely range of fake followers' })).toHaveCount(0);
    await expect(tool).toContainText('judge 1 more and a likely range appears');
    await answerNext(tool, /real person/);

    // 1 fake of 5 judged, corrected for the owner's own errors.
    const estimate = tool.getByRole('status', { name: 'Likely range of fake followers' });
    await expect(estimate).toHaveText(ESTIMATE);
    await expect(estimate).toHaveText(spotFigure(1, 5));
    await expect(tool).toContainText('1 of the 5 followers you judged looked fake (20%)');
    await expect(tool).toContainText('1 account you could not judge is left out');
    await expectNoAxeViolations(page, 'spot-check in progress');

    await page.reload();
    const again = await openEstimator(page);
    await again.getByRole('radio', { name: 'Spot-check' }).check();
    await expect(again.getByText(/6 of 40/)).toBeVisible();
    await expect(again.getByRole('status', { name: 'Likely range of fake followers' })).toHaveText(
      spotFigure(1, 5),
    );
    await again.getByRole('button', { name: 'Previous' }).click();
    await again.getByText('All sampled positions and your answers').click();
    await expect(again.getByRole('listitem').filter({ hasText: 'Looks fake' })).toHaveCount(1);
    expect(firstPosition).toMatch(/^Follower number [\d,]+/);
  });

  test('a shared result opens as shared and leaves the visitor’s own progress alone', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    const tool = await planSpotCheck(page);
    await answerNext(tool, /Looks fake/);
    await answerNext(tool, /real person/);
    await tool.getByRole('button', { name: 'Copy link to this result' }).click();
    await expect(tool.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(new URL(`${PAGE}?mode=spot&followers=600&checked=2&fake=1&unsure=0`, baseURL).href);

    const shared = await openEstimator(page, '?mode=spot&followers=12000&checked=60&fake=9&unsure=3');
    await expect(shared.getByRole('heading', { name: 'A shared spot-check result' })).toBeVisible();
    // 9 fake of 57 judged, corrected for the owner's own errors, across 12,000 followers.
    await expect(shared.getByRole('status', { name: 'Likely range of fake followers' })).toHaveText(
      spotFigure(9, 57),
    );
    const count = extrapolateCount(handCheckEstimate(9, 57), 12_000);
    await expect(shared).toContainText(`about ${formatCount(count.count)} fake followers`);
    await expectNoAxeViolations(page, 'shared spot-check result');
    await shared.getByRole('button', { name: 'Back to your own spot-check' }).click();
    await expect(shared.getByText(/2 of 40/)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  });

  test('saved progress that cannot be read is cleared with a notice, not a crash', async ({ page }) => {
    await page.goto('/about/');
    await page.evaluate(() =>
      localStorage.setItem('real-reach:spot-check', '{"version":1,"positions":"oops"'),
    );
    const tool = await openEstimator(page);
    await tool.getByRole('radio', { name: 'Spot-check' }).check();
    await expect(tool.getByRole('alert')).toContainText('could not be read');
    await expect(tool.getByLabel('How many followers does the account have?')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('real-reach:spot-check'))).toBeNull();
  });
});

test.describe('sample audit', () => {
  async function openAudit(page: Page) {
    const tool = await openEstimator(page);
    await tool.getByRole('radio', { name: 'Sample audit' }).check();
    return tool;
  }

  /** A CSV of real labelled X accounts from the calibration data: `people` real people, then `bought` bought ones. */
  function labelledMix(people: number, bought: number): Buffer {
    const [header, ...rows] = Papa.parse<string[]>(
      readFileSync('data/calibration/twitter-cresci2015.csv', 'utf8'),
      {
        skipEmptyLines: true,
      },
    ).data;
    const source = header!.indexOf('source');
    const pick = (group: string, count: number) => rows.filter((row) => row[source] === group).slice(-count);
    return Buffer.from(Papa.unparse([header!, ...pick('TFP', people), ...pick('TWT', bought)]));
  }

  test('scores an X export and leads with the likely range, what it means, why it is wide and how to narrow it; then the scores, the suspects and the skipped rows', async ({
    page,
  }) => {
    const tool = await openAudit(page);
    await tool
      .getByLabel('Choose a CSV file of follower profiles')
      .setInputFiles('public/samples/followers-example.csv');
    await expect(tool.getByRole('status', { name: 'Likely range of fake followers' })).toHaveText(ESTIMATE);
    await expect(tool.getByText(/Scored 398 of 400 rows/)).toBeVisible();
    await expect(
      tool.getByText(/^Likely range: with a whole study of labelled accounts left out of the fit/),
    ).toBeVisible();
    await expect(
      tool.getByText(/^It is wide because the rules err differently on different audiences/),
    ).toBeVisible();
    await expect(
      tool.getByText(
        /^To narrow it, check some of these followers by hand\. For this file, 20 accounts would likely/,
      ),
    ).toBeVisible();
    await expect(
      tool.getByText(
        /^The rules flagged \d+(\.\d+)?% of the profiles, and the best guess is (lower|higher|about)/,
      ),
    ).toBeVisible();
    await tool.getByText('How this was worked out').click();
    await expect(tool.getByText(/X verified people, 2019 \d+(\.\d+)?%/)).toBeVisible();
    await expect(tool.getByText(/a seller never measured/)).toBeVisible();
    await expect(tool.getByRole('img', { name: /Profiles by score/ })).toBeVisible();
    await tool.getByText('The most suspicious accounts, and why').click();
    const suspects = tool.getByRole('list', { name: 'The most suspicious accounts' }).getByRole('listitem');
    await expect(suspects).toHaveCount(10);
    await expect(suspects.first()).toContainText(/^@\w+ score \d+, line [\d,]+/);
    await tool.getByText('2 rows were skipped').click();
    await expect(tool.getByText(/^Line 4 of the file: .*followers/)).toBeVisible();
    await expect(tool.getByText(/^Line 10 of the file: /)).toBeVisible();
    await expectNoAxeViolations(page, 'audit result');

    const download = page.waitForEvent('download');
    await tool.getByRole('button', { name: 'Download the scored CSV' }).click();
    const file = await download;
    const scored = readFileSync(await file.path(), 'utf8');
    const [header, ...rows] = scored
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toMatch(/,score,verdict,reasons$/);
    expect(rows.filter((row) => /,likely fake,/.test(row)).length).toBeGreaterThan(0);
  });

  test('on a known mix of real labelled accounts, the range holds the true share', async ({ page }) => {
    const tool = await openAudit(page);
    // 150 people and 50 bought accounts: a quarter bought.
    await tool.getByLabel('Choose a CSV file of follower profiles').setInputFiles({
      name: 'labelled-mix.csv',
      mimeType: 'text/csv',
      buffer: labelledMix(150, 50),
    });
    const figure = tool.getByRole('status', { name: 'Likely range of fake followers' });
    await expect(figure).toHaveText(ESTIMATE);
    const { low, high } = readFigure((await figure.textContent())!);
    expect(low).toBeLessThanOrEqual(0.25);
    expect(high).toBeGreaterThanOrEqual(0.25);
  });

  test('gives counts, not a percentage, when too few rows can be scored', async ({ page }) => {
    const tool = await openAudit(page);
    await tool
      .getByLabel('Choose a CSV file of follower profiles')
      .setInputFiles(`${FIXTURES}/instagram.csv`);
    await expect(tool.getByRole('alert')).toContainText(
      'Only 6 profiles could be scored: too few for an honest percentage. The rules flagged 2 of them.',
    );
    await expect(tool.getByRole('status', { name: 'Likely range of fake followers' })).toHaveCount(0);
    await expect(tool).not.toContainText(/NaN|Infinity/);
  });

  test('asks for the columns and the platform by hand when it cannot recognise them, and calls another platform uncalibrated', async ({
    page,
  }) => {
    const tool = await openAudit(page);
    const rows = Array.from({ length: 40 }, (_, i) =>
      i < 30 ? `kunde_${i},${300 + i},${200 + i},${900 + i}` : `x99${i}31,2,3100,0`,
    );
    await tool.getByLabel('Choose a CSV file of follower profiles').setInputFiles({
      name: 'odd-columns.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Konto,Abonnenten,Abonniert,Beiträge\n${rows.join('\n')}\n`),
    });
    await expect(tool.getByRole('heading', { name: 'Match the columns by hand' })).toBeVisible();
    // Instagram, unless the owner chose another platform before.
    await expect(tool.getByLabel('Which platform are these followers from?')).toHaveValue('instagram');
    await expectNoAxeViolations(page, 'column mapping');
    await tool.getByLabel('Which platform are these followers from?').selectOption('other');
    await tool.getByLabel('Followers', { exact: true }).selectOption({ label: 'Abonnenten' });
    await tool.getByLabel('Following', { exact: true }).selectOption({ label: 'Abonniert' });
    await tool.getByLabel('Posts', { exact: true }).selectOption({ label: 'Beiträge' });
    await tool.getByRole('button', { name: 'Score the file with these columns' }).click();
    await expect(tool.getByRole('status', { name: 'Likely range of fake followers' })).toHaveText(ESTIMATE);
    await expect(tool.getByText(/Scored 40 of 40 rows/)).toBeVisible();
    await expect(tool.getByText(/^No labelled accounts from this platform/)).toBeVisible();
  });

  test('scores the same file again as another platform when the owner says so, keeping the hand check', async ({
    page,
  }) => {
    const tool = await openAudit(page);
    await tool.getByLabel('Choose a CSV file of follower profiles').setInputFiles({
      name: 'labelled-mix.csv',
      mimeType: 'text/csv',
      buffer: labelledMix(60, 20),
    });
    await expect(tool.getByRole('status', { name: 'Likely range of fake followers' })).toHaveText(ESTIMATE);
    await expect(tool.getByLabel('Scored as followers on')).toHaveValue('instagram');
    await tool.getByRole('button', { name: 'Check 20 accounts by hand' }).click();
    const accounts = tool.getByRole('list', { name: 'Accounts to check by hand' }).getByRole('listitem');
    for (let i = 0; i < 3; i++) await accounts.nth(i).getByLabel('Looks like a real person').check();
    await tool.getByLabel('Scored as followers on').selectOption('x');
    await tool.getByRole('button', { name: 'Score again' }).click();
    await expect(tool.getByLabel('Scored as followers on')).toHaveValue('x');
    await expect(tool.getByRole('heading', { name: 'Audit of labelled-mix.csv' })).toBeFocused();
    await expect(tool.getByRole('status', { name: 'Likely range of fake followers' })).toHaveText(ESTIMATE);
    // The check is the same on every platform, so the answers stay; X names now go to X.
    await expect(
      tool.getByText(/3 of 20 accounts checked\. Your 3 answers from before are back/),
    ).toBeVisible();
    const first = tool.getByRole('list', { name: 'Accounts to check by hand' }).getByRole('link').first();
    await expect(first).toHaveAttribute('href', /^https:\/\/x\.com\/\w+$/);
  });

  test('narrows the range on the owner’s own followers: a blind hand check, 20 accounts at a time', async ({
    page,
  }) => {
    const tool = await openAudit(page);
    await tool
      .getByLabel('Choose a CSV file of follower profiles')
      .setInputFiles('public/samples/followers-example.csv');
    const automatic = tool.getByRole('status', { name: 'Likely range of fake followers' });
    await expect(automatic).toHaveText(ESTIMATE);
    const before = readFigure((await automatic.textContent())!);
    await tool.getByRole('button', { name: 'Check 20 accounts by hand' }).click();
    const accounts = tool.getByRole('list', { name: 'Accounts to check by hand' }).getByRole('listitem');
    const checked = tool.getByRole('status', { name: 'Likely range, checked on your followers' });
    const first = accounts.first().getByRole('link');
    // Instagram, the platform a file starts as unless the owner chose another.
    await expect(first).toHaveAttribute('href', /^https:\/\/www\.instagram\.com\/\w+\/$/);
    await expect(first).toHaveAttribute('target', '_blank');
    await answerAuditBatch(tool);
    await expect(tool.getByText(/20 of 20/)).toBeVisible();
    await expect(checked).toHaveText(ESTIMATE);
    await expect(tool.getByText(/^After 20 accounts:/)).toBeVisible();

    // A second batch: new accounts, the first ones kept behind a disclosure, a narrower range.
    await tool.getByRole('button', { name: 'Check 20 more' }).press('Enter');
    await expect(tool.getByText('Batch 2: accounts 21 to 40.')).toBeFocused();
    await expect(tool.getByText('Your answers to the first 20 accounts')).toBeVisible();
    await answerAuditBatch(tool);
    await expect(tool.getByText(/^After 40 accounts:/)).toBeVisible();
    const after = readFigure((await checked.textContent())!);
    expect(after.high - after.low).toBeLessThan(before.high - before.low);
    await expectNoAxeViolations(page, 'hand check');
  });

  test('a batch answered “can’t tell” throughout leaves the hand-checked estimate as it was, and says so', async ({
    page,
  }) => {
    const tool = await openAudit(page);
    await tool
      .getByLabel('Choose a CSV file of follower profiles')
      .setInputFiles('public/samples/followers-example.csv');
    await tool.getByRole('button', { name: 'Check 20 accounts by hand' }).click();
    await answerAuditBatch(tool);
    const accounts = tool.getByRole('list', { name: 'Accounts to check by hand' }).getByRole('listitem');
    const checked = tool.getByRole('status', { name: 'Likely range, checked on your followers' });
    await expect(checked).toHaveText(ESTIMATE);
    const first = await checked.textContent();
    await tool.getByRole('button', { name: 'Check 20 more' }).click();
    for (let i = 0; i < 20; i++) await accounts.nth(i).getByLabel('Can’t tell or gone').check();
    await expect(
      tool.getByText(/could not judge any account in the last batch, so the estimate stays as it was/),
    ).toBeVisible();
    await expect(checked).toHaveText(first!);
  });

  test('a reload loses no hand-check answer: the same file chosen again brings back the same accounts and answers', async ({
    page,
  }) => {
    const example = 'public/samples/followers-example.csv';
    let tool = await openAudit(page);
    const chooser = () => tool.getByLabel('Choose a CSV file of follower profiles');
    await chooser().setInputFiles(example);
    await expect(tool.getByRole('status', { name: 'Likely range of fake followers' })).toHaveText(ESTIMATE);
    await tool.getByLabel('Total followers of the account (optional)').fill('12.4k');
    await tool.getByRole('button', { name: 'Check 20 accounts by hand' }).click();
    const accounts = tool.getByRole('list', { name: 'Accounts to check by hand' }).getByRole('listitem');
    const answer = (i: number) => (i % 2 ? 'Looks fake' : 'Looks like a real person');
    for (let i = 0; i < 20; i++) await accounts.nth(i).getByLabel(answer(i)).check();
    await tool.getByRole('button', { name: 'Check 20 more' }).click();
    for (let i = 0; i < 6; i++) await accounts.nth(i).getByLabel(answer(i)).check();
    const drawn = await accounts.locator('legend').allTextContents();
    await expect(tool.getByText(/26 of 40/)).toBeVisible();

    await page.reload();
    await waitForIslands(page);
    tool = await openAudit(page);
    const saved = tool.getByRole('region', { name: 'Saved from an earlier visit' });
    await expect(saved).toContainText('followers-example.csv, scored as followers on Instagram');
    await expect(saved).toContainText('26 of 40 accounts answered and the follower count you typed');
    await expectNoAxeViolations(page, 'saved audit notes');

    await chooser().setInputFiles(example);
    await expect(tool.getByRole('status', { name: 'Likely range of fake followers' })).toHaveText(ESTIMATE);
    await expect(saved).toHaveCount(0);
    await expect(tool.getByLabel('Total followers of the account (optional)')).toHaveValue('12.4k');
    await expect(
      tool.getByText(/26 of 40 accounts checked\. Your 26 answers from before are back/),
    ).toBeVisible();
    expect(await accounts.locator('legend').allTextContents()).toEqual(drawn);
    for (let i = 0; i < 6; i++) await expect(accounts.nth(i).getByLabel(answer(i))).toBeChecked();
    await expect(accounts.nth(6).getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(tool.getByRole('status', { name: 'Likely range, checked on your followers' })).toHaveText(
      ESTIMATE,
    );

    // Clearing the hand check takes its accounts and the estimate away, and a reload does not bring them back.
    await tool.getByRole('button', { name: 'Clear the hand check' }).click();
    await expect(tool.getByRole('button', { name: 'Keep them' })).toBeFocused();
    await tool.getByRole('button', { name: 'Yes, clear them' }).click();
    await expect(tool.getByRole('button', { name: 'Check 20 accounts by hand' })).toBeFocused();
    await expect(tool.getByRole('status', { name: 'Likely range, checked on your followers' })).toHaveCount(
      0,
    );
    await page.reload();
    await waitForIslands(page);
    tool = await openAudit(page);
    await expect(saved).toContainText('the follower count you typed');
    await expect(saved).not.toContainText('hand check');
    await saved.getByRole('button', { name: 'Forget what was saved' }).click();
    await saved.getByRole('button', { name: 'Yes, discard it' }).click();
    await expect(saved).toHaveCount(0);
    await chooser().setInputFiles(example);
    await expect(tool.getByLabel('Total followers of the account (optional)')).toHaveValue('');
  });

  for (const [what, file, message] of [
    ['an empty file', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }, /empty/],
    [
      'a spreadsheet',
      {
        name: 'followers.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]),
      },
      /Excel workbook/,
    ],
    [
      'a header with no rows',
      {
        name: 'header.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('screen_name,followers_count,friends_count,statuses_count\n'),
      },
      /no followers under it/,
    ],
  ] as const) {
    test(`says what is wrong with ${what} next to the file field`, async ({ page }) => {
      const tool = await openAudit(page);
      const input = tool.getByLabel('Choose a CSV file of follower profiles');
      await input.setInputFiles(file);
      await expect(tool.getByRole('alert')).toContainText(message);
      await expect(tool).not.toContainText(/NaN|Infinity/);
    });
  }

  test('no data leaves the page: after the tool has loaded, an audit makes no request but for its own code', async ({
    page,
    baseURL,
  }) => {
    const tool = await openAudit(page);
    await expect(tool.getByLabel('Choose a CSV file of follower profiles')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      const ownCode = url.origin === new URL(baseURL!).origin && /^\/_astro\/[\w.-]+\.js$/.test(url.pathname);
      if (!ownCode || request.method() !== 'GET' || request.postData())
        requests.push(`${request.method()} ${url.href}`);
    });
    await tool
      .getByLabel('Choose a CSV file of follower profiles')
      .setInputFiles({ name: 'labelled-mix.csv', mimeType: 'text/csv', buffer: labelledMix(60, 20) });
    await expect(tool.getByRole('status', { name: 'Likely range of fake followers' })).toHaveText(ESTIMATE);
    const download = page.waitForEvent('download');
    await tool.getByRole('button', { name: 'Download the scored CSV' }).click();
    await download;
    expect(requests).toEqual([]);
  });
});

test('the comparator’s page takes the estimator’s result and shows real and engaged people for two accounts', async ({
  page,
}) => {
  const tool = await openEstimator(page);
  await tool.getByLabel('Followers', { exact: true }).fill('80,000');
  await tool.getByLabel('Average likes per post').fill('120');
  await tool.getByLabel('Average comments per post').fill('8');

  // The comparator has a page of its own; the result goes with her to it, in the same tab.
  await page.getByRole('link', { name: 'The audience comparator' }).click();
  await expect(page).toHaveURL(/\/tools\/audience-comparator\/$/);
  await waitForIslands(page);
  const comparator = page.getByRole('region', { name: 'Audience comparator' });
  const first = comparator.getByRole('group').nth(0);
  await first.getByRole('button', { name: /Use the estimator’s result/ }).click();
  await expect(first.getByLabel('Followers', { exact: true })).toHaveValue('80000');
  await expect(first.getByLabel('Engagement rate per post')).toHaveValue('0.16');
  await first.getByLabel('Fake followers').fill('60');
  await first.getByLabel('Name').fill('Big influencer');

  const second = comparator.getByRole('group').nth(1);
  await second.getByLabel('Name').fill('Local baker');
  await second.getByLabel('Followers', { exact: true }).fill('2,000');
  await second.getByLabel('Fake followers').fill('3');
  await second.getByLabel('Likes and comments per post').fill('120');

  // 80,000 x 0.16% = 128 engaged per post; the baker's posts get 120 likes and comments.
  await expect(comparator.getByRole('status')).toHaveText(
    'Big influencer’s 80,000 followers bring about 128 engaged people a post; Local baker’s 2,000 bring about 120.',
  );
  await expect(
    comparator.getByRole('img', { name: /Local baker: 2,000 followers, about 1,940 likely real/ }),
  ).toBeVisible();
  await expect(comparator.getByRole('row', { name: /Likely real people/ })).toContainText('32,000');
  await expectNoAxeViolations(page, 'comparator with a result');

  // Kept for that tab only: another tab's comparator has no result to take.
  const other = await page.context().newPage();
  await other.goto('/tools/audience-comparator/');
  await waitForIslands(other);
  await expect(other.getByRole('button', { name: /Use the estimator’s result/ })).toHaveCount(0);
  await other.close();
});
