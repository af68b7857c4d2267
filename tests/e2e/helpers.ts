import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jargonIn } from '../../src/lib/estimator/plain-answer';
import {
  expect,
  test,
  type APIRequestContext,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

/**
 * Paths of every page in the built sitemap (dist/), read when tests are collected so that each page can
 * be a test of its own. The served sitemap is checked against the site in pages.spec.ts.
 */
export function builtSitemapPaths(): string[] {
  const dist = join(process.cwd(), 'dist');
  const locs = (xml: string) =>
    [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).flatMap((sitemap) =>
    locs(readFileSync(join(dist, sitemap), 'utf8')),
  );
}

/** Paths of every page listed in the sitemap, read the way a search engine reads them. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
  }
  return paths;
}

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Records console errors (CSP violations among them), uncaught errors and requests to other origins. */
export function watchForProblems(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('Content Security Policy')) {
      problems.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      problems.foreignRequests.push(url.href);
  });
  return problems;
}

/**
 * Hydrates every island on the page and waits for it. Islands load when they scroll into view
 * (client:painted), so each one is brought into view first; the page is left scrolled back to the top.
 */
export async function waitForIslands(page: Page): Promise<void> {
  const count = await page.locator('astro-island').count();
  // Islands start once the page has painted and each is in view (client:painted): bring the next one that has
  // not started into view until none is left, however late the island runtime arrives.
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('astro-island[ssr]');
      // An island is display: contents, with no box of its own to scroll to: its first child has one.
      (waiting?.firstElementChild ?? waiting)?.scrollIntoView({ block: 'center' });
      return waiting === null;
    },
    null,
    { polling: 100 },
  );
  if (count > 0) await page.evaluate(() => window.scrollTo(0, 0));
}

/** The guide paths, as linked from the guides index. */
export async function guidePaths(page: Page): Promise<string[]> {
  await page.goto('/guides/');
  const hrefs = await page
    .locator('main article h2 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return hrefs;
}

declare global {
  interface Window {
    longestTask: number;
  }
}

/** Keeps the longest main-thread task (Long Tasks API) in `window.longestTask`, from the first script on. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.longestTask = Math.max(window.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Starts the measure again, so that what came before (loading, the test's own work) is not counted. */
export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => (window.longestTask = 0));
}

/** The longest main-thread task since the last reset, in ms. */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => window.longestTask);
}

/** Every built page under `dir` (a dist folder), leaving out Pagefind's bundle. */
export function builtPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : builtPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The file in `dir` that serves a site path (without any base), or undefined. */
export function builtFileFor(dir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(dir, decoded, 'index.html')]
    : [join(dir, decoded), join(dir, decoded, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Writes a generated file into the test's own output folder (never committed) and gives its path. */
export function generated(info: TestInfo, name: string, content: string | Buffer): string {
  const path = info.outputPath(name);
  writeFileSync(path, content);
  return path;
}

/**
 * The longest main-thread task the browser tests allow, in ms: a page that stops answering for this long has
 * frozen, and a user notices (a tap or a key with no answer for a fifth of a second). It is not the goal: the
 * goal is no task over 50 ms, and the bench measures that on the same inputs (npm run bench:hostile), where a
 * figure can be read rather than fail a test. Asserted here, 50 ms failed at 84 ms when the machine was busy
 * with other work, with no change to the page.
 */
export const HANG_MS = 200;

/**
 * Asserts that no main-thread task since the last reset hung the page (HANG_MS; the longest is noted in the
 * report), and that at most one worker whose address holds `worker` is alive.
 */
export async function expectResponsive(page: Page, worker: string) {
  const longest = await longestTask(page);
  test.info().annotations.push({ type: 'longest main-thread task (ms)', description: String(longest) });
  expect(longest).toBeLessThan(HANG_MS);
  await expect
    .poll(() => page.workers().filter((candidate) => candidate.url().includes(worker)).length)
    .toBeLessThanOrEqual(1);
}

/**
 * The estimator page, hydrated, in its follower-history mode: the tool and its export chooser, shown. Every
 * spec that reads an export starts here.
 */
export async function openFollowerHistory(page: Page): Promise<{ tool: Locator; input: Locator }> {
  await page.goto('/tools/fake-follower-estimator/');
  await waitForIslands(page);
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  await tool.getByRole('radio', { name: 'Follower history' }).check();
  const input = tool.getByLabel('Choose your export (ZIP, JSON, HTML, TXT or JS)');
  await expect(input).toBeVisible();
  return { tool, input };
}

/**
 * The first sentence of a result, as a bakery owner on a phone reads it: the text of its `.headline`
 * paragraph, which must be visible and free of every term in `JARGON_TERMS`. Returns the sentence, for the
 * spec to compare with what it expects.
 */
export async function plainHeadline(result: Locator): Promise<string> {
  const headline = result.locator('.headline').first();
  await expect(headline).toBeVisible();
  const text = (await headline.innerText()).replace(/\s+/g, ' ').trim();
  expect(jargonIn(text), `jargon in "${text}"`).toEqual([]);
  return text;
}

/** Answers every account in the audit hand check's batch shown: the example's made-up bought names are full of digits. */
export async function answerAuditBatch(tool: Locator): Promise<void> {
  const accounts = tool.getByRole('list', { name: 'Accounts to check by hand' }).getByRole('listitem');
  await expect(accounts).toHaveCount(20);
  for (let i = 0; i < 20; i++) {
    const account = accounts.nth(i);
    const name = (await account.textContent()) ?? '';
    await account.getByLabel(/\d{6,}/.test(name) ? 'Looks fake' : 'Looks like a real person').check();
  }
}
