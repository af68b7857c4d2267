// Benchmarks that need a real browser: first-view JavaScript of tool pages, the sample audit end to end, data
// exports read in the follower history, and the main thread's longest task while hostile exports are read.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { devices } from '@playwright/test';
import { gzipBytes } from './page-weight.mjs';
import { syntheticFollowerCsv } from '../../tests/fixtures/synthetic-followers.mjs';
import { watchRendererMemory } from './browser-memory.mjs';

/** JavaScript (gzip bytes) a phone downloads to show `path` before the reader scrolls or does anything. */
export async function firstViewScriptBytes(browser, origin, path) {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent ?? '')
      .join('\n'),
  );
  const files = await Promise.all(bodies);
  await context.close();
  return {
    files: files.length,
    bytes: files.reduce((sum, body) => sum + gzipBytes(body), 0) + (inline ? gzipBytes(inline) : 0),
  };
}

/** Writes a synthetic follower CSV of `rows` accounts and returns its path. */
export async function writeSyntheticCsv(dir, rows) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `followers-${rows}.csv`);
  const out = createWriteStream(path);
  for (const piece of syntheticFollowerCsv(rows)) {
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

/**
 * The estimator page on a desktop-sized window, hydrated, with `mode` chosen and its file input (labelled
 * `inputLabel`) ready, and the network quiet: the state a person is in once they have found their file.
 */
async function openEstimatorMode(browser, origin, mode, inputLabel) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/tools/fake-follower-estimator/`);
  const tool = page.getByRole('region', { name: 'Fake-follower estimator' });
  await page.waitForFunction(
    () => !document.querySelector('.estimator')?.closest('astro-island')?.hasAttribute('ssr'),
  );
  await tool.getByRole('radio', { name: mode }).check();
  const input = tool.getByLabel(inputLabel);
  await input.waitFor();
  await page.waitForLoadState('networkidle');
  return { context, page, tool, input };
}

/**
 * Starts recording in the page (as `window.__bench`): every main-thread task over 50 ms, the layout shift, the
 * moment the file input at `inputSelector` reports a choice, and the moment every one of `shownSelectors`
 * first matches, which is when the result is on screen.
 */
async function watchChoice(page, inputSelector, shownSelectors) {
  await page.evaluate(
    ([inputSelector, shownSelectors]) => {
      const state = { chosenAt: 0, shownAt: 0, longTasks: [], shift: 0 };
      window.__bench = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          state.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask' });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.shift += entry.value;
      }).observe({ type: 'layout-shift' });
      document
        .querySelector(inputSelector)
        .addEventListener('change', () => (state.chosenAt = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (!state.shownAt && shownSelectors.every((selector) => document.querySelector(selector)))
          state.shownAt = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    [inputSelector, shownSelectors],
  );
}

/** From choice to result, as `watchChoice` recorded it: the seconds, and the long tasks in between. */
function choiceTiming(result, file) {
  const during = result.longTasks.filter(
    (task) => task.start >= result.chosenAt && task.start <= result.shownAt,
  );
  return {
    megabytes: statSync(file).size / 1_000_000,
    seconds: (result.shownAt - result.chosenAt) / 1000,
    longTasks: during.length,
    longestTaskMs: Math.round(Math.max(0, ...during.map((task) => task.duration))),
  };
}

/**
 * Audits `file` in the estimator page, timing from the moment the file input reports the choice to the
 * moment the estimate is on screen, and recording every main-thread task over 50 ms in between. The panel
 * has been open until its code (and the worker it starts) has loaded, as it has by the time a person has
 * found the file.
 */
export async function timeAudit(browser, origin, file) {
  const { context, page, tool, input } = await openEstimatorMode(
    browser,
    origin,
    'Sample audit',
    'Choose a CSV file of follower profiles',
  );
  await watchChoice(page, 'input[type=file]', ['.estimator output.figure-value']);
  await input.setInputFiles(file);
  const estimate = tool.getByRole('status', { name: 'Likely range of fake followers' });
  await estimate.waitFor({ timeout: 120_000 });
  const shown = await tool.getByText(/^Scored [\d,]+ of [\d,]+ rows/).textContent();
  const result = await page.evaluate(() => window.__bench);
  await context.close();
  return { ...choiceTiming(result, file), shown: shown?.trim() ?? '' };
}

/**
 * Resident memory (MB) of the largest of Chromium's page renderers: the page and its dedicated workers run
 * in one such process, and while a large export is read it is by far the largest. Chromium's own interface
 * renderer is left out. Meant for the benchmark, where the one browser running is the one measured.
 */
function pageRendererMegabytes() {
  let table;
  try {
    table = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' });
  } catch {
    return Number.NaN;
  }
  let largest = 0;
  for (const line of table.trim().split('\n')) {
    const [rss, ...rest] = line.trim().split(/\s+/);
    const args = rest.join(' ');
    if (args.includes('--type=renderer') && !args.includes('--top-chrome-webui'))
      largest = Math.max(largest, Number(rss));
  }
  return largest / 1024;
}

/** The follower history's file input, by its label. */
const EXPORT_INPUT = 'Choose your export (ZIP, JSON, HTML, TXT or JS)';

/**
 * Reads a data export in the estimator's follower-history mode, timing from the moment the file input
 * reports the choice to the moment the chart is drawn and a sample can be drawn, with the main thread's
 * long tasks and the page renderer's peak memory (page and worker) meanwhile.
 */
export async function timeExportRead(browser, origin, file) {
  const { context, page, tool, input } = await openEstimatorMode(
    browser,
    origin,
    'Follower history',
    EXPORT_INPUT,
  );
  await watchChoice(page, '.follower-history input[type=file]', [
    '.arrival-chart svg',
    '.name-sample button.primary:not([disabled])',
  ]);
  const baseline = pageRendererMegabytes();
  let peak = baseline;
  const poll = setInterval(() => (peak = Math.max(peak, pageRendererMegabytes())), 50);
  await input.setInputFiles(file);
  await tool
    .getByRole('button', { name: /^Pick [\d,]+ Instagram followers to check$/ })
    .waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => window.__bench.shownAt > 0);
  clearInterval(poll);
  const shown = await tool.getByText(/lists [\d,]+ followers/).textContent();
  const result = await page.evaluate(() => window.__bench);
  await context.close();
  return {
    ...choiceTiming(result, file),
    shown: shown?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '',
    layoutShift: Number(result.shift.toFixed(4)),
    baselineMegabytes: Math.round(baseline),
    peakMegabytes: Math.round(peak),
  };
}

/**
 * Two exports of one account chosen together in the follower history: both read on their own and compared.
 * Timed from the choice to the comparison on screen, with the main thread's long tasks and the page
 * renderer's peak memory (page and worker) meanwhile.
 */
export async function timeExportCompare(browser, origin, files) {
  const { context, page, tool, input } = await openEstimatorMode(
    browser,
    origin,
    'Follower history',
    EXPORT_INPUT,
  );
  await watchChoice(page, '.follower-history input[type=file]', ['.export-comparison h4']);
  const baseline = pageRendererMegabytes();
  let peak = baseline;
  const poll = setInterval(() => (peak = Math.max(peak, pageRendererMegabytes())), 50);
  await input.setInputFiles(files);
  await tool.getByRole('heading', { name: /^What changed between/ }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => window.__bench.shownAt > 0);
  clearInterval(poll);
  const shown = await tool.locator('.export-comparison h4 + p').textContent();
  const result = await page.evaluate(() => window.__bench);
  await context.close();
  return {
    ...choiceTiming(result, files[0]),
    megabytes: files.reduce((sum, file) => sum + statSync(file).size, 0) / 1_000_000,
    shown: shown?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '',
    baselineMegabytes: Math.round(baseline),
    peakMegabytes: Math.round(peak),
  };
}

/** Trace categories that hold every task a thread runs (RunTask), the threads' names and the page's process. */
const TASK_TRACE = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * The longest task on `page`'s main thread while `act` runs, in ms, from a Chromium trace of every task the
 * thread ran (RunTask events, as Lighthouse reads them). The Long Tasks API the browser tests read reports
 * only tasks over 50 ms, so it cannot say how far under the goal a page stays; the trace can. The page's
 * workers run on threads of their own and are left out. Tracing costs the page a little, so the figure errs
 * high.
 */
export async function longestMainThreadTask(browser, page, act) {
  await browser.startTracing(page, { categories: TASK_TRACE });
  let trace;
  try {
    await act();
  } finally {
    trace = await browser.stopTracing();
  }
  const events = JSON.parse(trace.toString('utf8')).traceEvents;
  const url = page.url();
  const pid = events
    .filter((event) => event.name === 'TracingStartedInBrowser')
    .flatMap((event) => event.args?.data?.frames ?? [])
    .find((frame) => frame.url === url && (frame.isOutermostMainFrame ?? !frame.parent))?.processId;
  const main = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.pid === pid &&
      event.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error(`The trace has no main thread for ${url}`);
  let longest = 0;
  for (const event of events)
    if (event.ph === 'X' && event.name === 'RunTask' && event.pid === main.pid && event.tid === main.tid)
      longest = Math.max(longest, event.dur);
  return longest / 1000;
}

/**
 * Chooses the files at `paths` in the estimator's follower history, as tests/e2e/hostile-exports.spec.ts
 * does (two or more are made into files first, then chosen one after another in one task), and waits for
 * the history to say `shows`, then half a second for what follows. Returns the main thread's longest task
 * from the choice on and the time to the answer, in ms, and the renderers' memory before and at its peak
 * (scripts/lib/browser-memory.mjs), in bytes.
 */
export async function timeHostileExport(browser, origin, paths, shows) {
  const { context, page, tool, input } = await openEstimatorMode(
    browser,
    origin,
    'Follower history',
    EXPORT_INPUT,
  );
  try {
    if (paths.length > 1) {
      const files = paths.map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }));
      await page.evaluate((files) => {
        window.__chosen = files.map(({ name, text }) => new File([text], name));
      }, files);
    }
    const memory = await watchRendererMemory(browser);
    const beforeBytes = await memory.now();
    let answerMs = 0;
    let longestMs = 0;
    let peakBytes = 0;
    try {
      longestMs = await longestMainThreadTask(browser, page, async () => {
        const started = performance.now();
        if (paths.length === 1) await input.setInputFiles(paths[0]);
        else
          await page.evaluate(() => {
            const input = document.querySelector('.follower-history input[type=file]');
            for (const file of window.__chosen) {
              const files = new DataTransfer();
              files.items.add(file);
              input.files = files.files;
              input.dispatchEvent(new Event('change', { bubbles: true }));
            }
          });
        await tool.locator('.follower-history', { hasText: shows }).waitFor({ timeout: 120_000 });
        answerMs = performance.now() - started;
        await page.waitForTimeout(500);
      });
    } finally {
      peakBytes = await memory.stop();
    }
    return { longestMs, answerMs, beforeBytes, peakBytes };
  } finally {
    await context.close();
  }
}

/** A 10 ms timer heartbeat keeping its longest gap in `window.__gap`. */
function startHeartbeat() {
  window.__gap = 0;
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    window.__gap = Math.max(window.__gap, now - last);
    last = now;
    setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
}

/**
 * Puts `text` into a text box as tests/e2e/hostile-text.spec.ts does: on `path`, in the estimator's follower
 * history when `history` is set, pasted (a clipboard event) or dropped (a real drag with the mouse) into the
 * box at `box`, or (`how` 'restore') keeps `stored` in local storage as the page keeps it and reloads, with the
 * heartbeat running from the reload's first script; and waits for `shows` to be on the page. Returns the longest main-thread task (from a trace),
 * the longest gap in a 10 ms timer heartbeat, which also sees the browser laying out the box, and the page's
 * JavaScript heap after, in MB (Chromium's own count for this page, so other browsers on the machine do not
 * add to it).
 */
export async function timeHostileText(browser, origin, { path, history, box, text, how, shows, stored }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${path}`);
    const hydrated = (selector) =>
      page.waitForFunction(
        (selector) => !document.querySelector(selector)?.closest('astro-island')?.hasAttribute('ssr'),
        selector,
      );
    if (history) {
      await hydrated('.estimator');
      await page.getByRole('radio', { name: 'Follower history' }).check();
    }
    await page.locator(box).scrollIntoViewIfNeeded();
    await hydrated(box);
    await page.waitForLoadState('networkidle');
    if (how === 'restore') {
      await page.evaluate((stored) => {
        for (const [key, value] of stored) localStorage.setItem(key, JSON.stringify({ version: 1, value }));
      }, stored);
      await page.addInitScript(startHeartbeat);
    } else await page.evaluate(startHeartbeat);
    await page.evaluate((text) => {
      window.__text = text;
      const source = document.createElement('p');
      source.id = 'drag-source';
      source.draggable = true;
      source.textContent = 'Drag me';
      source.addEventListener('dragstart', (event) => event.dataTransfer.setData('text/plain', text));
      document.body.prepend(source);
    }, text);
    await page.waitForTimeout(200);
    if (how !== 'restore') await page.evaluate(() => (window.__gap = 0));
    const longestMs = await longestMainThreadTask(browser, page, async () => {
      if (how === 'restore') await page.reload();
      else if (how === 'drop') await page.locator('#drag-source').dragTo(page.locator(box));
      else
        await page.evaluate((box) => {
          const target = document.querySelector(box);
          target.focus();
          const clipboardData = new DataTransfer();
          clipboardData.setData('text/plain', window.__text);
          target.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
          );
        }, box);
      await page.getByText(shows).first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(500);
    });
    const gapMs = await page.evaluate(() => window.__gap);
    await page.evaluate(() => (window.__text = ''));
    const session = await context.newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return { longestMs, gapMs, heapMb: heap / 1024 / 1024 };
  } finally {
    await context.close();
  }
}
