// Hostile files and text: inputs built at test time, at full size, tried in real Chromium. Each test asserts a
// clear message or a correct result, that no main-thread task hung the page (HANG_MS, Long Tasks API), that no
// more than one audit worker is alive, and that the tab did not crash.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { expectResponsive, generated, resetLongTasks, waitForIslands, watchLongTasks } from './helpers';

const PAGE = '/tools/fake-follower-estimator/';
const EXAMPLE = readFileSync('public/samples/followers-example.csv', 'utf8');
const EXAMPLE_RESULT = /Scored 398 of 400 rows/;
/** At most one of these is alive. */
const WORKER = 'audit.worker';

test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  await watchLongTasks(page);
  page.on('crash', () => {
    throw new Error('The tab crashed');
  });
});

/** Opens the sample audit and starts measuring the main thread from there. */
async function openAudit(page: Page): Promise<{ tool: Locator; input: Locator }> {
  await page.goto(PAGE);
  await waitForIslands(page);
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  await tool.getByRole('radio', { name: 'Sample audit' }).check();
  const input = tool.getByLabel('Choose a CSV file of follower profiles');
  await expect(input).toBeVisible();
  await page.waitForLoadState('networkidle');
  await resetLongTasks(page);
  return { tool, input };
}

function utf16(text: string, littleEndian: boolean): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return littleEndian ? le : le.swap16();
}

