// Hostile data exports (tests/fixtures/hostile-exports.mjs), made at test time at full size and tried in real
// Chromium: a ZIP with no follower list, a ZIP bomb, names that climb out of the archive, JSON cut short or
// broken, an HTML export in another language, an empty list, names that look like markup, two exports in one
// instant, a list of 500,000 followers, 2 MB of empty scripts in an HTML list, names that differ after a NUL,
// the overlapping-entry bomb, a million entries, 100,000 follower files, a text file named .zip and a
// 65,518-character path; and Cancel mid-read. Each test asserts a clear message or a correct result, that no
// main-thread task hung the page (HANG_MS, Long Tasks API), that at most one export worker is alive, and no
// crash. How far under the 50 ms goal the tasks stay is the bench's to say (npm run bench:hostile).
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { HOSTILE_EXPORTS } from '../fixtures/hostile-exports.mjs';
import { watchRendererMemory } from '../../scripts/lib/browser-memory.mjs';
import {
  expectResponsive,
  generated,
  openFollowerHistory,
  resetLongTasks,
  waitForIslands,
  watchForProblems,
  watchLongTasks,
} from './helpers';

/** At most one of these is alive. */
const WORKER = 'history.worker';

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await watchLongTasks(page);
  page.on('crash', () => {
    throw new Error('The tab crashed');
  });
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
});

async function openHistory(page: Page): Promise<{ tool: Locator; input: Locator }> {
  const { tool, input } = await openFollowerHistory(page);
  await page.waitForLoadState('networkidle');
  await resetLongTasks(page);
  return { tool, input };
}

const fileError = (tool: Locator) => tool.locator('.follower-history .field-error');

/** The hostile export's one file, written to the test's output folder. */
function hostileFile(info: TestInfo, hostile: { files: () => { name: string; data: string | Buffer }[] }) {
  const [file] = hostile.files();
  return generated(info, file!.name, file!.data);
}

