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
const bait = deck.filter((post) => post.answer === 'scroll').length;
const good = deck.length - bait;

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

/** The recommended answer of the post on screen, found by its text. */
async function answerOnScreen(quiz: Locator): Promise<'click' | 'scroll'> {
  const shown = (await quiz.getByRole('article').innerText()).replace(/\s+/g, ' ');
  const post = deck.find((candidate) => shown.includes(candidate.text.replace(/\s+/g, ' ').trim()));
  if (!post) throw new Error(`No deck post matches: ${shown.slice(0, 80)}`);
  return post.answer;
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

/** Gives the same answer to every post in the deck, by pointer, to reach the review quickly. */
async function answerEveryPost(quiz: Locator, pick: 'I’d click it' | 'I’d scroll past') {
  for (let index = 0; index < deck.length; index++) {
    await quiz.getByRole('button', { name: pick }).click();
    await quiz.getByRole('button', { name: /^(Next post|See your review)$/ }).click();
  }
}

async function startWithKeyboard(page: Page, quiz: Locator, name: string | RegExp) {
  await tabTo(page, quiz.getByRole('button', { name }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText(/^Post 1 of \d+$/)).toBeVisible();
}

test('plays the whole quiz by keyboard, announces feedback, and scores bait and good posts apart', async ({
  page,
}) => {
  const quiz = await openQuiz(page);
  await startWithKeyboard(page, quiz, 'Start the quiz');
  await expectNoAxeViolations(page, 'first post');

  // The first three answers go against the recommendation; the rest follow it.
  const wrongAnswers = [];
  for (let index = 0; index < deck.length; index++) {
    await expect(quiz.getByText(`Post ${index + 1} of ${deck.length}`)).toBeVisible();
    const recommended = await answerOnScreen(quiz);
    if (index < 3) wrongAnswers.push(recommended);
    if (index === 0) {
      // Feedback is announced through a live region the moment a choice is made.
      await tabTo(
        page,
        quiz.getByRole('button', { name: recommended === 'click' ? 'I’d scroll past' : 'I’d click it' }),
      );
      await page.keyboard.press('Enter');
      const feedback = quiz.locator('[aria-live="polite"]');
      await expect(feedback).toContainText('Not this time.');
      await expectNoAxeViolations(page, 'feedback shown');
      await page.keyboard.press('Enter');
      continue;
    }
    await answerWithKeyboard(page, quiz, index >= 3);
  }

  const review = quiz.getByRole('region', { name: 'Your review' });
  await expect(review.getByRole('heading', { name: 'Your review' })).toBeFocused();
  const missedBait = wrongAnswers.filter((answer) => answer === 'scroll').length;
  const missedGood = wrongAnswers.length - missedBait;
  await expect(review.getByRole('definition').first()).toHaveText(`${bait - missedBait} of ${bait}`);
  await expect(review.getByRole('definition').nth(1)).toHaveText(`${good - missedGood} of ${good}`);
  await expect(review).toContainText(`You spotted ${bait - missedBait} of ${bait} bait posts`);
  await expect(review.getByRole('list').last().getByRole('listitem')).toHaveCount(deck.length);
  await expectNoAxeViolations(page, 'review');

  // The filter shows only the missed posts, each with the reader's pick beside the recommended one.
  await tabTo(page, review.getByRole('radio', { name: /Every post/ }));
  await page.keyboard.press('ArrowDown');
  await expect(review.getByRole('radio', { name: /Only the ones I missed \(3\)/ })).toBeChecked();
  const missed = review.getByRole('list').last().getByRole('listitem');
  await expect(missed).toHaveCount(3);
  await expect(missed.first()).toContainText(/Your pick: .*Recommended: /);

  // Retry the ones I missed: three posts, then a review with full marks.
  await tabTo(page, review.getByRole('button', { name: 'Retry the 3 I missed' }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('Retry: post 1 of 3')).toBeVisible();
  for (let index = 0; index < 3; index++) await answerWithKeyboard(page, quiz, true);
  await expect(quiz.getByRole('definition').first()).toHaveText(`${bait} of ${bait}`);
  await expect(quiz.getByRole('definition').nth(1)).toHaveText(`${good} of ${good}`);
  await expect(quiz.getByText('Retry the')).toHaveCount(0);
});

test('scrolling past everything catches all the bait but keeps no good posts, and is told so', async ({
  page,
}) => {
  const quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerEveryPost(quiz, 'I’d scroll past');
  await expect(quiz.getByRole('definition').first()).toHaveText(`${bait} of ${bait}`);
  await expect(quiz.getByRole('definition').nth(1)).toHaveText(`0 of ${good}`);
  await expect(quiz).toContainText('You scrolled past good posts too');
});

test('progress survives a reload, and a challenge link gives a friend the same posts in the same order', async ({
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
  await quiz.getByRole('button', { name: `Continue your quiz (2 of ${deck.length} answered)` }).click();
  await expect(quiz.getByText(`Post 1 of ${deck.length - 2}`)).toBeVisible();
  while (order.length < deck.length) order.push(await answerWithKeyboard(page, quiz, true));

  const review = quiz.getByRole('region', { name: 'Your review' });
  await review.getByRole('button', { name: 'Challenge a friend (copy link)' }).click();
  await expect(review.getByRole('status').filter({ hasText: 'Link copied' }).first()).toBeVisible();
  const challenge = await page.evaluate(() => navigator.clipboard.readText());
  expect(challenge).toMatch(/\/tools\/would-you-click\/\?deck=[0-9a-f]{8}$/);

  const friendContext = await browser.newContext();
  const friend = await friendContext.newPage();
  await friend.goto(challenge);
  await waitForIslands(friend);
  const friendQuiz = friend.getByRole('region', { name: 'Would you click it?' });
  await expect(friendQuiz).toContainText('A friend has challenged you');
  await startWithKeyboard(friend, friendQuiz, 'Take the challenge');
  const friendOrder = [];
  for (let index = 0; index < deck.length; index++)
    friendOrder.push(await answerWithKeyboard(friend, friendQuiz, true));
  expect(friendOrder).toEqual(order);
  await friendContext.close();
});

test('a challenge never replaces the visitor’s own quiz in progress', async ({ page }) => {
  let quiz = await openQuiz(page);
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerWithKeyboard(page, quiz, true);
  const own = await page.evaluate(() => localStorage.getItem('real-reach:quiz'));

  quiz = await openQuiz(page, '?deck=0000abcd');
  await expect(quiz).toContainText('Your own quiz in progress is kept as it is.');
  await quiz.getByRole('button', { name: 'Take the challenge' }).click();
  await answerWithKeyboard(page, quiz, true);
  expect(await page.evaluate(() => localStorage.getItem('real-reach:quiz'))).toBe(own);
});

test('a shared result shows the scores, not the answers, and a damaged link starts afresh with a notice', async ({
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
  expect(link).toMatch(/\?deck=[0-9a-f]{8}&picks=c+&set=[0-9a-f]{8}$/);

  const friendContext = await browser.newContext();
  const friend = await friendContext.newPage();
  await friend.goto(link);
  await waitForIslands(friend);
  const friendQuiz = friend.getByRole('region', { name: 'Would you click it?' });
  await expect(friendQuiz.getByRole('heading', { name: 'A friend’s result' })).toBeVisible();
  await expect(friendQuiz.getByRole('definition').first()).toHaveText(`0 of ${bait}`);
  await expect(friendQuiz.getByRole('definition').nth(1)).toHaveText(`${good} of ${good}`);
  await expect(friendQuiz.getByText(/Recommended:/)).toHaveCount(0);
  await expectNoAxeViolations(friend, 'a friend’s result');
  await friendQuiz.getByRole('button', { name: 'Take the same quiz' }).click();
  await expect(friendQuiz.getByText(`Post 1 of ${deck.length}`)).toBeVisible();
  await friendContext.close();

  quiz = await openQuiz(page, `?deck=0000abcd&picks=${'c'.repeat(deck.length)}&set=ffffffff`);
  await expect(quiz.getByRole('alert')).toContainText('earlier version of the quiz');
  quiz = await openQuiz(page, `?deck=${encodeURIComponent('<script>alert(1)</script>')}`);
  await expect(quiz.getByRole('alert')).toContainText('That quiz link was damaged');
  await expectNoAxeViolations(page, 'damaged link notice');
});

test('saved progress that cannot be read is cleared with a notice', async ({ page }) => {
  // Stored from another page of the site, so no quiz is running to read it first.
  await page.goto('/about/');
  await page.evaluate(() => localStorage.setItem('real-reach:quiz', '{"version":1,"seed":"x"'));
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
  await expect(quiz.getByText(`Post 1 of ${deck.length}`)).toBeVisible();
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
  await expect(quiz.getByText(`Post 1 of ${deck.length}`)).toBeVisible();
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
  await expect(quiz.getByText(`Post 1 of ${deck.length}`)).toBeVisible();
  await answerWithKeyboard(page, quiz, true);
  await expect(quiz.getByText(`Post 2 of ${deck.length}`)).toBeVisible();
});
