import { CALIBRATION_DATA, SOURCE_SHORT } from '../calibration/sources';
import type { SourceCount } from '../calibration/types';
import { rateInWords } from '../numbers/in-words';
import { formatCount, formatPercent } from '../numbers/format';
import type { CorrectedEstimate } from '../stats/misclassification';
import type { AuditPlan } from './plan';

export interface CorrectionExplained {
  /** What was corrected and by how much, in one sentence. */
  summary: string;
  /** Where the error rates were measured and what they are for this file's columns. */
  rates: string;
  /** What the range allows for, one item each. */
  rangeAllowsFor: string[];
  /** For a platform nobody labelled: why the range is wide, and what would narrow it. */
  uncalibrated?: string;
}

const mean = (counts: readonly SourceCount[]) => counts.reduce((sum, c) => sum + c.rate, 0) / counts.length;
const each = (counts: readonly SourceCount[]) =>
  counts
    .map((count) => `${SOURCE_SHORT[count.source] ?? count.source} ${formatPercent(count.rate)}`)
    .join(', ');

/** The plain-words account of a corrected estimate that sits beside the figure. */
export function explainCorrection(plan: AuditPlan, estimate: CorrectedEstimate): CorrectionExplained {
  const { tier } = plan;
  const calibratedAs = plan.platform === 'other' ? 'any' : plan.platform;
  const caught = mean(tier.bought);
  const wronglyFlagged = mean(tier.people);
  const direction =
    Math.abs(estimate.share - estimate.raw.share) < 0.005
      ? 'which the correction leaves about where it was'
      : estimate.share < estimate.raw.share
        ? `taken down to ${formatPercent(estimate.share)} because some people are flagged too`
        : `taken up to ${formatPercent(estimate.share)} because some bought accounts slip through`;
  const rangeAllowsFor = [
    `the size of this file: ${formatCount(estimate.n)} profiles scored`,
    'the uncertainty of the measured error rates themselves',
    `bought accounts from vendors the rules never met, which may be caught more or less often: when one vendor was held out, its catch rate moved by about ${formatPercent(tier.unseenSourceSpread)}`,
  ];
  if (tier.unseenPopulationSpread > 0)
    rangeAllowsFor.push(
      `real people on another platform, who may be flagged more or less often: across the two measured platforms the rate moved by about ${formatPercent(tier.unseenPopulationSpread)}`,
    );
  return {
    summary: `The rules flagged ${formatPercent(estimate.raw.share)} of the profiles, ${direction}.`,
    rates:
      `Measured on ${CALIBRATION_DATA[calibratedAs]}, with the signs this file’s columns allow the rules catch ` +
      `${rateInWords(caught)} bought accounts (${each(tier.bought)}) and wrongly flag ${rateInWords(wronglyFlagged)} ` +
      `real people (${each(tier.people)}).`,
    rangeAllowsFor,
    ...(plan.calibrated
      ? {}
      : {
          uncalibrated:
            'Uncalibrated for this platform: no labelled accounts from it were available, so the error rates come ' +
            'from X and Instagram and the range is wide. Checking a few of these followers by hand, below, ' +
            'measures the rules on your own audience instead.',
        }),
  };
}