test.describe('hostile exports in the follower history', () => {
  test('a ZIP with no follower list says so and where the list would be', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.noList));
    await expect(fileError(tool)).toHaveText(HOSTILE_EXPORTS.noList.shows);
    await expectResponsive(page, WORKER);
  });

  test('a ZIP bomb is stopped at the limit, however small it says it is', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    // 300 MB of spaces deflate to about 300 KB; the directory claims the entry is 100 bytes.
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.bomb));
    await expect(fileError(tool)).toHaveText(HOSTILE_EXPORTS.bomb.shows, { timeout: 30_000 });
    await expectResponsive(page, WORKER);
  });

  test('entries whose names climb out of the archive are refused, with the reason', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.climbing));
    await expect(fileError(tool)).toHaveText(HOSTILE_EXPORTS.climbing.shows);
    await expectResponsive(page, WORKER);
  });

  test('JSON cut short, or broken, is named with what is wrong', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.cutShort));
    await expect(fileError(tool)).toHaveText(HOSTILE_EXPORTS.cutShort.shows);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.broken));
    await expect(fileError(tool)).toHaveText(HOSTILE_EXPORTS.broken.shows);
    await expectResponsive(page, WORKER);
  });

  test('an HTML export in another language gives the names, and says the dates could not be read', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.otherLanguage));
    await expect(tool.getByText(/lists 4,\d{3} followers/)).toBeVisible();
    await expect(tool.getByText(HOSTILE_EXPORTS.otherLanguage.shows)).toBeVisible();
    await expect(tool.getByRole('button', { name: /Pick \d+ Instagram followers to check/ })).toBeEnabled();
    await expectResponsive(page, WORKER);
  });

  for (const key of ['threadsOnly', 'listNotWhereExpected'] as const)
    test(`${HOSTILE_EXPORTS[key].title}: no list is read, and the message says why`, async ({
      page,
    }, info) => {
      const { tool, input } = await openHistory(page);
      await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS[key]));
      await expect(fileError(tool)).toHaveText(HOSTILE_EXPORTS[key].shows);
      await expect(tool.getByText(/lists \d+ followers/)).toHaveCount(0);
      await expectResponsive(page, WORKER);
    });

  test('an HTML list in 2 MB of empty scripts is read within 10 s, without a stall', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.tagSoup));
    await expect(tool.getByText(HOSTILE_EXPORTS.tagSoup.shows)).toBeVisible({ timeout: 10_000 });
    await expectResponsive(page, WORKER);
  });

  test('Facebook names that differ only after a NUL stay two, shown whole with a visible ␀', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.nulNames));
    await expect(tool.getByText(HOSTILE_EXPORTS.nulNames.shows)).toBeVisible({ timeout: 10_000 });
    await tool.getByRole('button', { name: /Pick 2 Facebook followers to check/ }).click();
    const sample = tool.getByRole('region', { name: /Sample of all 2 followers/ });
    const account = sample.locator('.spot-account');
    const seen = [await account.innerText()];
    await sample.getByRole('button', { name: 'Next', exact: true }).click();
    seen.push(await account.innerText());
    expect(seen.join('\n')).toContain('Alice\u2400Smith');
    expect(seen.join('\n')).toContain('Alice\u2400Jones');
    await expectResponsive(page, WORKER);
  });

  test('an empty list is a result, not an error', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.empty));
    await expect(tool.getByText(HOSTILE_EXPORTS.empty.shows)).toBeVisible();
    await expectResponsive(page, WORKER);
  });

  test('names and links that look like markup stay text, and no link is taken from the file', async ({
    page,
    baseURL,
  }, info) => {
    const problems = watchForProblems(page, new URL(baseURL!).origin);
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.markup));
    await expect(tool.getByText(HOSTILE_EXPORTS.markup.shows)).toBeVisible();
    await tool.getByRole('button', { name: /Pick 2 Instagram followers to check/ }).click();
    const sample = tool.getByRole('region', { name: /Sample of all 2 followers/ });
    await expect(sample).toBeVisible();
    const account = sample.locator('.spot-account');
    const hrefs = () =>
      account.locator('a').evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href));
    const seen = [await account.innerText()];
    for (const link of await hrefs()) expect(link).toBe('https://www.instagram.com/plain.name/');
    await sample.getByRole('button', { name: 'Next', exact: true }).click();
    seen.push(await account.innerText());
    for (const link of await hrefs()) expect(link).toBe('https://www.instagram.com/plain.name/');
    expect(seen.join('\n')).toMatch(/not a valid Instagram user name, so no link is made/);
    await expect(sample.getByText('<img src=x onerror=alert(1)>').first()).toBeAttached();
    await expect(page.locator('.estimator img')).toHaveCount(0);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await expectResponsive(page, WORKER);
  });

  test('two exports chosen in the same instant: the second one’s result, one worker', async ({ page }) => {
    const { tool } = await openHistory(page);
    const files = HOSTILE_EXPORTS.twoAtOnce.files();
    await page.evaluate((files) => {
      (window as unknown as { chosen: File[] }).chosen = files.map(
        ({ name, data }) => new File([data], name),
      );
    }, files);
    await resetLongTasks(page);
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.follower-history input[type=file]')!;
      for (const file of (window as unknown as { chosen: File[] }).chosen) {
        const files = new DataTransfer();
        files.items.add(file);
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await expect(tool.getByText(HOSTILE_EXPORTS.twoAtOnce.shows)).toBeVisible();
    await page.waitForTimeout(1500);
    await expect(tool.getByText(HOSTILE_EXPORTS.twoAtOnce.shows)).toBeVisible();
    await expect(tool.getByText(/lists 4,\d{3} followers/)).toHaveCount(0);
    await expectResponsive(page, WORKER);
  });

  test('a list of 500,000 followers is read, charted and ready to sample without blocking the page', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.large));
    await expect(tool.getByText(HOSTILE_EXPORTS.large.shows)).toBeVisible({ timeout: 30_000 });
    await expect(tool.getByRole('img', { name: /New followers per week/ })).toBeVisible();
    await expect(tool.getByRole('button', { name: /Pick \d+ Instagram followers to check/ })).toBeEnabled();
    await expectResponsive(page, WORKER);
  });
});

