import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  handCheckEstimate,
  OWNER_FALSE_POSITIVE,
  OWNER_SENSITIVITY,
} from '../../../../src/lib/estimator/hand/owner';
import { handCheckCoverage, SPOT_COVERAGE_SETTINGS } from '../../../../src/lib/estimator/hand/coverage';
import { roganGladen } from '../../../../src/lib/stats/misclassification';
import { wilsonInterval } from '../../../../src/lib/stats/proportion';

const CORNERS = [OWNER_FALSE_POSITIVE.low, OWNER_FALSE_POSITIVE.high].flatMap((falsePositiveRate) =>
  [OWNER_SENSITIVITY.low, OWNER_SENSITIVITY.high].map((sensitivity) => ({ sensitivity, falsePositiveRate })),
);

describe('handCheckEstimate', () => {
  it('never reads "0 of 97 judged fake" as exactly 0%: the likely range reaches what 97 accounts cannot rule out', () => {
    const estimate = handCheckEstimate(0, 97);
    expect(estimate.low).toBe(0);
    expect(estimate.high).toBeGreaterThan(0.03);
    expect(estimate.high).toBeLessThan(0.06);
  });

  it('holds every correction an owner anywhere in the assumed rates could need', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const fake = Math.round(share * n);
          const estimate = handCheckEstimate(fake, n);
          const raw = wilsonInterval(fake, n);
          for (const { sensitivity, falsePositiveRate } of CORNERS) {
            expect(roganGladen(raw.low, sensitivity, falsePositiveRate)).toBeGreaterThanOrEqual(
              estimate.low - 1e-12,
            );
            expect(roganGladen(raw.high, sensitivity, falsePositiveRate)).toBeLessThanOrEqual(
              estimate.high + 1e-12,
            );
          }
          expect(estimate.low).toBeLessThanOrEqual(estimate.share);
          expect(estimate.share).toBeLessThanOrEqual(estimate.high);
        },
      ),
    );
  });
});

describe('handCheckCoverage: the likely range, simulated for owners at the corners of the assumed rates', () => {
  // The spot-check's promise: about 95% wherever the owner really is, for small shares and large, for the
  // quick default (about 40 accounts) and the longer checks. 400 samples a cell: a cell at 95% falls under
  // 92% about once in a hundred, so 92% is the floor the test holds each cell to.
  const cells = handCheckCoverage(SPOT_COVERAGE_SETTINGS);

  it.each(
    cells.map((cell) => [cell.size, cell.share, cell.owner.falsePositiveRate, cell.owner.sensitivity, cell]),
  )(
    'after %d accounts, true share %d, owner flagging %d of people and catching %d: covers at least 92%%',
    (_size, _share, _fp, _se, cell) => {
      expect(cell.coverage).toBeGreaterThanOrEqual(0.92);
    },
  );
});
