// npm run budgets: checks the built site in dist/ against budgets.json and fails naming the page and file.
// After a passing run, the per-file sizes are kept in .tmp/budget-baseline.json, so the next failure can
// say which file grew.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetFailures, describeFailure, stableName } from './lib/budgets.mjs';
import { pageWeight } from './lib/page-weight.mjs';
import { printTable } from './lib/table.mjs';

const root = process.cwd();
const dist = join(root, 'dist');
const baselineFile = join(root, '.tmp', 'budget-baseline.json');
const { pages } = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : {};

const results = pages.map((budget) => {
  const weight = pageWeight(dist, budget.path);
  return { budget, weight, failures: budgetFailures(budget, weight, baseline) };
});

const share = (measured, limit) =>
  `${measured} / ${limit} (${Math.round((100 * measured) / Math.max(1, limit))}%)`;
printTable(
  'Byte budgets, gzip bytes used / allowed',
  ['page', 'HTML', 'CSS', 'JS', 'script files'],
  results.map(({ budget, weight }) => [
    budget.type,
    share(weight.html, budget.html),
    share(weight.css, budget.css),
    share(weight.js, budget.js),
    `${weight.files.filter((file) => file.kind === 'js').length} / ${budget.scriptFiles}`,
  ]),
);

const failures = results.flatMap((result) => result.failures);
if (failures.length > 0) {
  console.error(`\n${failures.length} budget${failures.length === 1 ? '' : 's'} exceeded:\n`);
  for (const failure of failures) console.error(`${describeFailure(failure)}\n`);
  process.exit(1);
}

const sizes = Object.fromEntries(
  results
    .flatMap(({ weight }) => weight.files.filter((file) => file.kind !== 'html'))
    .map((file) => [stableName(file.path), file.gzip]),
);
mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(baselineFile, `${JSON.stringify(sizes, null, 2)}\n`);
console.log('\nEvery page is within its budget.');
