// npm run bench:estimator (also part of npm run bench): how the sample audit does on populations it never saw.
//   Per population: how often the check flags the real people of each labelled population and catches the bought
//   accounts of each seller, with 95% intervals, and what it allows for a population never measured.
//   Automatic range: every population of people paired with every seller, both held out of the fit; audits of
//   known mix (0 to 90% bought, 100 to 5,000 rows) drawn from the pair: coverage, mean error, median width.
//   Hand check: on the same pairs, an owner who catches 90% of bought accounts and mistakes 3% of people answers
//   20 accounts at a time, drawn as the tool draws them: coverage and width after 20, 40, 80 and 100 accounts.
// A fresh simulation, with more audits than the committed figures.
import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { printTable } from './lib/table.mjs';

const AUDITS_PER_PAIR = 1000;
const HAND_AUDITS_PER_PAIR = 100;
const percent = (share) => `${(100 * share).toFixed(1)}%`;
const points = (share) => `${(100 * share).toFixed(1)} pts`;

const summarise = (results) => {
  const samples = results.reduce((sum, r) => sum + r.samples, 0);
  const widths = results.flatMap((r) => r.widths).sort((a, b) => a - b);
  return {
    samples,
    coverage: results.reduce((sum, r) => sum + r.coverage * r.samples, 0) / samples,
    meanAbsoluteError: results.reduce((sum, r) => sum + r.meanAbsoluteError * r.samples, 0) / samples,
    medianWidth: widths[Math.floor(widths.length / 2)],
  };
};

export async function estimatorFigures(root = process.cwd()) {
  const load = async (path) => (await runnerImport(`${root}/${path}`)).module;
  const { heldOutPairs, HAND_CHECK_SIZES, TESTED_OWNER } = await load('src/lib/calibration/calibrate.ts');
  const { simulateCoverage, simulateHandCheck } = await load('src/lib/calibration/coverage.ts');
  const { CALIBRATION } = await load('src/lib/calibration/calibration.generated.ts');
  const { DATA_SETS, SOURCES } = await load('src/lib/calibration/sources.ts');
  const { errorRatesOf } = await load('src/lib/calibration/rates.ts');
  const { HAND_CHECK_RATES } = await load('src/lib/estimator/hand-check.ts');
  const { likelyRate } = await load('src/lib/stats/random-effects.ts');
  const { headlineTiers } = await load('src/lib/calibration/headline.ts');
  const files = Object.fromEntries(
    DATA_SETS.map((set) => [set.id, readFileSync(`${root}/data/calibration/${set.file}`, 'utf8')]),
  );
  const name = (id) => SOURCES.find((source) => source.id === id).name;

  const [full] = headlineTiers(CALIBRATION.tiers);
  const populations = ['people', 'bought'].flatMap((kind) => {
    const counts = kind === 'people' ? full.people : full.bought;
    const unseen = likelyRate(kind === 'people' ? full.falsePositive : full.sensitivity);
    return [
      ...counts.map((count) => ({
        kind,
        population: name(count.source),
        n: count.n,
        rate: count.rate,
        low: count.low,
        high: count.high,
      })),
      {
        kind,
        population: 'one never measured (likely range)',
        rate: unseen.typical,
        low: unseen.low,
        high: unseen.high,
      },
    ];
  });

  const automatic = [];
  let hand;
  for (const tier of CALIBRATION.tiers) {
    const folds = heldOutPairs(files, tier.fields);
    const results = folds.map((fold, f) =>
      simulateCoverage(errorRatesOf(fold.tier), fold.verdicts, { samples: AUDITS_PER_PAIR, seed: 7919 + f }),
    );
    automatic.push({
      fields: tier.fields.join(', '),
      ...summarise(results),
      folds: folds.map((fold, f) => ({
        people: name(fold.people),
        bought: name(fold.bought),
        flagged: fold.verdicts.people.filter(Boolean).length / fold.verdicts.people.length,
        caught: fold.verdicts.bought.filter(Boolean).length / fold.verdicts.bought.length,
        ...summarise([results[f]]),
      })),
    });
    if (tier === full) {
      const perFold = folds.map((fold, f) =>
        simulateHandCheck(
          errorRatesOf(fold.tier),
          HAND_CHECK_RATES,
          TESTED_OWNER,
          fold.verdicts,
          HAND_CHECK_SIZES,
          {
            samples: HAND_AUDITS_PER_PAIR,
            seed: 104_729 + f,
          },
        ),
      );
      hand = HAND_CHECK_SIZES.map((accounts, i) => {
        const atSize = perFold.map((sizes) => sizes[i]);
        const byPeople = [...new Set(folds.map((fold) => fold.people))].map((people) =>
          summarise(atSize.filter((_, f) => folds[f].people === people)),
        );
        const medians = atSize.map((r) => r.widths[Math.floor(r.widths.length / 2)]);
        return {
          accounts,
          ...summarise(atSize),
          lowestPopulationCoverage: Math.min(...byPeople.map((p) => p.coverage)),
          widestMedianWidth: Math.max(...medians),
        };
      });
    }
  }
  return { populations, automatic, hand };
}

export function printEstimatorFigures({ populations, automatic, hand }) {
  printTable(
    'Per population, with every column the check uses: real people wrongly flagged and bought accounts caught (95% intervals)',
    ['kind', 'population', 'accounts', 'rate', '95% interval'],
    populations.map((row) => [
      row.kind === 'people' ? 'people flagged' : 'bought caught',
      row.population,
      row.n === undefined ? '' : row.n.toLocaleString('en-GB'),
      percent(row.rate),
      `${percent(row.low)} to ${percent(row.high)}`,
    ]),
  );
  printTable(
    `Automatic likely range, one population of people and one seller held out at a time: ${AUDITS_PER_PAIR.toLocaleString('en-GB')} audits per pair (target: coverage at least 90%)`,
    ['columns', 'pairs', 'audits', 'coverage', 'mean error', 'median width'],
    automatic.map((row) => [
      row.fields,
      String(row.folds.length),
      row.samples.toLocaleString('en-GB'),
      percent(row.coverage),
      points(row.meanAbsoluteError),
      points(row.medianWidth),
    ]),
  );
  for (const row of automatic)
    printTable(
      `Per held-out pair, ${row.fields}`,
      [
        'people held out',
        'seller held out',
        'people flagged',
        'bought caught',
        'coverage',
        'mean error',
        'median width',
      ],
      row.folds.map((fold) => [
        fold.people,
        fold.bought,
        percent(fold.flagged),
        percent(fold.caught),
        percent(fold.coverage),
        points(fold.meanAbsoluteError),
        points(fold.medianWidth),
      ]),
    );
  printTable(
    `Hand check on the same pairs, an owner who catches 90% of bought accounts and mistakes 3% of people: ${HAND_AUDITS_PER_PAIR} audits per pair (target at 80 accounts: coverage at least 93% in every population, at most 30 points wide)`,
    [
      'accounts checked',
      'audits',
      'coverage',
      'lowest population',
      'mean error',
      'median width',
      'widest pair median',
    ],
    hand.map((row) => [
      String(row.accounts),
      row.samples.toLocaleString('en-GB'),
      percent(row.coverage),
      percent(row.lowestPopulationCoverage),
      points(row.meanAbsoluteError),
      points(row.medianWidth),
      points(row.widestMedianWidth),
    ]),
  );
}

if (import.meta.main) printEstimatorFigures(await estimatorFigures());
