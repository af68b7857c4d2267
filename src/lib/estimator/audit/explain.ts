import { CALIBRATION } from '../calibration/calibration.generated';
import { rateSpan } from '../calibration/report';
import { sourceName } from '../calibration/sources';
import type { CalibratedTier, HeldOutTier, SourceCount } from '../calibration/types';
import { countOf, formatCount, formatPercent, formatPoints } from '../../numbers/format';
import { likelyRate } from '../../stats/random-effects';
import type { CorrectedEstimate } from '../../stats/misclassification';
import type { AuditPlan } from './plan';

export interface CorrectionExplained {
  /** What "likely range" means, with how often such ranges held the truth on audiences never fitted on. */
  meaning: string;
  /** Why the range is as wide as it is, in plain words; absent when it is narrow. */
  why?: string;
  /** What was corrected and by how much, in one sentence. */
  summary: string;
  /** The rates of every population measured, people and bought. */
  rates: string;
  /** What the range allows for, one item each. */
  rangeAllowsFor: string[];
  /** For a platform nobody labelled: what that means for the range. */
  uncalibrated?: string;
}

/** The held-out figures of a tier, by one population and one seller left out (`pairs`) or a whole data set. */
export function heldOutOf(
  tier: Pick<CalibratedTier, 'fields'>,
  by: 'pairs' | 'dataSets' = 'pairs',
): HeldOutTier | undefined {
  const key = tier.fields.join();
  const figures = by === 'pairs' ? CALIBRATION.heldOut : CALIBRATION.heldOutDataSets;
  return figures.find((held) => held.fields.join() === key);
}

const each = (counts: readonly SourceCount[]) =>
  counts.map((count) => `${sourceName(count.source)} ${formatPercent(count.rate)}`).join(', ');
const ranged = (range: { low: number; high: number }) =>
  `${formatPercent(range.low)} to ${formatPercent(range.high)}`;

// Below this width the range is narrow enough that saying why it is wide would only confuse.
const WIDE = 0.2;

const highest = (counts: readonly SourceCount[]) => Math.max(...counts.map((count) => count.rate));
const lowest = (counts: readonly SourceCount[]) => Math.min(...counts.map((count) => count.rate));

/** The plain-words account of an automatic estimate that sits beside the figure. */
export function explainCorrection(plan: AuditPlan, estimate: CorrectedEstimate): CorrectionExplained {
  const { tier } = plan;
  // The stricter test: a whole study left out, people and sellers of its own, as a new audience is.
  const heldOut = heldOutOf(tier, 'dataSets');
  const direction =
    Math.abs(estimate.share - estimate.raw.share) < 0.005
      ? 'and the correction leaves the best guess about there'
      : estimate.share < estimate.raw.share
        ? `and the best guess is lower, ${formatPercent(estimate.share)}, because some real people are flagged too`
        : `and the best guess is higher, ${formatPercent(estimate.share)}, because some bought accounts slip through`;
  const people = likelyRate(tier.falsePositive);
  const bought = likelyRate(tier.sensitivity);
  const wide = estimate.high - estimate.low >= WIDE;
  const measuredOn = plan.calibrated ? 'labelled accounts' : 'labelled X and Instagram accounts';
  const upward =
    estimate.high - estimate.raw.share >= WIDE
      ? ' So if your followers were bought from a seller whose accounts look like people, far more of them could be fake than the rules flag.'
      : '';
  return {
    meaning: heldOut
      ? `Likely range: with a whole study of ${measuredOn} left out of the fit, as yours was, ranges worked out this way held the true share in ${formatPercent(heldOut.coverage, 3)} of ${formatCount(heldOut.samples)} test audits.`
      : 'Likely range: the true share is probably inside it, though ranges for a file with these columns were not tested on audiences left out of the fit.',
    ...(wide
      ? {
          why:
            `It is wide because the rules err differently on different audiences. On the audiences measured they ` +
            `flagged ${rateSpan(tier.people)} of real people and caught ${rateSpan(tier.bought)} of bought accounts; but ` +
            `when an audience was left out of the fit, as yours was, the rules fitted without it flagged up to ` +
            `${formatPercent(highest(tier.leftOut.people))} of its real people, and caught as few as ` +
            `${formatPercent(lowest(tier.leftOut.bought))} of a seller’s accounts.${upward}`,
        }
      : {}),
    summary: `The rules flagged ${formatPercent(estimate.raw.share)} of the profiles, ${direction}.`,
    rates:
      `With the signs this file’s columns allow, the rules wrongly flag real people at these rates: ${each(tier.people)}; ` +
      `and catch bought accounts at these: ${each(tier.bought)}. Fitted without each in turn, they flagged ` +
      `${each(tier.leftOut.people)} and caught ${each(tier.leftOut.bought)}.`,
    rangeAllowsFor: [
      `the size of this file: ${countOf(estimate.n, 'profile')} scored`,
      `an audience whose real people are flagged at any rate that record suggests: likely ${ranged(people)}`,
      `bought accounts from a seller never measured, caught at any rate that record suggests: likely ${ranged(bought)}`,
    ],
    ...(plan.calibrated
      ? {}
      : {
          uncalibrated:
            'No labelled accounts from this platform were available: the range assumes its audiences vary as much as ' +
            'those measured on X and Instagram. Checking a few of these followers by hand, below, measures the ' +
            'rules on your own audience instead.',
        }),
  };
}

/**
 * The hand check's promise for this file: how wide its range would likely be after each number of accounts in
 * `projection`, the last of which may be every account the file offers (`available`).
 */
export function narrowingText(
  width: number,
  projection: readonly { accounts: number; width: number }[],
  available: number = Infinity,
): string {
  const narrower = projection.filter((step) => step.width < width - 0.01);
  const points = (share: number) => formatCount(Math.round(share * 100));
  const accounts = (count: number) =>
    count >= available ? `all ${formatCount(count)} accounts` : `${count}`;
  if (narrower.length === 0)
    return `Checking accounts by hand would not make this range much narrower: it is ${formatPoints(width)} wide already.`;
  const [first, ...rest] = narrower;
  const more = rest.map((step) => `${accounts(step.accounts)} about ${points(step.width)}`);
  const others =
    more.length === 0 ? '' : `, ${[more.slice(0, -1).join(', '), more.at(-1)].filter(Boolean).join(' and ')}`;
  const firstAccounts =
    first!.accounts >= available ? `all ${formatCount(first!.accounts)}` : `${first!.accounts}`;
  return (
    `To narrow it, check some of these followers by hand. For this file, ${firstAccounts} accounts would likely ` +
    `make the range about ${formatPoints(first!.width)} wide${others}; it is ${points(width)} wide now.`
  );
}