test.describe('hostile files in the sample audit', () => {
  test('a 50 MB file on one line, full of commas, stops at once with a reason', async ({ page }, info) => {
    const { tool, input } = await openAudit(page);
    await input.setInputFiles(generated(info, 'one-line-commas.csv', 'x,'.repeat(25_000_000)));
    await expect(tool.getByRole('alert')).toHaveText(/The first line names more than 200 columns/);
    await expect(tool.getByRole('combobox')).toHaveCount(0);
    await expectResponsive(page, WORKER);
  });

  test('a 40 MB file on one line with no delimiter stops at 1 MB, not offered as a column', async ({
    page,
  }, info) => {
    const { tool, input } = await openAudit(page);
    await input.setInputFiles(generated(info, 'one-line.csv', 'x'.repeat(40_000_000)));
    await expect(tool.getByRole('alert')).toHaveText(/^Line 1 is longer than 1 MB/);
    await expect(tool.getByRole('combobox')).toHaveCount(0);
    await expectResponsive(page, WORKER);
  });

  test('a 20 MB user name stops the audit at its line; a 200 KB one is named as too long a cell', async ({
    page,
  }, info) => {
    const { tool, input } = await openAudit(page);
    const [header, first] = EXAMPLE.split('\n');
    await input.setInputFiles(
      generated(info, 'huge-name.csv', `${header}\n${first}\n${'n'.repeat(20_000_000)},x,1,2,3,4,0,false\n`),
    );
    await expect(tool.getByRole('alert')).toHaveText(/^Line 3 is longer than 1 MB/);
    await input.setInputFiles(
      generated(info, 'long-name.csv', `${header}\n${'n'.repeat(200_000)},x,1,2,3,4,0,false\n`),
    );
    await expect(tool.getByRole('alert')).toHaveText(/^Cell 1 on line 2 holds more than 100 KB/);
    await expectResponsive(page, WORKER);
  });

  test('a long name that is within the limits is listed shortened, and the rest of the file is scored', async ({
    page,
  }, info) => {
    const { tool, input } = await openAudit(page);
    const [header, ...rows] = EXAMPLE.trimEnd().split('\n');
    const longName = `amira${'9'.repeat(60_000)}`;
    // The example's first row is a flagged account: give it the long name, and no posts, so that it shows every
    // sign and comes first among the most suspicious.
    const first = rows[0]!.replace(/^amira\d+/, longName).replace(/^([^,]*,[^,]*,\d+,\d+,)\d+/, '$10');
    const content = [header, first, ...rows.slice(1)].join('\n');
    await input.setInputFiles(generated(info, 'long-but-allowed.csv', content));
    await expect(tool.getByText(EXAMPLE_RESULT)).toBeVisible();
    await tool.getByText('The most suspicious accounts, and why').click();
    const suspects = tool.getByRole('list', { name: 'The most suspicious accounts' });
    await expect(suspects).toContainText('amira999');
    for (const item of await suspects.getByRole('listitem').allTextContents())
      expect(item.length).toBeLessThan(300);
    await expectResponsive(page, WORKER);
  });

  test('a header of 200 long, unknown column names is offered shortened in the column chooser', async ({
    page,
  }, info) => {
    const { tool, input } = await openAudit(page);
    const header = Array.from({ length: 200 }, (_, i) => `column ${i} ${'z'.repeat(900)}`).join(',');
    await input.setInputFiles(generated(info, 'wide-header.csv', `${header}\n${'1,'.repeat(199)}1\n`));
    const chooser = tool.getByRole('combobox').first();
    await expect(chooser).toBeVisible();
    const longest = await chooser.evaluate((select: HTMLSelectElement) =>
      Math.max(...[...select.options].map((option) => option.text.length)),
    );
    expect(longest).toBeLessThanOrEqual(61);
    await expectResponsive(page, WORKER);
  });

  test('two files chosen in the same instant: the second file’s name over the second file’s numbers, one worker', async ({
    page,
  }) => {
    const { tool } = await openAudit(page);
    const [header, ...rows] = EXAMPLE.trimEnd().split('\n');
    const big = [header, ...Array.from({ length: 100 }, () => rows).flat()].join('\n');
    // The files are made first (building them is the test's work, not the page's), then chosen in one task.
    await page.evaluate(
      ([first, second]) => {
        const files = [
          new File([first], 'first.csv', { type: 'text/csv' }),
          new File([second], 'second.csv'),
        ];
        (window as unknown as { chosen: File[] }).chosen = files;
      },
      [big, EXAMPLE] as const,
    );
    await resetLongTasks(page);
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
      for (const file of (window as unknown as { chosen: File[] }).chosen) {
        const files = new DataTransfer();
        files.items.add(file);
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await expect(tool.getByRole('heading', { name: 'Audit of second.csv' })).toBeVisible();
    await expect(tool.getByText(EXAMPLE_RESULT)).toBeVisible();
    // Nothing of the first file turns up later.
    await page.waitForTimeout(1500);
    await expect(tool.getByRole('heading', { name: /^Audit of / })).toHaveText('Audit of second.csv');
    await expect(tool.getByText(EXAMPLE_RESULT)).toBeVisible();
    await expectResponsive(page, WORKER);
  });

  test('a file chosen while another is being scored replaces it, and Cancel stops an audit', async ({
    page,
  }, info) => {
    const { tool, input } = await openAudit(page);
    const [header, ...rows] = EXAMPLE.trimEnd().split('\n');
    const body = rows.join('\n');
    const big = generated(
      info,
      'big.csv',
      `${header}\n${Array.from({ length: 1500 }, () => body).join('\n')}\n`,
    );
    await input.setInputFiles(big);
    await expect(tool.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await expect(tool.getByRole('status').filter({ hasText: /^Scoring big\.csv/ })).toBeVisible();
    await input.setInputFiles(generated(info, 'example.csv', EXAMPLE));
    await expect(tool.getByRole('heading', { name: 'Audit of example.csv' })).toBeVisible();
    await expect(tool.getByText(EXAMPLE_RESULT)).toBeVisible();
    await expectResponsive(page, WORKER);

    await input.setInputFiles(big);
    await tool.getByRole('button', { name: 'Cancel' }).click();
    await expect(tool.getByRole('status').filter({ hasText: 'Audit cancelled' })).toBeFocused();
    await page.waitForTimeout(1000);
    await expect(tool.getByRole('heading', { name: /^Audit of / })).toHaveCount(0);
    await expectResponsive(page, WORKER);
    // The same file chosen again starts again (the box is emptied, so the browser reports the choice).
    await input.setInputFiles(big);
    await expect(tool.getByRole('status').filter({ hasText: /^Scoring big\.csv/ })).toBeVisible();
    await tool.getByRole('button', { name: 'Cancel' }).click();
    // A file chosen after a cancel is scored as usual.
    await input.setInputFiles(generated(info, 'again.csv', EXAMPLE));
    await expect(tool.getByText(EXAMPLE_RESULT)).toBeVisible();
  });

  test('two files dropped at once: the first is audited and the page says the second was not; a file chosen while the example loads wins', async ({
    page,
  }) => {
    const { tool } = await openAudit(page);
    await page.evaluate((text) => {
      const files = new DataTransfer();
      files.items.add(new File([text], 'first.csv', { type: 'text/csv' }));
      files.items.add(new File(['x'], 'second.csv', { type: 'text/csv' }));
      const zone = document.querySelector('.drop-zone')!;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    }, EXAMPLE);
    await expect(tool.getByRole('heading', { name: 'Audit of first.csv' })).toBeVisible();
    await expect(
      tool.getByText(/^2 files were dropped; only the first, first\.csv, is audited/),
    ).toBeVisible();

    // The example is asked for, then a file chosen in the same task: the file is the later choice.
    await page.evaluate((text) => {
      (document.querySelector('.sample-audit .link-button') as HTMLButtonElement).click();
      const input = document.querySelector<HTMLInputElement>('.sample-audit input[type=file]')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'mine.csv', { type: 'text/csv' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, EXAMPLE);
    await expect(tool.getByRole('heading', { name: 'Audit of mine.csv' })).toBeVisible();
    await page.waitForTimeout(1000);
    await expect(tool.getByRole('heading', { name: /^Audit of / })).toHaveText('Audit of mine.csv');
    await expectResponsive(page, WORKER);
  });

  test('mixed CRLF, LF and CR line endings are read as the rows they are', async ({ page }, info) => {
    const { tool, input } = await openAudit(page);
    const lines = EXAMPLE.trimEnd().split('\n');
    const endings = ['\r\n', '\n', '\r'];
    const mixed = lines.map((line, i) => `${line}${endings[i % 3]}`).join('');
    await input.setInputFiles(generated(info, 'mixed-endings.csv', mixed));
    await expect(tool.getByText(EXAMPLE_RESULT)).toBeVisible();
    await expectResponsive(page, WORKER);
  });

  for (const littleEndian of [true, false]) {
    test(`UTF-16 ${littleEndian ? 'LE' : 'BE'} with a byte order mark, tab-separated as Excel's "Unicode text", is read`, async ({
      page,
    }, info) => {
      const { tool, input } = await openAudit(page);
      const table = Papa.parse<string[]>(EXAMPLE.trimEnd()).data;
      const text = Papa.unparse(table, { delimiter: '\t', newline: '\r\n' });
      await input.setInputFiles(generated(info, 'unicode.txt', utf16(text, littleEndian)));
      await expect(tool.getByText(EXAMPLE_RESULT)).toBeVisible();
      await expectResponsive(page, WORKER);
    });
  }

  test('UTF-16 without a byte order mark is turned away with what to do', async ({ page }, info) => {
    const { tool, input } = await openAudit(page);
    await input.setInputFiles(generated(info, 'no-bom.csv', Buffer.from(EXAMPLE, 'utf16le')));
    await expect(tool.getByRole('alert')).toContainText('CSV UTF-8');
    await expectResponsive(page, WORKER);
  });
});
