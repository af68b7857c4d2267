import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { parse } from 'yaml';
import { sitemapPaths, waitForIslands } from './helpers';

const PAGE = '/tools/would-you-click/';

// Several tests answer every post in the deck, twice over; that takes longer than the default 30 s on a busy
// two-core machine.
test.describe.configure({ timeout: 120_000 });
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The deck as written, to know each post's recommended answer from what the card shows.
const deckDir = join(process.cwd(), 'src/content/quiz');
const deck = readdirSync(deckDir)
  .filter((name) => name.endsWith('.yaml'))
  .map(
    (name) =>
      parse(readFileSync(join(deckDir, name), 'utf8')) as {
        text: string;
        answer: 'click' | 'scroll';
        form: 'a' | 'b';
        signal: string;
        explanation: string;
      },
  );
const formA = deck.filter((post) => post.form === 'a');
// A play is one form: its posts, and how many of them are bait and good.
const size = formA.length;
const bait = formA.filter((post) => post.answer === 'scroll').length;
const good = size - bait;

async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((violation) => violation.id),
    state,
  ).toEqual([]);
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

async function openQuiz(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  await waitForIslands(page);
  return page.getByRole('region', { name: 'Would you click it?' });
}

/** The post on screen, found in the deck by its text. */
async function postOnScreen(quiz: Locator): Promise<(typeof deck)[number]> {
  const shown = (await quiz.getByRole('article').innerText()).replace(/\s+/g, ' ');
  const post = deck.find((candidate) => shown.includes(candidate.text.replace(/\s+/g, ' ').trim()));
  if (!post) throw new Error(`No deck post matches: ${shown.slice(0, 80)}`);
  return post;
}

/** The recommended answer of the post on screen. */
async function answerOnScreen(quiz: Locator): Promise<'click' | 'scroll'> {
  return (await postOnScreen(quiz)).answer;
}

/**
 * Answers the post on screen with the keyboard: Tab from the post to the choices, Enter, then Enter on Next.
 * Returns the business name, to compare deck orders.
 */
