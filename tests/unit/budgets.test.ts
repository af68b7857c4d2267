import { describe, expect, it } from 'vitest';
import { budgetFailures, describeFailure, stableName } from '../../scripts/lib/budgets.mjs';

const weight = {
  page: '/tools/quiz/',
  html: 9000,
  css: 2000,
  js: 21000,
  files: [
    { path: '/tools/quiz/', kind: 'html', bytes: 40000, gzip: 9000 },
    { path: '/_astro/preact.module.Bl7PEaKa.js', kind: 'js', bytes: 11000, gzip: 4400 },
    { path: '/_astro/Quiz.C2XKf3Mz.js', kind: 'js', bytes: 40000, gzip: 15700 },
  ],
};
const budget = { type: 'quiz', path: '/tools/quiz/', html: 10000, css: 3000, js: 20000, scriptFiles: 2 };

describe('budgetFailures', () => {
  it('passes a page within every limit', () => {
    expect(budgetFailures({ ...budget, js: 21000 }, weight)).toEqual([]);
  });

  it('names the page, the limit and the files of that kind, biggest first', () => {
    const [failure, ...rest] = budgetFailures(budget, weight);
    expect(rest).toEqual([]);
    expect(failure).toMatchObject({ page: '/tools/quiz/', metric: 'js', measured: 21000, budget: 20000 });
    expect(failure!.files.map((file: { path: string }) => file.path)).toEqual([
      '/_astro/Quiz.C2XKf3Mz.js',
      '/_astro/preact.module.Bl7PEaKa.js',
    ]);
  });

  it('says which file grew since the last passing build', () => {
    const baseline = { '/_astro/Quiz.js': 14500, '/_astro/preact.module.js': 4400 };
    const message = describeFailure(budgetFailures(budget, weight, baseline)[0]!);
    expect(message).toContain('/tools/quiz/: js is 21000 B gzip, over its budget of 20000 B gzip.');
    expect(message).toContain('grew most: /_astro/Quiz.C2XKf3Mz.js (+1200 B)');
  });

  it('counts script files against their own limit', () => {
    const failures = budgetFailures({ ...budget, js: 30000, scriptFiles: 1 }, weight);
    expect(failures.map((failure) => [failure.metric, failure.measured])).toEqual([['scriptFiles', 2]]);
  });
});

describe('stableName', () => {
  it('drops the content hash Vite puts in built file names', () => {
    expect(stableName('/_astro/SpotCheck.BlUA9HaG.js')).toBe('/_astro/SpotCheck.js');
    expect(stableName('/_astro/audit.worker-CL1inuQB.js')).toBe('/_astro/audit.worker.js');
  });
});
