import { EXPORT_LIMITS } from '../history/read-export';
import { MAX_GAP_DAYS } from '../history/series';
import { formatCount, formatPercent, formatPoints } from '../numbers/format';
import { BURST_K, BURST_WINDOW, MIN_EXCESS } from '../stats/bursts';
import { likelyRate } from '../stats/random-effects';
import { heldOutOf } from './audit/explain';
import { MIN_ROWS_FOR_ESTIMATE } from './audit/run';
import { CALIBRATION } from './calibration/calibration.generated';
import { fullTier, rateSpan, weakFolds } from './calibration/report';
import { SOURCES } from './calibration/sources';
import { HAND_CHECK_BATCH, MAX_HAND_CHECK } from './hand/audit-check';
import { handCheckCoverage, SPOT_COVERAGE_SETTINGS } from './hand/coverage';

/**
 * What the estimator's page quotes in its how-to and method (src/content/tools/fake-follower-estimator/),
 * worked out from the calibration and the tools' settings. The tables are components in
 * src/components/estimator/method/, the source list and its numbers are in src/data/method-sources.ts.
 */

const { procedure } = CALIBRATION;
const full = fullTier();
const held = heldOutOf(full)!;
const heldSets = heldOutOf(full, 'dataSets')!;
// "0% bought: 100%, 10% bought: 100%, ...": how the coverage changes with the share bought.
const byMixText = (tier: typeof held) =>
  tier.byMix.map((coverage, mix) => `${mix * 10}% bought: ${formatPercent(coverage)}`).join(', ');
const fullRange = { people: likelyRate(full.falsePositive), bought: likelyRate(full.sensitivity) };

// The spot-check's likely range, simulated for owners at every corner of the assumed error rates.
const spotCells = handCheckCoverage(SPOT_COVERAGE_SETTINGS);

/** The figures in the prose, formatted as the page prints them. */
export const METHOD_FIGURES = {
  /** The spot-check's simulation: its lowest coverage in any cell, and its sizes and samples. */
  spotCheck: {
    lowestCoverage: formatPercent(Math.min(...spotCells.map((cell) => cell.coverage)), 3),
    sizes: SPOT_COVERAGE_SETTINGS.sizes.join(' and '),
    samples: formatCount(SPOT_COVERAGE_SETTINGS.samples),
    cells: spotCells.length,
  },
  handCheckBatch: HAND_CHECK_BATCH,
  maxHandCheck: MAX_HAND_CHECK,
  /** The procedure that chooses the signs. */
  minImprovement: formatPercent(procedure.minImprovement),
  fprTarget: formatPercent(procedure.fprTarget),
  minSeparation: Math.round(procedure.minSeparation * 100),
  populations: {
    people: SOURCES.filter((source) => source.kind === 'people').length,
    bought: SOURCES.filter((source) => source.kind === 'bought').length,
  },
  /** The likely range: the worst left-out population, and what the tool allows for one never measured. */
  worstLeftOut: formatPercent(Math.max(...full.leftOut.people.map((count) => count.rate))),
  peopleAllowed: { low: formatPercent(fullRange.people.low), high: formatPercent(fullRange.people.high) },
  boughtLeftOut: rateSpan(full.leftOut.bought),
  boughtAllowed: { low: formatPercent(fullRange.bought.low), high: formatPercent(fullRange.bought.high) },
  minRows: MIN_ROWS_FOR_ESTIMATE,
  /** Held out a whole data set at a time. */
  dataSets: {
    coverage: formatPercent(heldSets.coverage, 3),
    samples: formatCount(heldSets.samples),
    byMix: byMixText(heldSets),
    weak: weakFolds(heldSets).join('; '),
  },
  /** Held out a population and a seller at a time. */
  pairs: {
    coverage: formatPercent(held.coverage, 3),
    samples: formatCount(held.samples),
    width: formatPoints(held.medianWidth),
    error: formatPoints(held.meanAbsoluteError),
  },
  /** Follower history. */
  maxEntryMegabytes: Math.round(EXPORT_LIMITS.maxEntryBytes / 1024 / 1024),
  maxTotalMegabytes: formatCount(Math.round(EXPORT_LIMITS.maxTotalBytes / 1024 / 1024)),
  maxListFiles: formatCount(EXPORT_LIMITS.maxListFiles),
  maxFollowers: formatCount(EXPORT_LIMITS.maxFollowers),
  burstWindow: BURST_WINDOW,
  burstK: BURST_K,
  minExcess: MIN_EXCESS,
  maxGapDays: MAX_GAP_DAYS,
};
