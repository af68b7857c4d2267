// npm run bench: builds the site from scratch and prints what it costs.
//   Build: wall-clock seconds of `astro build` and of the Pagefind index, and the number of pages.
//   Pages: first-view bytes (gzip) of one page of each type: HTML document, CSS and JS.
// Figures also go to bench-results/bench.json so the README can be brought up to date from them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
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

function htmlPages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
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

const PAGE_TYPES = [
  ['home', '/'],
  ['guides index', '/guides/'],
  ['guide', '/guides/fake-followers-and-fake-likes/'],
  ['search', '/search/'],
  ['about', '/about/'],
];
const weights = PAGE_TYPES.map(([type, path]) => ({ type, ...pageWeight(dist, path) }));
printTable(
  'First view, KB gzip (CSS and JS include what is inlined in the HTML)',
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

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, buildSeconds, searchSeconds, pages, weights }, null, 2)}\n`,
);
console.log('\nWrote bench-results/bench.json');
