// Hostile text in the draft checker and the series box: disguised bait, a 1,000,000-character draft, "Zalgo"
// text pasted, dropped and restored, a 5 MB paste, 100,000 lines, full storage, and reloads. Asserts what the
// owner sees, and that nothing hung the page: no main-thread task over HANG_MS (Long Tasks API), and no gap
// over HANG_MS in a timer heartbeat, which also sees the browser laying out a huge text box, where the Long
// Tasks API saw nothing (0 ms against a 33.8 s stall, issue 21).
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  HANG_MS,
  longestTask,
  openFollowerHistory,
  resetLongTasks,
  waitForIslands,
  watchLongTasks,
} from './helpers';
import { fiveMegabytes, seriesLines, STORED_HOSTILE, ZALGO } from '../fixtures/hostile-text.mjs';

declare global {
  interface Window {
    longestGap: number;
    lastBeat: number;
    toPaste: string;
  }
}

/** A setTimeout loop from the first script on; `window.longestGap` keeps the longest wait between two beats. */
async function watchHeartbeat(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.longestGap = 0;
    window.lastBeat = performance.now();
    const beat = () => {
      const now = performance.now();
      window.longestGap = Math.max(window.longestGap, now - window.lastBeat);
      window.lastBeat = now;
      setTimeout(beat, 10);
    };
    setTimeout(beat, 10);
  });
}

/** Starts both measures again. */
async function resetStalls(page: Page): Promise<void> {
  await resetLongTasks(page);
  await page.evaluate(() => {
    window.longestGap = 0;
    window.lastBeat = performance.now();
  });
}

/** Asserts that nothing since the last reset stalled the page, by either measure, after a quiet moment. */
async function expectNoStall(page: Page, what: string): Promise<void> {
  await page.waitForTimeout(500);
  const [task, gap] = await Promise.all([longestTask(page), page.evaluate(() => window.longestGap)]);
  test.info().annotations.push({
    type: `${what}: longest task, longest heartbeat gap (ms)`,
    description: `${Math.round(task)}, ${Math.round(gap)}`,
  });
  expect(task).toBeLessThan(HANG_MS);
  expect(gap).toBeLessThan(HANG_MS);
}

test.beforeEach(async ({ page }) => {
  await watchLongTasks(page);
  await watchHeartbeat(page);
});

async function openChecker(page: Page) {
  await page.goto('/tools/draft-checker/');
  await waitForIslands(page);
  const checker = page.getByRole('region', { name: 'Draft checker' });
  await resetLongTasks(page);
  return checker;
}

for (const [disguise, text] of [
  ['zero-width characters inside the words', 'Com\u200Bment Y\u200DES if you a\u200Cgree'],
  ['a right-to-left override before the text', '\u202EComment YES if you agree'],
  ['Cyrillic look-alike letters in “Comment”', '\u0421\u043Emm\u0435nt YES if you agree'],
] as const) {
  test(`sees bait behind ${disguise} and reports the disguise`, async ({ page }) => {
    const checker = await openChecker(page);
    await checker.getByLabel('Your draft').fill(text);
    const problems = checker.getByRole('list').first().getByRole('listitem');
    await expect(problems.filter({ hasText: 'Hidden or look-alike characters' })).toBeVisible();
    await expect(problems.filter({ hasText: /bait/i }).first()).toBeVisible();
    await expect(checker.getByRole('status')).not.toHaveText(/^No problems found/);
    // The draft itself is left exactly as typed.
    await expect(checker.getByLabel('Your draft')).toHaveValue(text);
  });
}

