// npm run bench: builds the site from scratch and prints what it costs.
//   Build: wall-clock seconds of `astro build` and of the Pagefind index, and the number of pages.
//   Pages: first-view bytes (gzip) of one page of each type: HTML document, CSS and JS.
//   Scaling: the same build with 10, 100 and 1,000 synthetic guides: seconds, ms per page, a linear fit.
//   Tools, in Chromium: JavaScript a phone loads on first view, and a sample audit of 100,000 and
//   1,000,000 synthetic profiles end to end, with the main thread's long tasks meanwhile.
//   Follower history: a 1 GB Instagram export of 500,000 followers read in Chromium: seconds, long tasks,
//   layout shift and the page renderer's peak memory (bench-exports.mjs).
//   Hostile exports: the browser tests' hostile exports (a ZIP bomb, broken JSON, 500,000 followers...) read
//   in Chromium: the main thread's longest task against the 50 ms goal, the time to the answer and the
//   renderers' memory; and the hostile text (Zalgo, 5 MB, 100,000 lines) put into the text boxes: longest task,
//   heartbeat gap and heap (bench-hostile-exports.mjs).
//   Estimator: coverage, mean error and interval width on held-out labelled accounts (bench-estimator.mjs).
//   Quiz forms: the deck's two parallel forms counted side by side on what they are matched on
//   (bench-quiz-forms.mjs).
//   Quiz: how often the retest comparison calls a change for simulated players who did or did not change
//   (bench-quiz.mjs).
// Figures also go to bench-results/bench.json so the README can be brought up to date from them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { htmlPages, runBuildScaling } from './bench-build-scaling.mjs';
import { estimatorFigures, printEstimatorFigures } from './bench-estimator.mjs';
import { exportFigures, printExportFigures } from './bench-exports.mjs';
import {
  hostileExportFigures,
  hostileTextFigures,
  printHostileExportFigures,
  printHostileTextFigures,
} from './bench-hostile-exports.mjs';
import { printQuizFormFigures, quizFormFigures } from './bench-quiz-forms.mjs';
import { printQuizFigures, quizFigures } from './bench-quiz.mjs';
import { firstViewScriptBytes, timeAudit, writeSyntheticCsv } from './lib/bench-browser.mjs';
import { launchChromium, startPreview } from './lib/browser.mjs';
import { pageWeight } from './lib/page-weight.mjs';
import { printTable } from './lib/table.mjs';

const root = process.cwd();
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function timed(command, args) {
  const start = performance.now();
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], cwd: root });
  return (performance.now() - start) / 1000;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

rmSync(dist, { recursive: true, force: true });
console.log('Building the site from scratch…');
const buildSeconds = timed(bin('astro'), ['build', '--silent']);
const searchSeconds = timed(bin('pagefind'), ['--site', 'dist', '--silent']);
const pages = htmlPages(dist).length;

printTable(
  'Build',
  ['step', 'seconds'],
  [
    ['astro build', buildSeconds.toFixed(2)],
    ['pagefind index', searchSeconds.toFixed(2)],
    [`total for ${pages} pages`, (buildSeconds + searchSeconds).toFixed(2)],
  ],
);

console.log('\nBuild scaling: the site rebuilt with 10, 100 and 1,000 synthetic guides…');
const scaling = runBuildScaling({ root });

const PAGE_TYPES = [
  ['home', '/'],
  ['guides index', '/guides/'],
  ['guide', '/guides/follower-count-is-the-wrong-goal/'],
  ['search', '/search/'],
  ['about', '/about/'],
  ['guide with a tool', '/guides/fake-followers-and-fake-likes/'],
  ['estimator', '/tools/fake-follower-estimator/'],
  ['comparator', '/tools/audience-comparator/'],
  ['quiz', '/tools/would-you-click/'],
  ['draft checker', '/tools/draft-checker/'],
];
const weights = PAGE_TYPES.map(([type, path]) => ({ type, ...pageWeight(dist, path) }));
printTable(
  'Page weight, KB gzip: the HTML, its CSS, and all the JS its islands load once scrolled into view',
  ['page', 'path', 'HTML', 'CSS', 'JS', 'script files'],
  weights.map((weight) => [
    weight.type,
    weight.page,
    kb(weight.html),
    kb(weight.css),
    kb(weight.js),
    String(weight.files.filter((file) => file.kind === 'js').length),
  ]),
);

const preview = await startPreview(root, 4390);
const browser = await launchChromium();
let firstView;
let audits;
try {
  const TOOL_PAGES = PAGE_TYPES.filter(([type]) =>
    ['guide with a tool', 'estimator', 'comparator', 'quiz', 'draft checker'].includes(type),
  );
  firstView = [];
  for (const [type, path] of TOOL_PAGES) {
    firstView.push({ type, path, ...(await firstViewScriptBytes(browser, preview.origin, path)) });
  }
  printTable(
    'JavaScript a phone loads on first view, in Chromium (KB gzip; budget 20 KB for tool pages)',
    ['page', 'path', 'JS', 'script files'],
    firstView.map((entry) => [entry.type, entry.path, kb(entry.bytes), String(entry.files)]),
  );

  console.log('\nWriting synthetic follower files…');
  const dir = join(root, '.tmp', 'bench');
  audits = [];
  for (const rows of [100_000, 1_000_000]) {
    const file = await writeSyntheticCsv(dir, rows);
    for (let run = 0; run < 2; run++)
      audits.push({ rows, ...(await timeAudit(browser, preview.origin, file)) });
  }
  printTable(
    'Sample audit in Chromium: file chosen to estimate shown (targets: 0.5 s for 100,000 rows, 2 s for 1,000,000)',
    ['profiles', 'MB', 'seconds', 'main-thread tasks over 50 ms', 'longest task (ms)', 'the page says'],
    audits.map((audit) => [
      audit.rows.toLocaleString('en-GB'),
      audit.megabytes.toFixed(0),
      audit.seconds.toFixed(2),
      String(audit.longTasks),
      String(audit.longestTaskMs),
      audit.shown,
    ]),
  );
} finally {
  await browser.close();
  preview.stop();
}

console.log('\nReading a 1 GB Instagram export of about 500,000 followers in Chromium…');
const exportReads = await exportFigures(root);
printExportFigures(exportReads);

console.log('\nReading the hostile exports of the browser tests in Chromium…');
const hostileExports = await hostileExportFigures(root);
printHostileExportFigures(hostileExports);
console.log('\nPutting the hostile text of the browser tests into the text boxes in Chromium…');
const hostileText = await hostileTextFigures(root);
printHostileTextFigures(hostileText);

console.log('\nSimulating audits on held-out labelled accounts…');
const estimator = await estimatorFigures(root);
printEstimatorFigures(estimator);

const quizForms = await quizFormFigures(root);
printQuizFormFigures(quizForms);
console.log('\nSimulating quiz retests…');
const quiz = await quizFigures(root);
printQuizFigures(quiz);

// The draft checker runs on every pause in typing: vitest's bench times it on drafts of three lengths.
console.log('\nDraft checker (vitest bench; target: a 5,000-character draft in under 5 ms)');
execFileSync(bin('vitest'), ['bench', '--run', 'tests/bench/'], { stdio: 'inherit', cwd: root });

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, buildSeconds, searchSeconds, pages, scaling, weights, firstView, audits, exportReads, hostileExports, hostileText, estimator, quizForms: quizForms.rows, quiz }, null, 2)}\n`,
);
console.log('\nWrote bench-results/bench.json');
