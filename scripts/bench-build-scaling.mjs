// Build scaling: how the cost of `npm run build` grows with the number of guides.
// For each size N, an isolated copy of the project under .tmp/scale/<N>/ gets N synthetic guides in place of
// the real ones and is built the way `npm run build` builds it: `astro build`, then the Pagefind index.
// Prints seconds and milliseconds per page for each size, a least-squares fit time = a + b * pages, and
// whether 1,000 guides build within the target. Nothing in the copy is trimmed: the bench builds the site as it is.
//
//   node scripts/bench-build-scaling.mjs [--sizes=10,100,1000] [--repeats=1] [--keep]
//
// --repeats=3 builds each size three times and keeps the fastest, for a machine other work is using.
// --keep leaves the copies in .tmp/scale/ to inspect; otherwise each is removed once measured.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSyntheticGuides } from '../tests/fixtures/synthetic-guides.mjs';
import { printTable } from './lib/table.mjs';

// The target: 1,000 guides built in under 60 s on the 2-core build machines.
const TARGET = { guides: 1000, seconds: 60 };
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * Gives the copy a node_modules folder of links to the real packages. Not one link to the whole folder:
 * Astro keeps its content data store and asset cache in node_modules/.astro and Vite its files in
 * node_modules/.vite*, so a shared folder would let each size reuse the last one's cache and would write
 * into the cache of whoever builds the real site at the same time.
 */
function linkPackages(root, copy) {
  const packages = join(copy, 'node_modules');
  mkdirSync(packages);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(root, 'node_modules', name), join(packages, name));
  }
}

/** A fresh copy of the project in `copy`, with `count` synthetic guides and none of the real ones. */
export function prepareCopy(root, copy, count) {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(copy, name), { recursive: true });
  linkPackages(root, copy);
  const guides = join(copy, 'src', 'content', 'guides');
  rmSync(guides, { recursive: true, force: true });
  writeSyntheticGuides(guides, count);
}