test('a 1,000,000-character draft shows its real length, says only the start was checked, and typing stays quick', async ({
  page,
}) => {
  const checker = await openChecker(page);
  const draft = checker.getByLabel('Your draft');
  // Fifteen short of the 1,000,000 characters a draft keeps, so that the three rounds of typing below (five
  // characters each) end at the limit.
  const huge = 'Fresh bread daily from 8am. '.repeat(40_000).slice(0, 999_985);
  await draft.fill(huge);
  await expect(draft).toHaveAccessibleDescription(/999,985 of 2,200 characters/);
  await expect(draft).toHaveAccessibleDescription(/only the first 100,000 characters were checked/);
  await expect(checker.getByRole('listitem').filter({ hasText: 'Only the start was checked' })).toContainText(
    'This draft is 999,985 characters long, so only its first 100,000 were checked.',
  );
  // Too long to keep, which is not the storage-full message: each says its own reason.
  await expect(
    checker.getByText(
      'This draft is longer than the 200,000 characters this browser keeps, so it lasts until you leave.',
    ),
  ).toBeVisible();
  // Typing more at the end: the measure starts after the paste, which is the browser's own work.
  const ours = [await typingCost(page, draft)];
  await expect(draft).toHaveAccessibleDescription(/999,990 of 2,200 characters/);

  // What Chromium itself costs a keystroke in a bare textarea holding the same text, with no script at all.
  await page.evaluate((text) => {
    const bare = document.createElement('textarea');
    bare.id = 'bare';
    bare.setAttribute('aria-label', 'Bare textarea');
    bare.value = text;
    document.body.append(bare);
  }, huge);
  const browser = [await typingCost(page, page.locator('#bare'))];
  // Turn about, and the fastest of each: other work on the machine only ever lengthens a task, so the
  // fastest runs compare the page with the browser and not with whatever else was running at the time.
  for (let run = 0; run < 2; run++) {
    ours.push(await typingCost(page, draft));
    browser.push(await typingCost(page, page.locator('#bare')));
  }
  test.info().annotations.push({
    type: 'keystroke at 1M characters (ms): page, bare textarea',
    description: `${ours.join('/')}, ${browser.join('/')}`,
  });
  // The page adds nothing that matters to the browser's own cost: the fault this guards against (dir="auto")
  // cost 4.8 s a keystroke. The page's own script slows more than the browser's native typing when the
  // machine is busy (on 2 cores at a load of 9 to 10 the page's keystrokes took 378 to 901 ms against 188 to
  // 234 ms bare), so the bound is a second, or five times the bare textarea's, whichever is more: a busy
  // machine passes, the fault fails.
  expect(Math.min(...ours)).toBeLessThan(Math.max(1_000, 5 * Math.min(...browser)));
});

/** The longest main-thread task while typing five characters at the end of `field`. */
async function typingCost(page: Page, field: Locator): Promise<number> {
  await field.press('End');
  await page.waitForTimeout(300);
  await resetLongTasks(page);
  await field.pressSequentially(' More', { delay: 50 });
  await page.waitForTimeout(400);
  return longestTask(page);
}

/**
 * Pastes `text` at the caret of a text box (the draft's unless told) as the browser would, from a clipboard event.
 * The text is handed to the page first, and the stall measures start again after that, so that the test's own
 * transfer of megabytes is not counted as the page's.
 */