async function answerWithKeyboard(page: Page, quiz: Locator, right: boolean): Promise<string> {
  const business = (await quiz.getByRole('article').getAttribute('aria-labelledby'))!;
  const name = (await page.locator(`[id="${business}"]`).textContent())!;
  const recommended = await answerOnScreen(quiz);
  const pick = right === (recommended === 'click') ? 'I’d click it' : 'I’d scroll past';
  await tabTo(page, quiz.getByRole('button', { name: pick }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('button', { name: pick })).toHaveAttribute('aria-pressed', 'true');
  await expect(quiz.getByRole('button', { name: /^(Next post|See your review)$/ })).toBeFocused();
  await page.keyboard.press('Enter');
  return name;
}

/** Gives the same answer to every post of a play, by pointer, to reach the review quickly. */
async function answerEveryPost(quiz: Locator, pick: 'I’d click it' | 'I’d scroll past') {
  for (let index = 0; index < size; index++) {
    await quiz.getByRole('button', { name: pick }).click();
    await quiz.getByRole('button', { name: /^(Next post|See your review)$/ }).click();
  }
}

async function startWithKeyboard(page: Page, quiz: Locator, name: string | RegExp) {
  await tabTo(page, quiz.getByRole('button', { name }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText(/^Post 1 of \d+$/)).toBeVisible();
}

test('plays a form by keyboard, explains each post, and reads bait and good posts apart', async ({
  page,
}) => {
  const quiz = await openQuiz(page);
  await startWithKeyboard(page, quiz, 'Start the quiz');
  await expectNoAxeViolations(page, 'first post');

  // The first three answers go against the recommendation; the rest follow it.
  const wrongAnswers = [];
  for (let index = 0; index < size; index++) {
    await expect(quiz.getByText(`Post ${index + 1} of ${size}`)).toBeVisible();
    const post = await postOnScreen(quiz);
    expect(post.form, 'a first play is form A').toBe('a');
    if (index < 3) wrongAnswers.push(post.answer);
    if (index === 0) {
      // Feedback is announced through a live region the moment a choice is made, and names what decides it.
      await tabTo(
        page,
        quiz.getByRole('button', { name: post.answer === 'click' ? 'I’d scroll past' : 'I’d click it' }),
      );
      await page.keyboard.press('Enter');
      const feedback = quiz.locator('[aria-live="polite"]');
      await expect(feedback).toContainText('Not this time.');
      await expect(feedback).toContainText(`What decides it: “${post.signal}”`);
      if (post.answer === 'click') await expect(feedback).toContainText('What made it worth a click:');
      // The deciding words are highlighted in the post itself.
      await expect(quiz.getByRole('article').locator('mark')).toHaveText(post.signal);
      await expectNoAxeViolations(page, 'feedback shown');
      await page.keyboard.press('Enter');
      continue;
    }
    await answerWithKeyboard(page, quiz, index >= 3);
  }

  const review = quiz.getByRole('region', { name: 'Your review: form A' });
  await expect(review.getByRole('heading', { name: 'Your review: form A' })).toBeFocused();
  const missedBait = wrongAnswers.filter((answer) => answer === 'scroll').length;
  const missedGood = wrongAnswers.length - missedBait;
  await expect(review.getByRole('definition').first()).toHaveText(`${bait - missedBait} of ${bait}`);
  await expect(review.getByRole('definition').nth(1)).toHaveText(`${good - missedGood} of ${good}`);
  await expect(review).toContainText(`You caught ${bait - missedBait} of ${bait} bait posts`);
  // The picture reads out the same sentence.
  await expect(
    review.getByRole('img', { name: new RegExp(`^You caught ${bait - missedBait} of ${bait}`) }),
  ).toBeVisible();
  await expect(review).toContainText(/Discernment \(d′\) \d\.\d/);
  await expect(review.getByRole('list').last().getByRole('listitem')).toHaveCount(size);
  await expectNoAxeViolations(page, 'review');

  // The filter shows only the missed posts, each with the reader's pick beside the recommended one.
  await tabTo(page, review.getByRole('radio', { name: /Every post/ }));
  await page.keyboard.press('ArrowDown');
  await expect(review.getByRole('radio', { name: /Only the ones I missed \(3\)/ })).toBeChecked();
  const missed = review.getByRole('list').last().getByRole('listitem');
  await expect(missed).toHaveCount(3);
  await expect(missed.first()).toContainText(/Your pick: .*Recommended: /);

  // Retry the ones I missed: three posts. The figures stay those of the first pass: a retry is practice.
  await tabTo(page, review.getByRole('button', { name: 'Retry the 3 I missed' }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('Retry: post 1 of 3')).toBeVisible();
  for (let index = 0; index < 3; index++) await answerWithKeyboard(page, quiz, true);
  await expect(quiz.getByRole('definition').first()).toHaveText(`${bait - missedBait} of ${bait}`);
  await expect(quiz).toContainText('These figures are from your first pass');
  await expect(quiz.getByText('Retry the')).toHaveCount(0);
});

test('scrolling past everything catches all the bait but is called wary, not choosy', async ({ page }) => {
  const quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerEveryPost(quiz, 'I’d scroll past');
  await expect(quiz.getByRole('definition').first()).toHaveText(`${bait} of ${bait}`);
  await expect(quiz.getByRole('definition').nth(1)).toHaveText(`0 of ${good}`);
  await expect(quiz).toContainText(
    `You caught ${bait} of ${bait} bait posts but also scrolled past ${good} good ones: you are wary, not yet choosy.`,
  );
  await expect(quiz).toContainText('costs you the good ones');
});

test('retest in a week: a calendar file of the day and link only, the other form, and both plays side by side', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-07T10:00:00') });
  let quiz = await openQuiz(page);
  await startWithKeyboard(page, quiz, 'Start the quiz');
  // A first play that scrolls past everything: all the bait, none of the good posts.
  const firstPosts = new Set<string>();
  for (let index = 0; index < size; index++) {
    const post = await postOnScreen(quiz);
    firstPosts.add(post.text);
    await answerWithKeyboard(page, quiz, post.answer === 'scroll');
  }
  const review = quiz.getByRole('region', { name: 'Your review: form A' });
  const retest = review.getByRole('region', { name: 'Retest in a week' });
  await expect(retest).toContainText('form B');

  const download = page.waitForEvent('download');
  await tabTo(page, retest.getByRole('button', { name: 'Add the retest to my calendar' }));
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe('would-you-click-retest.ics');
  const ics = readFileSync((await file.path())!, 'utf8');
  const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  const link = lines.find((line) => line.startsWith('URL:'))!.slice(4);
  expect(new URL(link).pathname).toBe(PAGE);
  expect(new URL(link).search).toBe('?form=b');
  expect(lines).toContain('DTSTART;VALUE=DATE:20261214');
  // Nothing else about the play: no scores, no answers, no time of day it was played.
  const known = /^(BEGIN|END|VERSION|PRODID|CALSCALE|UID|DTSTAMP|DTSTART|SUMMARY|DESCRIPTION|URL)[:;]/;
  expect(lines.filter((line) => !known.test(line))).toEqual([]);
  expect(ics).not.toMatch(/T10|of 10|spotted|kept/);
  await expect(retest.getByRole('status')).toContainText('Monday 14 December');
  await expectNoAxeViolations(page, 'review with the retest offer');

  // A week later, the link from the calendar opens the retest on the posts not seen yet.
  await page.clock.setSystemTime(new Date('2026-12-14T09:00:00'));
  await page.goto(link);
  await waitForIslands(page);
  quiz = page.getByRole('region', { name: 'Would you click it?' });
  await expect(quiz).toContainText('Your retest is ready: form B');
  await startWithKeyboard(page, quiz, 'Take the retest');
  for (let index = 0; index < size; index++) {
    const post = await postOnScreen(quiz);
    expect(post.form, 'a retest shows only the other form').toBe('b');
    expect(firstPosts.has(post.text)).toBe(false);
    await answerWithKeyboard(page, quiz, true);
  }

  const compare = quiz.getByRole('region', { name: 'Your retest beside your first play' });
  await expect(compare.getByRole('columnheader')).toHaveText([
    'Before: form A, 7 Dec',
    'Retest: form B, 14 Dec',
  ]);
  const row = (name: string) => compare.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
  await expect(row('Bait spotted')).toHaveText([`${bait} of ${bait}`, `${bait} of ${bait}`]);
  await expect(row('Good posts kept')).toHaveText([`0 of ${good}`, `${good} of ${good}`]);
  await expect(row('In a word')).toHaveText(['wary, not yet choosy', /^choosy/]);
  await expect(compare).toContainText('Discernment rose, from 0.0 to 3.4');
  await expect(compare.getByRole('img', { name: /^Discernment rose/ })).toBeVisible();
  await expectNoAxeViolations(page, 'side by side');

  // The past plays can be forgotten from the page.
  await quiz.getByRole('button', { name: 'Forget my past plays' }).click();
  expect(await page.evaluate(() => localStorage.getItem('real-reach:quiz-history'))).toBeNull();
});

test('a play history that was tampered with is set aside, and a new play is not compared with it', async ({
  page,
}) => {
  await page.goto('/about/');
  await page.evaluate(() =>
    localStorage.setItem(
      'real-reach:quiz-history',
      JSON.stringify({
        version: 1,
        plays: [
          { form: 'b', day: '2026-12-01', baitCaught: 15, baitAnswered: 10, goodPassed: 0, goodAnswered: 10 },
        ],
      }),
    ),
  );
  const quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(quiz.getByRole('alert')).toContainText(
    'Your past plays kept in this browser could not be read back',
  );
  await answerEveryPost(quiz, 'I’d click it');
  await expect(quiz.getByRole('region', { name: 'Your review: form A' })).toBeVisible();
  await expect(quiz.getByRole('region', { name: 'Your retest beside your first play' })).toHaveCount(0);
  const kept = JSON.parse((await page.evaluate(() => localStorage.getItem('real-reach:quiz-history')))!);
  expect(kept.plays).toHaveLength(1);
  expect(kept.plays[0]).toMatchObject({ form: 'a', baitCaught: 0, goodPassed: 0 });
});

test('progress survives a reload, and a challenge link gives a friend the same posts and the figures to beat', async ({
  page,
  browser,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  let quiz = await openQuiz(page);
  await startWithKeyboard(page, quiz, 'Start the quiz');
  const order = [await answerWithKeyboard(page, quiz, true), await answerWithKeyboard(page, quiz, false)];

  await page.reload();
  quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: `Continue your quiz (2 of ${size} answered)` }).click();
  await expect(quiz.getByText(`Post 1 of ${size - 2}`)).toBeVisible();
  while (order.length < size) order.push(await answerWithKeyboard(page, quiz, true));

  const review = quiz.getByRole('region', { name: 'Your review: form A' });
  await review.getByRole('button', { name: 'Challenge a friend (copy link)' }).click();
  await expect(review.getByRole('status').filter({ hasText: 'Link copied' }).first()).toBeVisible();
  const challenge = await page.evaluate(() => navigator.clipboard.readText());
  expect(challenge).toMatch(
    /\/tools\/would-you-click\/\?form=a&deck=[0-9a-f]{8}&spotted=\d+&bait=\d+&kept=\d+&good=\d+&challenge=1$/,
  );

  const friendContext = await browser.newContext();
  const friend = await friendContext.newPage();
  await friend.goto(challenge);
  await waitForIslands(friend);
  const friendQuiz = friend.getByRole('region', { name: 'Would you click it?' });
  await expect(friendQuiz).toContainText('A friend has challenged you');
  await startWithKeyboard(friend, friendQuiz, 'Take the challenge');
  const friendOrder = [];
  for (let index = 0; index < size; index++)
    friendOrder.push(await answerWithKeyboard(friend, friendQuiz, true));
  expect(friendOrder).toEqual(order);
  const beside = friendQuiz.getByRole('region', { name: 'You and the friend who challenged you' });
  await expect(beside).toContainText(/^.*Your friend caught \d+ of \d+ bait posts/);
  await expect(beside).toContainText(`You caught ${bait} of ${bait} bait posts and kept every good one`);
  await friendContext.close();
});

test('a challenge never replaces the visitor’s own quiz in progress, and a challenge link from before the forms still opens', async ({
  page,
}) => {
  let quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerWithKeyboard(page, quiz, true);
  const own = await page.evaluate(() => localStorage.getItem('real-reach:quiz'));

  quiz = await openQuiz(page, '?deck=0000abcd');
  await expect(quiz).toContainText('Your own quiz in progress is kept as it is.');
  await quiz.getByRole('button', { name: 'Take the challenge' }).click();
  await expect(quiz.getByText(`Post 1 of ${size}`)).toBeVisible();
  await answerWithKeyboard(page, quiz, true);
  expect(await page.evaluate(() => localStorage.getItem('real-reach:quiz'))).toBe(own);
});

test('a shared result shows the figures, not the answers; old links open, and impossible or damaged ones are refused', async ({
  page,
  browser,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  let quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerEveryPost(quiz, 'I’d click it');
  await quiz.getByRole('button', { name: 'Share your result (copy link)' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(
    new RegExp(`\\?form=a&deck=[0-9a-f]{8}&spotted=0&bait=${bait}&kept=${good}&good=${good}$`),
  );

  const friendContext = await browser.newContext();
  const friend = await friendContext.newPage();
  await friend.goto(link);
  await waitForIslands(friend);
  const friendQuiz = friend.getByRole('region', { name: 'Would you click it?' });
  await expect(friendQuiz.getByRole('heading', { name: 'A friend’s result' })).toBeVisible();
  await expect(friendQuiz.getByRole('definition').first()).toHaveText(`0 of ${bait}`);
  await expect(friendQuiz.getByRole('definition').nth(1)).toHaveText(`${good} of ${good}`);
  await expect(friendQuiz).toContainText('Your friend caught 0 of');
  await expect(friendQuiz.getByText(/Recommended:/)).toHaveCount(0);
  await expectNoAxeViolations(friend, 'a friend’s result');
  await friendQuiz.getByRole('button', { name: 'Take the same quiz' }).click();
  await expect(friendQuiz.getByText(`Post 1 of ${size}`)).toBeVisible();

  // A result link made on the first deck of 28 posts, before the forms, still opens with its figures.
  await friend.goto(`${PAGE}?deck=0000abcd&picks=${'s'.repeat(28)}&set=fe547b77`);
  await waitForIslands(friend);
  await expect(friendQuiz.getByRole('heading', { name: 'A friend’s result' })).toBeVisible();
  await expect(friendQuiz).toContainText(
    'Your friend caught 14 of 14 bait posts but also scrolled past 14 good ones',
  );
  await friendContext.close();

  quiz = await openQuiz(page, '?form=a&deck=0000abcd&spotted=15&bait=14&kept=6&good=6');
  await expect(quiz.getByRole('alert')).toContainText(
    'figures can’t be right: it says 15 bait posts were spotted out of 14 shown',
  );
  await expect(quiz.getByRole('heading', { name: 'A friend’s result' })).toHaveCount(0);
  quiz = await openQuiz(page, '?form=a&deck=0000abcd&spotted=-3&bait=10&kept=9&good=10');
  await expect(quiz.getByRole('alert')).toContainText('it has a count below zero');
  quiz = await openQuiz(page, `?deck=0000abcd&picks=${'c'.repeat(28)}&set=ffffffff`);
  await expect(quiz.getByRole('alert')).toContainText('earlier version of the quiz');
  quiz = await openQuiz(page, `?deck=${encodeURIComponent('<script>alert(1)</script>')}`);
  await expect(quiz.getByRole('alert')).toContainText('That quiz link was damaged');
  await expectNoAxeViolations(page, 'damaged link notice');
});

test('saved progress that cannot be read is cleared with a notice', async ({ page }) => {
  // Stored from another page of the site, so no quiz is running to read it first.
  await page.goto('/about/');
  await page.evaluate(() => localStorage.setItem('real-reach:quiz', '{"version":2,"seed":"x"'));
  const quiz = await openQuiz(page);
  await expect(quiz.getByRole('alert')).toContainText('could not be read');
  await expect(quiz.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('real-reach:quiz'))).toBeNull();
});

test('without JavaScript the quiz page explains itself and links to every post with its answer', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const quiz = page.getByRole('region', { name: 'Would you click it?' });
  await expect(quiz.getByText('needs JavaScript')).toBeVisible();
  await expect(quiz.getByRole('button')).toHaveCount(0);
  // The posts themselves are on a page of their own, so this page stays small enough to arrive at once.
  await expect(quiz.getByText('Would you click it? See the answer')).toHaveCount(0);
  await quiz.getByRole('link', { name: `All ${deck.length} posts, with the answers` }).click();
  await expect(page).toHaveURL(/\/tools\/would-you-click\/posts\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`All ${deck.length} posts`);
  await expect(page.getByRole('link', { name: /play the quiz/ })).toHaveAttribute('href', PAGE);
  // The deck comes in two matched forms, a page each: form A here, and a link to form B.
  for (const form of ['a', 'b'] as const) {
    const posts = deck.filter((post) => post.form === form);
    await expect(page.getByRole('heading', { level: 2, name: `Form ${form.toUpperCase()}` })).toBeVisible();
    const items = page.getByRole('listitem').filter({ hasText: 'See the answer' });
    await expect(items).toHaveCount(posts.length);
    const first = items.first();
    await first.getByText('Would you click it? See the answer').click();
    await expect(first.getByText(/^(Click|Scroll past): /)).toBeVisible();
    // The answer quotes the words of the post that decide it; a good post's says what makes it worth a click.
    const decides = await first.getByText(/^What decides it: “.+”$/).innerText();
    expect(posts.map((post) => `What decides it: “${post.signal}”`)).toContain(decides);
    await expect(page.getByText(/^Worth a click: /)).toHaveCount(
      posts.filter((post) => post.answer === 'click').length,
    );
    if (form === 'a') {
      await page.getByRole('link', { name: 'form B is on a page of its own' }).click();
      await expect(page).toHaveURL(/\/tools\/would-you-click\/posts\/b\/$/);
    }
  }
  await context.close();
});

test('the pages of every post, a page a form, are in the sitemap, described, canonical and clean for axe', async ({
  page,
  request,
}) => {
  const sitemap = await sitemapPaths(request);
  const shown: string[] = [];
  for (const [form, path] of [
    ['a', `${PAGE}posts/`],
    ['b', `${PAGE}posts/b/`],
  ] as const) {
    expect(sitemap).toContain(path);
    await page.goto(path);
    await expect(page).toHaveTitle(
      new RegExp(`all ${deck.length} posts, with the answers \\(form ${form.toUpperCase()}\\)`),
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(path);
    const items = page.getByRole('listitem').filter({ hasText: 'See the answer' });
    await expect(items).toHaveCount(deck.filter((post) => post.form === form).length);
    shown.push(...(await items.getByRole('blockquote').allInnerTexts()));
    await expectNoAxeViolations(page, `the posts of form ${form}`);
  }
  // Between them the two pages show every post of the deck once.
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  expect(shown.map(normal).sort()).toEqual(deck.map((post) => normal(post.text)).sort());
});

// A run of plain words from a post's explanation, the same however the HTML escapes quotes and ampersands.
const explanationWords = (post: (typeof deck)[number]) => /[A-Za-z ]{30,}/.exec(post.explanation)![0];
const carriesDeck = (body: string) => deck.every((post) => body.includes(explanationWords(post)));

/** Holds back, or fails, the script that brings the deck's posts, whichever file that is. */
async function interceptDeck(page: Page, action: (route: Route, body: string) => Promise<void>) {
  await page.route(
    (url) => url.pathname.endsWith('.js'),
    async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (carriesDeck(body)) await action(route, body);
      else await route.fulfill({ response, body });
    },
  );
}

test('the quiz pages carry no post in their HTML: the posts load when play starts', async ({
  page,
  request,
}) => {
  for (const path of [PAGE, '/guides/would-you-click-it/']) {
    const html = await (await request.get(path)).text();
    expect(
      deck.filter((post) => html.includes(explanationWords(post))).length,
      `${path} posts in the HTML`,
    ).toBe(0);
  }
  const deckLoads: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script' && carriesDeck(await response.text()))
      deckLoads.push(response.url());
  });
  const quiz = await openQuiz(page);
  await page.waitForLoadState('networkidle');
  expect(deckLoads, 'before Start').toEqual([]);
  await startWithKeyboard(page, quiz, 'Start the quiz');
  await expect.poll(() => deckLoads.length, { message: 'after Start' }).toBe(1);
});