/** Every HTML page in a built site, leaving out Pagefind's files and Astro's assets. */
export function htmlPages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Least-squares line y = intercept + slope * x through the points, and its R². */
export function linearFit(points) {
  const n = points.length;
  const meanX = points.reduce((sum, { x }) => sum + x, 0) / n;
  const meanY = points.reduce((sum, { y }) => sum + y, 0) / n;
  const sxx = points.reduce((sum, { x }) => sum + (x - meanX) ** 2, 0);
  const sxy = points.reduce((sum, { x, y }) => sum + (x - meanX) * (y - meanY), 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residual = points.reduce((sum, { x, y }) => sum + (y - intercept - slope * x) ** 2, 0);
  const total = points.reduce((sum, { y }) => sum + (y - meanY) ** 2, 0);
  return { intercept, slope, r2: total === 0 ? 1 : 1 - residual / total };
}

/** Wall-clock seconds of a Node CLI from node_modules/.bin, run with this Node in `cwd`. */
function timed(root, cwd, name, args) {
  const start = performance.now();
  execFileSync(process.execPath, [join(root, 'node_modules', '.bin', name), ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return (performance.now() - start) / 1000;
}

/** Builds a fresh copy with `count` guides `repeats` times and returns the fastest build. */
function measure(root, count, repeats, keep) {
  const copy = join(root, '.tmp', 'scale', String(count));
  let fastest;
  for (let round = 0; round < repeats; round += 1) {
    prepareCopy(root, copy, count);
    const load = loadavg()[0];
    const buildSeconds = timed(root, copy, 'astro', ['build', '--silent']);
    const searchSeconds = timed(root, copy, 'pagefind', ['--site', 'dist', '--silent']);
    const totalSeconds = buildSeconds + searchSeconds;
    if (!fastest || totalSeconds < fastest.totalSeconds) {
      fastest = { guides: count, buildSeconds, searchSeconds, totalSeconds, load };
    }
  }
  const pages = htmlPages(join(copy, 'dist')).length;
  if (!keep) rmSync(copy, { recursive: true, force: true });
  return { ...fastest, pages, msPerPage: (fastest.totalSeconds * 1000) / pages };
}

/**
 * Whether build time grows linearly with pages: the least-squares fit total seconds = a + b * pages,
 * the ms per page of the two largest sizes compared, and the cost of each page added between the two
 * largest sizes compared with that between the two smallest (about 1 when growth is linear).
 */
export function linearity(runs) {
  const { intercept, slope, r2 } = linearFit(runs.map((run) => ({ x: run.pages, y: run.totalSeconds })));
  const [first, second] = runs;
  const [before, last] = runs.slice(-2);
  const addedPageMs = (a, b) => ((b.totalSeconds - a.totalSeconds) * 1000) / (b.pages - a.pages);
  const marginal =
    runs.length >= 3
      ? { smallMs: addedPageMs(first, second), largeMs: addedPageMs(before, last) }
      : undefined;
  return {
    fixedSeconds: intercept,
    msPerPage: slope * 1000,
    r2,
    perPageRatio: last.msPerPage / before.msPerPage,
    marginal: marginal && { ...marginal, ratio: marginal.largeMs / marginal.smallMs },
  };
}

function printRuns(runs) {
  printTable(
    `Build time by number of guides (astro build, then pagefind; Node ${process.version}, ${availableParallelism()} cores)`,
    ['guides', 'pages built', 'astro build (s)', 'pagefind (s)', 'total (s)', 'ms per page', 'load average'],
    runs.map((run) => [
      run.guides.toLocaleString('en-GB'),
      run.pages.toLocaleString('en-GB'),
      run.buildSeconds.toFixed(2),
      run.searchSeconds.toFixed(2),
      run.totalSeconds.toFixed(2),
      run.msPerPage.toFixed(1),
      run.load.toFixed(2),
    ]),
  );
}

function printLinearity(runs, fit) {
  const [first, second] = runs;
  const [before, last] = runs.slice(-2);
  const rows = [
    ['fixed cost a (s)', fit.fixedSeconds.toFixed(2)],
    ['cost per page b (ms)', fit.msPerPage.toFixed(1)],
    ['R²', fit.r2.toFixed(4)],
    [`ms per page, ${last.guides} vs ${before.guides} guides`, fit.perPageRatio.toFixed(2)],
  ];
  if (fit.marginal) {
    rows.push(
      [`ms per added page, ${first.guides} to ${second.guides} guides`, fit.marginal.smallMs.toFixed(1)],
      [`ms per added page, ${before.guides} to ${last.guides} guides`, fit.marginal.largeMs.toFixed(1)],
      ['ratio of the two (1 = linear)', fit.marginal.ratio.toFixed(2)],
    );
  }
  printTable('Linearity: least-squares fit of total seconds = a + b × pages', ['figure', 'value'], rows);
}

/**
 * Builds the site with each number of synthetic guides in `sizes`, prints the figures and returns them.
 * With `repeats` above 1, each size is built that many times and the fastest build counts, so that other
 * work on a shared machine does not pass for build cost. `load` is the 1-minute load average as the build began.
 */
export function runBuildScaling({
  sizes = [10, 100, 1000],
  root = process.cwd(),
  repeats = 1,
  keep = false,
} = {}) {
  if (![...sizes, repeats].every((value) => Number.isInteger(value) && value > 0)) {
    throw new Error(
      `Sizes and repeats must be whole numbers above 0 (got sizes ${sizes}, repeats ${repeats})`,
    );
  }
  const runs = [];
  for (const count of [...sizes].sort((a, b) => a - b)) {
    console.log(`Building with ${count.toLocaleString('en-GB')} synthetic guides…`);
    runs.push(measure(root, count, repeats, keep));
  }
  const scale = join(root, '.tmp', 'scale');
  if (!keep && readdirSync(scale).length === 0) rmSync(scale, { recursive: true });
  printRuns(runs);

  const fit = runs.length >= 2 ? linearity(runs) : undefined;
  if (fit) printLinearity(runs, fit);

  const measured = runs.find((run) => run.guides === TARGET.guides);
  const target = measured && {
    ...TARGET,
    totalSeconds: measured.totalSeconds,
    pass: measured.totalSeconds < TARGET.seconds,
  };
  console.log(
    target
      ? `\n${target.pass ? 'PASS' : 'FAIL'}: ${TARGET.guides.toLocaleString('en-GB')} guides built in ` +
          `${target.totalSeconds.toFixed(1)} s (target: under ${TARGET.seconds} s)`
      : `\nTarget not measured: add ${TARGET.guides} to --sizes.`,
  );
  return { runs, fit, target };
}

if (import.meta.main) {
  const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const sizes = option('sizes')?.split(',').map(Number);
  const repeats = Number(option('repeats') ?? 1);
  runBuildScaling({ sizes, repeats, keep: process.argv.includes('--keep') });
}