async function paste(page: Page, text: string, selector = '.draft-checker textarea') {
  await page.evaluate((text) => (window.toPaste = text), text);
  await resetStalls(page);
  await page.evaluate((selector) => {
    const box = document.querySelector<HTMLTextAreaElement>(selector)!;
    box.focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', window.toPaste);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, selector);
}

/**
 * Drags `text` onto `target` with the mouse, as from another window: a real, trusted drag and drop, which the
 * browser would complete by inserting the text itself.
 */
async function drop(page: Page, text: string, target: Locator) {
  await page.evaluate((text) => {
    const source = document.createElement('p');
    source.id = 'drag-source';
    source.draggable = true;
    source.textContent = 'Drag me';
    source.addEventListener('dragstart', (event) => event.dataTransfer!.setData('text/plain', text));
    document.body.prepend(source);
  }, text);
  await resetStalls(page);
  await page.locator('#drag-source').dragTo(target);
}

const SERIES_BOX = '.series-check textarea';

test('“Zalgo” text dropped onto the draft box goes in tamed, with a note, and a reload brings it back tamed without a stall', async ({
  page,
}) => {
  const checker = await openChecker(page);
  const draft = checker.getByLabel('Your draft');
  await drop(page, ZALGO, draft);
  await expect(draft).toHaveValue(`Z${'\u0301'.repeat(30)}`);
  await expect(draft).toHaveAccessibleDescription(
    /From that drop, 199,969 accent marks stacked on single letters were left out/,
  );
  await expectNoStall(page, 'Zalgo dropped on the draft');
  await expect(checker.getByText('Your draft is kept in this browser only')).toBeVisible();
  await page.waitForTimeout(400);
  await page.reload();
  await waitForIslands(page);
  await expect(draft).toHaveValue(`Z${'\u0301'.repeat(30)}`);
});

test('a stored draft of “Zalgo” text comes back tamed on reload, says so, and does not stall', async ({
  page,
}) => {
  await openChecker(page);
  await page.evaluate(
    (text) =>
      localStorage.setItem(
        'real-reach:draft',
        JSON.stringify({ version: 1, value: { text, platform: 'x' } }),
      ),
    ZALGO,
  );
  await page.reload();
  await resetStalls(page);
  await waitForIslands(page);
  const draft = page.getByRole('region', { name: 'Draft checker' }).getByLabel('Your draft');
  await expect(draft).toHaveValue(`Z${'\u0301'.repeat(30)}`);
  await expect(draft).toHaveAccessibleDescription(
    /From the text kept in this browser, 199,969 accent marks stacked on single letters were left out/,
  );
  await expectNoStall(page, 'stored Zalgo draft restored');
});

async function openSeries(page: Page): Promise<Locator> {
  const { tool } = await openFollowerHistory(page);
  const field = tool.getByLabel('Dates and follower counts, one pair per line');
  await expect(field).toBeVisible();
  await resetStalls(page);
  return field;
}

async function reopenSeries(page: Page): Promise<Locator> {
  await page.reload();
  return openSeries(page);
}

test('“Zalgo” text pasted into the series box goes in tamed, with a note, and comes back tamed after a reload, without a stall', async ({
  page,
}) => {
  const field = await openSeries(page);
  await paste(page, ZALGO, SERIES_BOX);
  await expect(field).toHaveValue(`Z${'\u0301'.repeat(30)}`);
  await expect(field).toHaveAccessibleDescription(
    /From that paste, 199,969 accent marks stacked on single letters were left out/,
  );
  await expectNoStall(page, 'Zalgo pasted in the series box');
  const again = await reopenSeries(page);
  await expect(again).toHaveValue(`Z${'\u0301'.repeat(30)}`);
  await expectNoStall(page, 'series box reloaded after a Zalgo paste');
});

test('a stored series of “Zalgo” text comes back tamed on reload and says so', async ({ page }) => {
  await openSeries(page);
  await page.evaluate(
    (text) =>
      localStorage.setItem('real-reach:follower-series', JSON.stringify({ version: 1, value: { text } })),
    ZALGO,
  );
  const field = await reopenSeries(page);
  await expect(field).toHaveValue(`Z${'\u0301'.repeat(30)}`);
  await expect(field).toHaveAccessibleDescription(/From the text kept in this browser, 199,969 accent marks/);
  await expectNoStall(page, 'stored Zalgo series restored');
});

test('5 MB pasted into the series box is cut to the box’s limit with a note, typing stays quick, and a reload keeps it', async ({
  page,
}) => {
  const field = await openSeries(page);
  await paste(page, fiveMegabytes(), SERIES_BOX);
  await expect(field).toHaveAccessibleDescription(
    /the last 4,950,000 characters of the paste were left out, since the box keeps at most 50,000 characters/,
  );
  expect(await field.evaluate((box: HTMLTextAreaElement) => box.value.length)).toBe(50_000);
  await expect(page.getByRole('img', { name: /Change in followers per/ })).toBeVisible();
  await expectNoStall(page, '5 MB pasted in the series box');
  await field.press('End');
  await resetStalls(page);
  await field.pressSequentially('1', { delay: 50 });
  await expectNoStall(page, 'a keystroke in the series box at its limit');
  await expect(page.getByText('Storage is full')).toHaveCount(0);
  const again = await reopenSeries(page);
  expect(await again.evaluate((box: HTMLTextAreaElement) => box.value.length)).toBe(50_000);
});

test('100,000 series lines: the first 2,000 are read and charted, and the page says the rest were left out', async ({
  page,
}) => {
  const field = await openSeries(page);
  const text = seriesLines(100_000);
  await paste(page, text, SERIES_BOX);
  await expect(field).toHaveAccessibleDescription(
    /Only the first 2,000 lines are read: the other [\d,]+ lines are left out/,
  );
  await expect(page.getByRole('img', { name: /Change in followers per/ })).toBeVisible();
  await expect(page.getByText('The other lines are used')).toHaveCount(0);
  await expectNoStall(page, '100,000 series lines');
  const again = await reopenSeries(page);
  expect(await again.evaluate((box: HTMLTextAreaElement) => box.value.length)).toBe(50_000);
});

test('with storage full, the series box says so and keeps the text on the page', async ({ page }) => {
  const field = await openSeries(page);
  // Fill this origin's storage to the brim, as other sites' and tools' data would.
  await page.evaluate(() => {
    const block = 'x'.repeat(1_000_000);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, block);
      } catch {
        break;
      }
    }
    for (let size = 100_000; size >= 1; size = Math.floor(size / 10))
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler-${size}-${i}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
  });
  const text = seriesLines(60);
  await field.fill(text);
  await expect(page.getByText(/Storage is full/)).toBeVisible();
  await expect(field).toHaveValue(text);
  await expect(page.getByRole('img', { name: /Change in followers per day/ })).toBeVisible();
});

