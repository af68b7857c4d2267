// npm run bench:estimator (also part of npm run bench): how the sample audit does on populations it never saw.
//   Per population: how often the check flags the real people of each labelled population and catches the bought
//   accounts of each seller, with 95% intervals, and what it allows for a population never measured.
//   Automatic range: every population of people paired with every seller, both held out of the fit; audits of
//   known mix (0 to 90% bought, 100 to 5,000 rows) drawn from the pair: coverage, mean error, median width.
//   Hand check: on the same pairs, an owner who catches 90% of bought accounts and mistakes 3% of people answers
//   20 accounts at a time, drawn as the tool draws them: coverage and width after 20, 40, 80 and 100 accounts.
//   Spot-check: owners at each corner of the assumed error rates and in the middle, true shares 0 to 50%:
//   coverage, mean error and median width of the likely range after 42 and 97 accounts.
// The same procedure as `npm run calibrate`, with more audits and other seeds than the committed figures.
import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { printTable } from './lib/table.mjs';

const AUDITS_PER_PAIR = 1000;
const HAND_AUDITS_PER_PAIR = 100;
const SPOT_SAMPLES = 2000;
const percent = (share) => `${(100 * share).toFixed(1)}%`;
const points = (share) => `${(100 * share).toFixed(1)} pts`;

export async function estimatorFigures(root = process.cwd()) {
  const load = async (path) => (await runnerImport(`${root}/${path}`)).module;
  const { HAND_CHECK_OWNERS, handCheckFigures, heldOutPairs, heldOutTier } = await load(
    'src/lib/estimator/calibration/calibrate.ts',
  );
  const { fullTier, populationTable } = await load('src/lib/estimator/calibration/report.ts');
  const { CALIBRATION } = await load('src/lib/estimator/calibration/calibration.generated.ts');
  const { DATA_SETS, sourceName } = await load('src/lib/estimator/calibration/sources.ts');
  const files = Object.fromEntries(
    DATA_SETS.map((set) => [set.id, readFileSync(`${root}/data/calibration/${set.file}`, 'utf8')]),
  );

  const full = fullTier();
  const populations = ['people', 'bought'].flatMap((kind) => {
    const { rows, unseen } = populationTable(full, kind);
    return [
      ...rows.map(({ source, count }) => ({ kind, population: source.name, n: count.n, ...count })),
      { kind, population: 'one never measured (likely range)', rate: unseen.typical, ...unseen },
    ];
  });
  const foldsByTier = heldOutPairs(
    files,
    CALIBRATION.tiers.map((tier) => tier.fields),
  );
  const named = (held) => ({
    ...held,
    folds: held.folds.map((fold) => ({
      ...fold,
      people: sourceName(fold.people),
      bought: sourceName(fold.bought),
    })),
  });
  const dataSets = CALIBRATION.tiers.map((tier, t) => ({
    ...named(heldOutTier(tier.fields, foldsByTier[t].dataSets, AUDITS_PER_PAIR * 4, 6007)),
    fields: tier.fields.join(', '),
  }));
  const automatic = CALIBRATION.tiers.map((tier, t) => ({
    ...named(heldOutTier(tier.fields, foldsByTier[t].pairs, AUDITS_PER_PAIR, 7919)),
    fields: tier.fields.join(', '),
  }));
  const fullFolds =
    foldsByTier[CALIBRATION.tiers.findIndex((tier) => tier.fields.join() === full.fields.join())];
  const hand = HAND_CHECK_OWNERS.map((owner) => ({
    owner,
    results: handCheckFigures(fullFolds.pairs, owner, HAND_AUDITS_PER_PAIR, 104_729),
  }));
  const { handCheckCoverage, SPOT_COVERAGE_SETTINGS } = await load('src/lib/estimator/hand/coverage.ts');
  const spot = handCheckCoverage({ ...SPOT_COVERAGE_SETTINGS, samples: SPOT_SAMPLES, seed: 31_337 });
  return { populations, dataSets, automatic, hand, spot };
}

export function printEstimatorFigures({ populations, dataSets, automatic, hand, spot }) {
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
    `Automatic likely range, each data set left out whole, its people with each of its sellers: ${(AUDITS_PER_PAIR * 4).toLocaleString('en-GB')} audits per pair (target: coverage about 95%)`,
    ['columns', 'people', 'seller', 'coverage', 'mean error', 'median width'],
    dataSets.flatMap((row) => [
      ...row.folds.map((fold) => [
        row.fields,
        fold.people,
        fold.bought,
        percent(fold.coverage),
        points(fold.meanAbsoluteError),
        points(fold.medianWidth),
      ]),
      [
        row.fields,
        'all',
        'all',
        percent(row.coverage),
        points(row.meanAbsoluteError),
        points(row.medianWidth),
      ],
    ]),
  );
  for (const row of [
    ...dataSets.map((r) => ({ ...r, by: 'data set' })),
    ...automatic.map((r) => ({ ...r, by: 'pair' })),
  ])
    console.log(
      `\nCoverage by share bought, ${row.fields}, ${row.by} left out: ${row.byMix.map((c, mix) => `${mix * 10}% ${percent(c)}`).join(', ')}`,
    );
  printTable(
    `Automatic likely range, one population of people and one seller held out at a time: ${AUDITS_PER_PAIR.toLocaleString('en-GB')} audits per pair (target: coverage at least 90%)`,
    ['columns', 'pairs with an estimate', 'audits', 'coverage', 'mean error', 'median width'],
    automatic.map((row) => [
      row.fields,
      `${row.folds.length} of ${row.folds.length + row.withoutEstimate.length}`,
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
        percent(fold.tested.people.rate),
        percent(fold.tested.bought.rate),
        percent(fold.coverage),
        points(fold.meanAbsoluteError),
        points(fold.medianWidth),
      ]),
    );
  for (const { owner, results } of hand)
    printTable(
      `Hand check on the same pairs by an owner who catches ${percent(owner.sensitivity)} of bought accounts and mistakes ${percent(owner.falsePositiveRate)} of people: ${HAND_AUDITS_PER_PAIR} audits per pair (target at 80 accounts, for the first owner: coverage at least 93% in every population, at most 30 points wide)`,
      [
        'accounts checked',
        'audits',
        'coverage',
        'lowest population',
        'mean error',
        'median width',
        'widest pair median',
      ],
      results.map((row) => [
        String(row.accounts),
        row.samples.toLocaleString('en-GB'),
        percent(row.coverage),
        percent(row.lowestPopulationCoverage),
        points(row.meanAbsoluteError),
        points(row.medianWidth),
        points(row.widestMedianWidth),
      ]),
    );
  if (spot) printSpotCheck(spot);
}

/** The spot-check's likely range by owner and true share, one row per cell. */
export function printSpotCheck(spot) {
  printTable(
    `Spot-check and history hand check, simulated: ${SPOT_SAMPLES.toLocaleString('en-GB')} checks per row (target: coverage at least 95% in every row, wherever in the assumed error rates the owner is)`,
    ['accounts', 'true share', 'owner catches', 'owner mistakes', 'coverage', 'mean error', 'median width'],
    spot.map((cell) => [
      String(cell.size),
      percent(cell.share),
      percent(cell.owner.sensitivity),
      percent(cell.owner.falsePositiveRate),
      percent(cell.coverage),
      points(cell.meanAbsoluteError),
      points(cell.medianWidth),
    ]),
  );
}

if (import.meta.main) printEstimatorFigures(await estimatorFigures());
