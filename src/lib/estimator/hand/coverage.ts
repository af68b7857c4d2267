import { mulberry32 } from '../../stats/seeded';
import { handCheckEstimate, OWNER_FALSE_POSITIVE, OWNER_SENSITIVITY, type SimulatedOwner } from './owner';

/** One cell of the hand check's simulation: how often its likely range held the true share, and how wide. */
export interface HandCheckCoverageCell {
  size: number;
  share: number;
  owner: SimulatedOwner;
  coverage: number;
  medianWidth: number;
  meanAbsoluteError: number;
}

/**
 * The spot-check and history hand check simulated: `samples` owners check `size` followers of an audience whose
 * true fake share is `share`, each answer wrong as often as `owner` says, and the likely range from
 * handCheckEstimate is compared with the truth. Seeded, so a run is repeatable.
 */
export function handCheckCoverage(options: {
  sizes: readonly number[];
  shares: readonly number[];
  owners: readonly SimulatedOwner[];
  samples: number;
  seed: number;
}): HandCheckCoverageCell[] {
  const random = mulberry32(options.seed);
  return options.sizes.flatMap((size) =>
    options.shares.flatMap((share) =>
      options.owners.map((owner) => {
        const flaggedChance = share * owner.sensitivity + (1 - share) * owner.falsePositiveRate;
        let held = 0;
        let error = 0;
        const widths: number[] = [];
        for (let sample = 0; sample < options.samples; sample++) {
          let fake = 0;
          for (let account = 0; account < size; account++) if (random() < flaggedChance) fake++;
          const estimate = handCheckEstimate(fake, size);
          if (estimate.low - 1e-12 <= share && share <= estimate.high + 1e-12) held++;
          error += Math.abs(estimate.share - share);
          widths.push(estimate.high - estimate.low);
        }
        widths.sort((a, b) => a - b);
        return {
          size,
          share,
          owner,
          coverage: held / options.samples,
          medianWidth: widths[Math.floor(widths.length / 2)]!,
          meanAbsoluteError: error / options.samples,
        };
      }),
    ),
  );
}

/**
 * The simulation the method page quotes, the bench prints and the tests hold: owners at each corner of the
 * assumed error rates and one in the middle, true shares from none to half, after a quick check of about
 * 40 accounts and a longer one of about 100.
 */
export const SPOT_COVERAGE_SETTINGS = {
  sizes: [42, 97],
  shares: [0, 0.01, 0.02, 0.05, 0.2, 0.5],
  owners: [
    ...[OWNER_FALSE_POSITIVE.low, OWNER_FALSE_POSITIVE.high].flatMap((falsePositiveRate) =>
      [OWNER_SENSITIVITY.low, OWNER_SENSITIVITY.high].map((sensitivity) => ({
        sensitivity,
        falsePositiveRate,
      })),
    ),
    {
      sensitivity: (OWNER_SENSITIVITY.low + OWNER_SENSITIVITY.high) / 2,
      falsePositiveRate: (OWNER_FALSE_POSITIVE.low + OWNER_FALSE_POSITIVE.high) / 2,
    },
  ],
  samples: 400,
  seed: 20_261_205,
} as const;
