// npm run bench:estimator (also part of npm run bench): how the estimator does on accounts held out from the
// fit. For each platform and its headline sets of columns, each fold is fitted on its training accounts and
// audits of known mix (0 to 90% bought, 100 to 5,000 rows) are simulated from the accounts it held out; the
// table gives how often the 95% interval held the truth, the mean error and the median width, with the fold's
// held-out error rates beside them. A fresh simulation, with more samples than the committed figures.
import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { printTable } from './lib/table.mjs';

const SAMPLES = 2000;
const percent = (share) => `${(100 * share).toFixed(1)}%`;
const rates = (counts) => counts.map((c) => `${c.source} ${percent(c.hits / c.n)}`).join(', ');

export async function estimatorFigures(root = process.cwd()) {
  const load = async (path) => (await runnerImport(`${root}/${path}`)).module;
  const { heldOutChecks } = await load('src/lib/calibration/calibrate.ts');
  const { simulateCoverage } = await load('src/lib/calibration/coverage.ts');
  const { CALIBRATION } = await load('src/lib/calibration/calibration.generated.ts');
  const { headlineTiers } = await load('src/lib/calibration/headline.ts');
  const cresci = readFileSync(`${root}/data/calibration/twitter-cresci2015.csv`, 'utf8');
  const instafake = readFileSync(`${root}/data/calibration/instagram-instafake.csv`, 'utf8');
  const rows = [];
  for (const platform of ['x', 'instagram', 'any']) {
    for (const tier of headlineTiers(CALIBRATION.platforms[platform].tiers)) {
      const checks = heldOutChecks(platform, cresci, instafake, tier);
      checks.forEach((check, f) => {
        const result = simulateCoverage(check.rates, check.verdicts, { samples: SAMPLES, seed: 7919 + f });
        const heldOut = tier.heldOut[f];
        rows.push({ platform, fields: tier.fields.join(', '), fold: check.fold, heldOut, ...result });
      });
    }
  }
  return rows;
}

export function printEstimatorFigures(rows) {
  printTable(
    `Estimator on held-out accounts: ${SAMPLES.toLocaleString('en-GB')} simulated audits per fold (target: coverage at least 93%, mean error under 5 points)`,
    [
      'platform',
      'columns',
      'fold',
      'held out: caught',
      'held out: people flagged',
      'coverage',
      'mean error',
      'median width',
    ],
    rows.map((row) => [
      row.platform,
      row.fields,
      row.fold,
      rates(row.heldOut.tested.bought),
      rates(row.heldOut.tested.people),
      percent(row.coverage),
      percent(row.meanAbsoluteError),
      percent(row.medianWidth),
    ]),
  );
}

if (import.meta.main) printEstimatorFigures(await estimatorFigures());
