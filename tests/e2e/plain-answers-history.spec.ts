// Follower history as a bakery owner meets it on a phone (issue 20): each result leads with one plain sentence,
// the example export says it is made up and links none of its made-up names anywhere, and the charts' labels
// are as large as small text, with the value axis saying what it counts and per what.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { accountOverTime } from '../fixtures/compare-exports.mjs';
import { exampleExports } from '../fixtures/synthetic-exports.mjs';
import { zipBuffer } from '../fixtures/zip-writer.mjs';
import { readExport } from '../../src/lib/history/read-export';
import { encodeHistoryLink, historyShareOf } from '../../src/lib/history/share';
import { summariseExport } from '../../src/lib/history/summary';
import { generated, openFollowerHistory, plainHeadline, waitForIslands } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

async function loadExample(page: Page, label: string): Promise<Locator> {
  const { tool } = await openFollowerHistory(page);
  await tool.getByLabel('No export to hand? Try it with an example:').selectOption({ label });
  await tool.getByRole('button', { name: 'Try it with an example' }).click();
  const result = tool.getByRole('region', { name: 'What the export says' });
  await expect(result).toBeVisible();
  return result;
}

/** Every link inside `scope` that leaves the site. */
const offSite = (scope: Locator) =>
  scope
    .locator('a[href]')
    .evaluateAll((links) =>
      links
        .map((link) => (link as HTMLAnchorElement).href)
        .filter((href) => new URL(href).origin !== window.location.origin),
    );

test('the example export leads with a sentence that says it is made up, and its bursts with their size', async ({
  page,
}) => {
  const result = await loadExample(page, 'Instagram, JSON');
  expect(await plainHeadline(result)).toMatch(
    /^This is a made-up example export: it lists 4,\d{3} Instagram followers, and 2 bursts stand out\.$/,
  );
  await expect(result.getByText(/^Its names, dates and bursts were made up/)).toBeVisible();
  await expect(result.getByText(/Your Instagram export/)).toHaveCount(0);

  const bought = result.locator('.burst', { has: page.getByRole('heading', { name: /12 Mar 2026/ }) });
  expect(await plainHeadline(bought)).toMatch(
    /^9\d\d new followers in one day, where a usual day brings about \d+\.$/,
  );
  const share = result.locator('.burst-share');
  await expect(share).toHaveText(
    /^About \d+% of today’s 4,\d{3} followers came in bursts you have not explained yet( \(between \d+% and \d+%\))?\./,
  );
  await expect(share).not.toHaveText(/between (\d+%) and \1\)/);
});

test('no made-up name of the example links to a platform, in the sample or in the comparison', async ({
  page,
}, info) => {
  const result = await loadExample(page, 'Instagram, JSON');
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  await tool.getByRole('button', { name: /Pick \d+ Instagram followers to check/ }).click();
  const sample = tool.getByRole('region', { name: /Sample of all 4,\d{3} followers/ });
  await expect(
    sample.getByText(/is a made-up name from the example export, so there is no profile/),
  ).toBeVisible();
  await expect(sample.getByRole('link', { name: /^Open .* on / })).toHaveCount(0);
  expect(await offSite(tool)).toEqual([]);
  // Nothing made up goes out in a link either.
  await expect(result.getByRole('button', { name: /Share this history/ })).toHaveCount(0);
  await expect(result.getByText(/This history is the made-up example/)).toBeVisible();

  // Another export compared with the example: the names who left and came are listed as plain text.
  const { earlier } = accountOverTime();
  await tool
    .getByLabel('Choose another export of this account')
    .setInputFiles(generated(info, earlier.name, earlier.data));
  const changed = tool.locator('.export-comparison');
  const refused = tool.locator('.field-error');
  await expect(changed.or(refused).first()).toBeVisible();
  expect(await offSite(tool)).toEqual([]);
});

test('a real export leads with what it lists, and two exports compared lead with who left and who came', async ({
  page,
}, info) => {
  const { earlier, later, expected } = accountOverTime();
  const { tool, input } = await openFollowerHistory(page);
  await input.setInputFiles(generated(info, later.name, later.data));
  const result = tool.getByRole('region', { name: 'What the export says' });
  const total = expected.laterTotal.toLocaleString('en-GB');
  expect(await plainHeadline(result)).toMatch(
    new RegExp(
      `^Your Instagram export lists ${total} followers, and (one burst stands|\\d bursts stand) out\\.$`,
    ),
  );
  await tool
    .getByLabel('Choose another export of this account')
    .setInputFiles(generated(info, earlier.name, earlier.data));
  const changed = tool.locator('.export-comparison');
  expect(await plainHeadline(changed)).toBe(
    `Between the two exports, ${expected.left.toLocaleString('en-GB')} followers left and ${expected.came.toLocaleString('en-GB')} came.`,
  );
  // Real names still link to their profiles.
  await changed.getByText(/^Who left \(/).click();
  await expect(changed.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/www\.instagram\.com\//);
});

test('a pasted series of counts leads with the jump it finds', async ({ page }) => {
  const { tool } = await openFollowerHistory(page);
  const lines: string[] = [];
  for (let day = 1; day <= 60; day++) {
    const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
    lines.push(`${date}, ${5000 + day * 6 + (day >= 40 ? 2500 : 0)}`);
  }
  await tool.getByLabel('Dates and follower counts, one pair per line').fill(lines.join('\n'));
  const series = tool.locator('.series-check .tool-result');
  expect(await plainHeadline(series)).toBe('One jump stands out, on 9 Feb 2026.');
});

test('the chart’s labels read at the size of small text on a phone, and its value axis says what it counts', async ({
  page,
}) => {
  const result = await loadExample(page, 'Instagram, JSON');
  const chart = result.locator('figure.arrival-chart');
  await expect(
    chart.getByText(/^Scale on the left: new followers per (day|week), from 0 up to [\d,]+\.$/),
  ).toBeVisible();
  const sizes = await chart.locator('svg text').evaluateAll((texts) =>
    texts.map((text) => {
      const svg = text.closest('svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Number.parseFloat(getComputedStyle(text).fontSize) * scale;
    }),
  );
  expect(sizes.length).toBeGreaterThan(0);
  // Small body text is about 14 px.
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(13);
});

test('a shared history leads with what the sender’s export listed', async ({ page }) => {
  const example = exampleExports().find((candidate) => candidate.file === 'instagram-export-json.zip')!;
  const reading = await readExport([new File([zipBuffer(example.entries)], example.file)]);
  const summary = summariseExport(reading, example.file);
  const share = historyShareOf({ summary, labels: {}, samples: [] })!;
  const link = await encodeHistoryLink(share);
  if (!('fragment' in link)) throw new Error('the example makes no link');
  await page.goto(`/tools/fake-follower-estimator/${link.fragment}`);
  await waitForIslands(page);
  const shared = page.getByRole('region', { name: 'A follower history shared with you' });
  expect(await plainHeadline(shared)).toBe(
    `The sender’s Instagram export listed ${summary.total.toLocaleString('en-GB')} followers, and 2 bursts stood out.`,
  );
});
