// Hostile text in the draft checker: disguised bait, a 1,000,000-character draft, and a reload. Asserts what
// the owner sees, and that no main-thread task hung the page (HANG_MS, Long Tasks API).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HANG_MS, longestTask, resetLongTasks, waitForIslands, watchLongTasks } from './helpers';

test.beforeEach(async ({ page }) => {
  await watchLongTasks(page);
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
  const huge = 'Fresh bread daily from 8am. '.repeat(40_000).slice(0, 1_000_000);
  await draft.fill(huge);
  await expect(draft).toHaveAccessibleDescription(/1,000,000 of 2,200 characters/);
  await expect(draft).toHaveAccessibleDescription(/only the first 100,000 characters were checked/);
  await expect(checker.getByRole('listitem').filter({ hasText: 'Only the start was checked' })).toContainText(
    'This draft is 1,000,000 characters long, so only its first 100,000 were checked.',
  );
  // Typing more at the end: the measure starts after the paste, which is the browser's own work.
  const ours = [await typingCost(page, draft)];
  await expect(draft).toHaveAccessibleDescription(/1,000,005 of 2,200 characters/);

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

/** Pastes `text` at the caret of the draft as the browser would, from a clipboard event. */
async function paste(page: Page, text: string) {
  await page.evaluate((text) => {
    const box = document.querySelector<HTMLTextAreaElement>('.draft-checker textarea')!;
    box.focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

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