test('Start by keyboard answers at once: while the posts load it says so, then shows the first', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await interceptDeck(page, async (route, body) => {
    await held;
    await route.fulfill({ body, contentType: 'text/javascript' });
  });
  const quiz = await openQuiz(page);
  const start = quiz.getByRole('button', { name: /^(Start the quiz|Loading the posts…)$/ });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(start).toHaveText('Loading the posts…');
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  await expect(start).toBeFocused();
  release();
  await expect(quiz.getByText(`Post 1 of ${size}`)).toBeVisible();
  await expect(quiz.getByRole('article')).toBeVisible();
});

test('posts that cannot load are said to, and Start tries again', async ({ page }) => {
  let fail = true;
  await interceptDeck(page, async (route, body) => {
    if (fail) await route.abort();
    else await route.fulfill({ body, contentType: 'text/javascript' });
  });
  const quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(quiz.getByRole('alert')).toContainText('The posts could not be loaded');
  fail = false;
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(quiz.getByText(`Post 1 of ${size}`)).toBeVisible();
  await expect(quiz.getByRole('alert')).toHaveCount(0);
});

test('posts changed since the page was built are not mixed with it: the reader is asked to reload', async ({
  page,
}) => {
  await interceptDeck(page, async (route, body) => {
    await route.fulfill({ body: body.replace('"id":"', '"id":"renamed-'), contentType: 'text/javascript' });
  });
  const quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(quiz.getByRole('alert')).toContainText('Reload the page');
  await expect(quiz.getByRole('article')).toHaveCount(0);
});

test('the quiz in the guide loads its posts when played', async ({ page }) => {
  await page.goto('/guides/would-you-click-it/');
  await waitForIslands(page);
  const quiz = page.getByRole('region', { name: 'Would you click it?' });
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(quiz.getByText(`Post 1 of ${size}`)).toBeVisible();
  await answerWithKeyboard(page, quiz, true);
  await expect(quiz.getByText(`Post 2 of ${size}`)).toBeVisible();
});