/** The most the browser's renderers may hold while a hostile ZIP is read (issue 21): 800 MB. */
const MAX_RENDERER_BYTES = 800 * 1024 * 1024;
/** The longest a hostile ZIP may take to an answer (issue 21). */
const ANSWER_MS = 10_000;
const megabytes = (bytes: number) => String(Math.round(bytes / 1024 / 1024));

test.describe('hostile ZIP files: overlapping entries, a million entries, many files', () => {
  for (const key of ['overlappingBomb', 'millionOnOneList', 'millionOneList', 'manyFollowerFiles'] as const)
    test(`${HOSTILE_EXPORTS[key].title}: an answer within 10 s, no stall, under 800 MB`, async ({
      page,
      browser,
    }, info) => {
      const path = hostileFile(info, HOSTILE_EXPORTS[key]);
      const { tool, input } = await openHistory(page);
      const memory = await watchRendererMemory(browser);
      const before = await memory.now();
      const started = Date.now();
      let peak: number;
      try {
        await input.setInputFiles(path);
        await expect(tool.locator('.follower-history', { hasText: HOSTILE_EXPORTS[key].shows })).toBeVisible({
          timeout: ANSWER_MS,
        });
      } finally {
        peak = await memory.stop();
      }
      info.annotations.push(
        { type: 'time to the answer (ms)', description: String(Date.now() - started) },
        { type: 'renderers’ memory before reading (MB)', description: megabytes(before) },
        { type: 'renderers’ peak memory (MB)', description: megabytes(peak) },
      );
      expect(peak).toBeLessThan(MAX_RENDERER_BYTES);
      await expectResponsive(page, WORKER);
    });

  test('a text file named .zip is called not a ZIP file', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.textNamedZip));
    await expect(fileError(tool)).toHaveText(HOSTILE_EXPORTS.textNamedZip.shows);
    await expectResponsive(page, WORKER);
  });

  test('a follower file under a 65,518-character path is named by its file name', async ({ page }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.longPath));
    await expect(tool.getByText(HOSTILE_EXPORTS.longPath.shows)).toBeVisible();
    await expect(tool.getByText(/Read from a{20}/)).toHaveCount(0);
    await expectResponsive(page, WORKER);
  });

  test('Cancel ends the export worker at once, with the memory it held, and no result comes', async ({
    page,
    browser,
  }, info) => {
    const path = hostileFile(info, HOSTILE_EXPORTS.large);
    const { tool, input } = await openHistory(page);
    const memory = await watchRendererMemory(browser);
    await input.setInputFiles(path);
    const cancel = tool.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeVisible();
    // At once: 500,000 followers can be read in a second or two.
    const reading = await memory.now();
    await cancel.click();
    await expect(tool.getByText('Reading cancelled. Choose the export to start again.')).toBeVisible();
    await expect
      .poll(() => page.workers().filter((worker) => worker.url().includes(WORKER)).length, { timeout: 1000 })
      .toBe(0);
    await page.waitForTimeout(1000);
    const after = await memory.now();
    await memory.stop();
    info.annotations.push(
      { type: 'renderers’ memory while reading (MB)', description: megabytes(reading) },
      { type: 'renderers’ memory a second after Cancel (MB)', description: megabytes(after) },
    );
    await expect(tool.getByText(HOSTILE_EXPORTS.large.shows)).toHaveCount(0);
  });
});