test('series counts dated after today are flagged and left out of the chart', async ({ page }) => {
  const field = await openSeries(page);
  await field.fill(`${seriesLines(60)}\n2027-01-01, 90,000\n2099-01-01, 9,000,000`);
  await expect(field).toHaveAccessibleDescription(
    /Line 61 has a date after today \(check the year\)\. Line 62 has a date after today/,
  );
  await expect(page.getByRole('img', { name: /Change in followers per day/ })).toBeVisible();
  await expect(page.getByText(/2099/)).toHaveCount(0);
});

test('a paste of “Zalgo” text (one letter under a million accent marks) goes in tamed, with a note, and typing stays quick', async ({
  page,
}) => {
  const checker = await openChecker(page);
  const draft = checker.getByLabel('Your draft');
  await draft.fill('Order by Friday: ');
  await paste(page, `Z${'\u0301'.repeat(1_000_000)} buns`);
  await expect(draft).toHaveValue(`Order by Friday: Z${'\u0301'.repeat(30)} buns`);
  await expect(draft).toHaveAccessibleDescription(
    /999,970 accent marks stacked on single letters were left out/,
  );
  const cost = await typingCost(page, draft);
  test.info().annotations.push({ type: 'keystroke after a Zalgo paste (ms)', description: String(cost) });
  expect(cost).toBeLessThan(HANG_MS);
  await expect(draft).toHaveValue(/ buns More$/);
});

test('a 10 MB paste stops the draft at 1,000,000 characters and says what was left out', async ({ page }) => {
  const checker = await openChecker(page);
  const draft = checker.getByLabel('Your draft');
  await paste(page, 'Fresh bread daily. '.repeat(530_000).slice(0, 10_000_000));
  await expect(draft).toHaveAccessibleDescription(/the last 9,000,000 characters of the paste were left out/);
  expect(await draft.evaluate((box: HTMLTextAreaElement) => box.value.length)).toBe(1_000_000);
  await expect(draft).toHaveAccessibleDescription(/1,000,000 of 2,200 characters/);
});

