// The sample audit as a bakery owner meets it on a phone (issue 20): the automatic estimate and the hand check
// each lead with one plain sentence, one sentence says which figure to go by, the platform starts as Instagram
// (or the one she chose last), "Score again" has room of its own, the page says where such a file comes from,
// and "Clear the hand check" comes after the result.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerAuditBatch, generated, plainHeadline, waitForIslands } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

const SAMPLE = 'public/samples/followers-example.csv';
const SHARE = String.raw`about \d+ in \d+`;
const RANGE = String.raw`likely (between \d+(\.\d+)?% and \d+(\.\d+)?%|about \d+(\.\d+)?%)`;

async function openAudit(page: Page): Promise<Locator> {
  await page.goto('/tools/fake-follower-estimator/');
  await waitForIslands(page);
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  await tool.getByRole('radio', { name: 'Sample audit' }).check();
  return tool;
}

/** The audit's result, once a file is scored. */
const resultOf = (tool: Locator, file: string) => tool.getByRole('region', { name: `Audit of ${file}` });

test('the example file leads with a plain sentence that says it is made up, on Instagram, with its names unlinked', async ({
  page,
}) => {
  const tool = await openAudit(page);
  await tool.getByText('Where does such a file come from?').click();
  await expect(tool.getByText(/Not from the platforms’ own “download your data” files/)).toBeVisible();
  await expect(tool.getByRole('link', { name: 'X’s documentation of its followers list' })).toHaveAttribute(
    'href',
    /^https:\/\/docs\.x\.com\//,
  );
  await tool.getByRole('button', { name: 'Try it with an example file' }).click();
  const result = resultOf(tool, 'followers-example.csv');
  expect(await plainHeadline(result)).toMatch(
    new RegExp(
      `^This is a made-up example file: ${SHARE} followers in this file look fake \\(${RANGE}\\)\\.$`,
    ),
  );
  await expect(
    result.getByText(/^The likely range is where the true share falls 19 times out of 20/),
  ).toBeVisible();
  await expect(result.getByLabel('Scored as followers on')).toHaveValue('instagram');

  // "Score again" sits apart from the list, on the same line or the next.
  const select = (await result.getByLabel('Scored as followers on').boundingBox())!;
  const button = (await result.getByRole('button', { name: 'Score again' }).boundingBox())!;
  const beside = button.x - (select.x + select.width);
  const below = button.y - (select.y + select.height);
  expect(Math.max(beside, below)).toBeGreaterThanOrEqual(8);

  await result.getByRole('button', { name: 'Check 20 accounts by hand' }).click();
  await expect(result.getByText(/The names in the example file are made up/)).toBeVisible();
  await expect(result.getByRole('list', { name: 'Accounts to check by hand' }).getByRole('link')).toHaveCount(
    0,
  );
  await expect(
    result
      .getByRole('list', { name: 'Accounts to check by hand' })
      .getByText(/line [\d,]+ of the file/)
      .first(),
  ).toBeVisible();
});

test('the hand check leads with a plain sentence, says which figure to believe, and is cleared after its result', async ({
  page,
}) => {
  const tool = await openAudit(page);
  await tool.getByLabel('Choose a CSV file of follower profiles').setInputFiles(SAMPLE);
  const result = resultOf(tool, 'followers-example.csv');
  expect(await plainHeadline(result)).toMatch(
    new RegExp(`^About \\d+ in \\d+ followers in this file look fake \\(${RANGE}\\)\\.$`),
  );
  await result.getByRole('button', { name: 'Check 20 accounts by hand' }).click();
  await answerAuditBatch(tool);
  const checked = result.locator('.hand-check [aria-live]');
  const sentence = await plainHeadline(checked);
  expect(sentence).toMatch(
    new RegExp(`^With your (1\\d|20) answers, ${SHARE} followers in this file look fake \\(${RANGE}\\)\\.$`),
  );
  // The figure below it says the same range.
  const figure = await checked
    .getByRole('status', { name: 'Likely range, checked on your followers' })
    .textContent();
  const [low, high] = figure!.match(/\d+(\.\d+)?%/g)!;
  expect(sentence).toContain(low === high ? `likely about ${low}` : `likely between ${low} and ${high}`);
  await expect(
    checked.getByText(
      /^(Go by this figure, \d+(\.\d+)?%, rather than the automatic \d+(\.\d+)?%|Both estimates say)/,
    ),
  ).toBeVisible();

  const clear = result.getByRole('button', { name: 'Clear the hand check' });
  const after = await checked.evaluate(
    (live, button) => Boolean(live.compareDocumentPosition(button!) & Node.DOCUMENT_POSITION_FOLLOWING),
    await clear.elementHandle(),
  );
  expect(after).toBe(true);
  await clear.click();
  await result.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(result.getByRole('button', { name: 'Check 20 accounts by hand' })).toBeVisible();
});

test('the platform of the audit she last worked on is the one the next file starts with', async ({
  page,
}, info) => {
  const tool = await openAudit(page);
  await tool.getByLabel('Choose a CSV file of follower profiles').setInputFiles(SAMPLE);
  const first = resultOf(tool, 'followers-example.csv');
  await expect(first.getByLabel('Scored as followers on')).toHaveValue('instagram');
  await first.getByLabel('Scored as followers on').selectOption('x');
  await first.getByRole('button', { name: 'Score again' }).click();
  await expect(first.getByLabel('Scored as followers on')).toHaveValue('x');
  // Her work on this audit is kept in the browser, and with it the platform she chose.
  await first.getByLabel('Total followers of the account (optional)').fill('2,400');

  await page.reload();
  await waitForIslands(page);
  const again = await openAudit(page);
  const shorter = readFileSync(SAMPLE, 'utf8').split('\n').slice(0, 120).join('\n');
  await again
    .getByLabel('Choose a CSV file of follower profiles')
    .setInputFiles(generated(info, 'shorter.csv', shorter));
  await expect(resultOf(again, 'shorter.csv').getByLabel('Scored as followers on')).toHaveValue('x');
});
