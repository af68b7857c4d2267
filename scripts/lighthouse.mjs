// npm run lighthouse: Lighthouse (mobile preset, simulated throttling) on every page type of a built site.
//   node scripts/lighthouse.mjs [--dist dist] [--out lighthouse-reports] [--runs N] [--page /path/ ...]
// It builds nothing: it serves the built folder (--dist) on 127.0.0.1, runs Lighthouse `runs` times per page
// in a fresh headless Chromium each time, keeps the median run, and writes its HTML report to <out>/<page>.html,
// a summary to <out>/summary.json, and a table to the console. It exits 1 when a page's median run scores below
// a minimum in lighthouse.config.json `enforce` (accessibility, best practices, SEO), naming the audits to fix.
// Performance is reported, with what holds it below 100, but not enforced.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
// chrome-launcher ships with lighthouse, which uses it in its own CLI; its default flags are the ones
// Lighthouse is calibrated with.
import { launch } from 'chrome-launcher';
import lighthouse, { generateReport } from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs';
import { serveStatic } from './lib/lighthouse-server.mjs';
import {
  medianRun,
  performanceNotes,
  reportSlug,
  runToRunDifferences,
  summarizePage,
  TABLE_HEADER,
  tableRow,
  thresholdFailures,
} from './lib/lighthouse-summary.mjs';
import { printTable } from './lib/table.mjs';

// Lighthouse talks only to the local server; see chromium.mjs for why the flags matter here.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'lighthouse-reports' },
    config: { type: 'string', default: 'lighthouse.config.json' },
    runs: { type: 'string' },
    page: { type: 'string', multiple: true },
  },
});

function stop(message) {
  console.error(message);
  process.exit(1);
}

const config = JSON.parse(readFileSync(options.config, 'utf8'));
const runs = Number(options.runs ?? config.runs);
const pages = config.pages.filter((page) => !options.page || options.page.includes(page.path));
const dist = resolve(options.dist);
const out = resolve(options.out);
if (!existsSync(join(dist, 'index.html'))) {
  stop(`No built site in ${dist}: run npm run build first, or pass --dist <folder>.`);
}
if (!Number.isInteger(runs) || runs < 1) stop(`--runs must be a whole number above 0, not ${options.runs}`);
if (pages.length === 0) stop(`No page in ${options.config} has the path ${options.page?.join(' or ')}`);

async function lighthouseRun(url, settings) {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      ...settings,
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const started = performance.now();
const summaries = [];
try {
  for (const page of pages) {
    const lhrs = [];
    for (let run = 1; run <= runs; run++) {
      const runStarted = performance.now();
      const lhr = await lighthouseRun(new URL(page.path, server.origin).href, page.settings);
      lhrs.push(lhr);
      const score = lhr.categories.performance?.score;
      const seconds = ((performance.now() - runStarted) / 1000).toFixed(1);
      console.log(
        `${page.path} run ${run}/${runs}: performance ${typeof score === 'number' ? Math.round(score * 100) : 'error'} (${seconds} s)`,
      );
    }
    const median = medianRun(lhrs);
    const report = `${reportSlug(page.path)}.html`;
    writeFileSync(join(out, report), generateReport(median, 'html'));
    summaries.push({ ...summarizePage(page, lhrs, median), report });
  }
} finally {
  await server.close();
}
const elapsedSeconds = (performance.now() - started) / 1000;

writeFileSync(
  join(out, 'summary.json'),
  `${JSON.stringify({ runs, enforce: config.enforce, elapsedSeconds, pages: summaries }, null, 2)}\n`,
);
printTable(
  `Lighthouse, mobile, median of ${runs} run${runs === 1 ? '' : 's'} (reports in ${options.out}/)`,
  TABLE_HEADER,
  summaries.map(tableRow),
);
console.log(
  `\n${pages.length} pages x ${runs} runs in ${Math.round(elapsedSeconds)} s (${(elapsedSeconds / (pages.length * runs)).toFixed(1)} s a run)`,
);

const notes = performanceNotes(summaries);
if (notes.length > 0) console.log(`\nPerformance below 100 (reported, not enforced):\n${notes.join('\n')}`);
const warnings = summaries.flatMap((summary) => summary.warnings.map((text) => `${summary.path}: ${text}`));
if (warnings.length > 0) console.log(`\nLighthouse warnings:\n${warnings.join('\n')}`);
const differences = runToRunDifferences(summaries);
if (differences.length > 0) console.log(`\nDifferences between runs:\n${differences.join('\n')}`);
const failures = thresholdFailures(summaries, config.enforce);
if (failures.length > 0) {
  console.error(`\nBelow the minimum in ${options.config}:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`\nEvery page meets the minimum scores in ${options.config}.`);