test('the draft and its platform survive a reload exactly, and Clear draft empties it for good', async ({
  page,
}) => {
  const checker = await openChecker(page);
  const text = '  Cardamom buns are back\u200B this Saturday.\n\nOrder by Friday!  ';
  await checker.getByLabel('Where will you post it?').selectOption('x');
  await checker.getByLabel('Your draft').fill(text);
  await expect(checker.getByText('Your draft is kept in this browser only')).toBeVisible();
  await expect(checker.getByRole('status')).not.toHaveText('');
  await page.reload();
  await waitForIslands(page);
  await expect(checker.getByLabel('Your draft')).toHaveValue(text);
  await expect(checker.getByLabel('Where will you post it?')).toHaveValue('x');

  await checker.getByRole('button', { name: 'Clear draft' }).click();
  await expect(checker.getByLabel('Your draft')).toHaveValue('');
  await page.reload();
  await waitForIslands(page);
  await expect(checker.getByLabel('Your draft')).toHaveValue('');
  await expect(checker.getByText('Nothing to check yet.')).toBeVisible();
});

test('a stored draft someone tampered with is ignored, never run', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'real-reach:draft',
      JSON.stringify({ version: 1, value: { text: '<img src=x onerror=alert(1)>', platform: 'myspace' } }),
    ),
  );
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  const checker = await openChecker(page);
  await expect(checker.getByLabel('Your draft')).toHaveValue('');
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

const TAMED_ZALGO = `Z${'\u0301'.repeat(30)}`;
const RESTORED_MARKS =
  /From the text kept in this browser, 199,969 accent marks stacked on single letters were left out/;
const RESTORED_CHARS =
  /From the text kept in this browser, the last 999,800 characters of it were left out, since a field here keeps at most 200 characters/;

/** Stores `entries` (key, value) as the page stores them, then reloads: the stall measures run from the reload on. */
async function reloadWithStored(page: Page, entries: readonly (readonly unknown[])[]): Promise<void> {
  await page.evaluate((entries) => {
    for (const [key, value] of entries)
      localStorage.setItem(String(key), JSON.stringify({ version: 1, value }));
  }, entries);
  await page.reload();
  await waitForIslands(page);
}

test('a stored comparator account of “Zalgo” text and 1 MB comes back tamed, with a note by each field, without a stall', async ({
  page,
}) => {
  await page.goto('/tools/audience-comparator/');
  await reloadWithStored(page, STORED_HOSTILE.comparator);
  const comparator = page.getByRole('region', { name: 'Audience comparator' });
  const name = comparator.getByLabel('Name').first();
  await expect(name).toHaveValue(TAMED_ZALGO);
  await expect(name).toHaveAccessibleDescription(RESTORED_MARKS);
  const followers = comparator.getByLabel('Followers', { exact: true }).first();
  await expect(followers).toHaveValue('9'.repeat(200));
  await expect(followers).toHaveAccessibleDescription(RESTORED_CHARS);
  await expect(comparator.getByLabel('Followers', { exact: true }).last()).toHaveValue('2,400');
  await expectNoStall(page, 'stored comparator of Zalgo and 1 MB restored');
});

test('a stored quick check of 1 MB and “Zalgo” text comes back tamed, with a note by each field, without a stall', async ({
  page,
}) => {
  await page.goto('/tools/fake-follower-estimator/');
  await reloadWithStored(page, STORED_HOSTILE.quick);
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  const followers = tool.getByLabel('Followers', { exact: true });
  await expect(followers).toHaveValue('9'.repeat(200));
  await expect(followers).toHaveAccessibleDescription(RESTORED_CHARS);
  const likes = tool.getByLabel('Average likes per post');
  await expect(likes).toHaveValue(TAMED_ZALGO);
  await expect(likes).toHaveAccessibleDescription(RESTORED_MARKS);
  await expect(tool.getByLabel('Average comments per post')).toHaveValue('3');
  const bought = tool.getByLabel('Followers to imagine buying');
  await expect(bought).toHaveValue('9'.repeat(200));
  await expect(bought).toHaveAccessibleDescription(RESTORED_CHARS);
  await expectNoStall(page, 'stored quick check of 1 MB and Zalgo restored');
});