/** Labels the first burst and answers the first name of a sample of all followers, as an owner would. */
async function labelAndAnswer(tool: Locator) {
  await tool.getByRole('radio', { name: 'A giveaway or contest' }).first().check();
  await tool.getByRole('button', { name: /Pick \d+ Facebook followers to check/ }).click();
  await tool
    .getByRole('region', { name: /Sample of all [\d,]+ followers/ })
    .getByRole('radio', { name: 'Looks fake' })
    .check();
}

/** After a reload: the result, the label and the answer are all there, and nothing was set aside. */
async function expectKeptOverReload(page: Page, shows: RegExp) {
  await page.reload();
  await waitForIslands(page);
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  await tool.getByRole('radio', { name: 'Follower history' }).check();
  await expect(tool.getByRole('heading', { name: 'What the export says' })).toBeVisible();
  await expect(tool.getByText(shows)).toBeVisible();
  await expect(tool.getByRole('radio', { name: 'A giveaway or contest' }).first()).toBeChecked();
  // The sample opens at its first name not yet checked: the one answered is counted.
  await expect(
    tool.getByRole('progressbar', { name: /Accounts checked in the sample of all [\d,]+ followers/ }),
  ).toHaveAttribute('value', '1');
  await expect(tool.getByText(/could not be read back/)).toHaveCount(0);
}

test.describe('what is saved comes back', () => {
  test('more than 2,000,000 unreadable entries and repeats: said, and kept over a reload with labels and answers', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.passedOverPast));
    await expect(tool.getByText(HOSTILE_EXPORTS.passedOverPast.shows)).toBeVisible({ timeout: 30_000 });
    await expect(tool.getByText(/More than 2,000,000 accounts listed twice were counted once/)).toBeVisible();
    await expectResponsive(page, WORKER);
    await labelAndAnswer(tool);
    await expectKeptOverReload(page, HOSTILE_EXPORTS.passedOverPast.shows);
  });

  test.describe('in New York time', () => {
    test.use({ timezoneId: 'America/New_York' });

    test('follows dated 1 Jan 2006 at midnight UTC (31 Dec 2005 there) are kept over a reload', async ({
      page,
    }, info) => {
      const { tool, input } = await openHistory(page);
      await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.firstFollowDay));
      await expect(tool.getByText(HOSTILE_EXPORTS.firstFollowDay.shows)).toBeVisible({ timeout: 10_000 });
      await expectResponsive(page, WORKER);
      await labelAndAnswer(tool);
      await expectKeptOverReload(page, HOSTILE_EXPORTS.firstFollowDay.shows);
    });
  });

  test('a saved history changed by hand is set aside, and the page says so and why', async ({
    page,
  }, info) => {
    const { tool, input } = await openHistory(page);
    await input.setInputFiles(hostileFile(info, HOSTILE_EXPORTS.firstFollowDay));
    await expect(tool.getByText(HOSTILE_EXPORTS.firstFollowDay.shows)).toBeVisible({ timeout: 10_000 });
    await labelAndAnswer(tool);
    await page.evaluate(() => {
      const key = 'real-reach:follower-history';
      const stored = JSON.parse(window.localStorage.getItem(key)!) as {
        value: { summary: { total: number } };
      };
      stored.value.summary.total = -1;
      window.localStorage.setItem(key, JSON.stringify(stored));
    });
    await page.reload();
    await waitForIslands(page);
    const again = page.getByRole('region', { name: 'Fake-follower estimator' });
    await again.getByRole('radio', { name: 'Follower history' }).check();
    await expect(
      again.getByText(
        'Your saved follower history could not be read back, so it was set aside: its summary of the export holds a value this page never keeps',
        { exact: false },
      ),
    ).toBeVisible();
    await expect(again.getByRole('heading', { name: 'What the export says' })).toHaveCount(0);
    // Another export takes its place, and the notice goes.
    await again
      .getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)')
      .setInputFiles(hostileFile(info, HOSTILE_EXPORTS.firstFollowDay));
    await expect(again.getByRole('heading', { name: 'What the export says' })).toBeVisible();
    await expect(again.getByText(/could not be read back/)).toHaveCount(0);
  });
});
