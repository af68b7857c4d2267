import { describe, expect, it } from 'vitest';
import {
  fitNonNegativeLogistic,
  type LogisticData,
} from '../../../../src/lib/estimator/calibration/logistic';
import { mulberry32 } from '../../../../src/lib/stats/seeded';

/** Rows drawn from a known logistic model: intercept -2, weights 1.5 and 0.5, and a third sign that points the other way. */
function simulated(rows: number): LogisticData {
  const uniform = mulberry32(7);
  const columns = [new Uint8Array(rows), new Uint8Array(rows), new Uint8Array(rows)];
  const outcome = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    for (const column of columns) column[i] = uniform() < 0.5 ? 1 : 0;
    const logit = -2 + 1.5 * columns[0]![i]! + 0.5 * columns[1]![i]! - 1 * columns[2]![i]!;
    outcome[i] = uniform() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  }
  return { columns, outcome, weight: new Float64Array(rows).fill(1) };
}

describe('fitNonNegativeLogistic', () => {
  const data = simulated(10_000);

  it('recovers the weights of the model the data came from', () => {
    const fit = fitNonNegativeLogistic({ ...data, columns: data.columns.slice(0, 2) }, 0);
    expect(fit.weights[0]).toBeCloseTo(1.5, 0);
    expect(fit.weights[1]).toBeCloseTo(0.5, 0);
  });

  it('gives a sign that points the other way no weight instead of a negative one', () => {
    expect(fitNonNegativeLogistic(data, 0).weights[2]).toBe(0);
  });

  it('shrinks the weights as the penalty grows', () => {
    const loose = fitNonNegativeLogistic(data, 0).weights;
    const tight = fitNonNegativeLogistic(data, 0.5).weights;
    expect(tight[0]!).toBeLessThan(loose[0]!);
    expect(tight[1]!).toBeLessThan(loose[1]!);
  });

  it('stays finite on data a sign separates perfectly, thanks to the penalty', () => {
    const columns = [Uint8Array.from([1, 1, 0, 0])];
    const fit = fitNonNegativeLogistic(
      { columns, outcome: Uint8Array.from([1, 1, 0, 0]), weight: new Float64Array(4).fill(1) },
      0.01,
    );
    expect(Number.isFinite(fit.weights[0]!) && fit.weights[0]! > 2).toBe(true);
  });

  it('counts a row of weight 2 as two rows', () => {
    const once = fitNonNegativeLogistic(
      {
        columns: [Uint8Array.from([1, 1, 0, 0, 1])],
        outcome: Uint8Array.from([1, 0, 0, 1, 1]),
        weight: new Float64Array(5).fill(1),
      },
      0.01,
    );
    const merged = fitNonNegativeLogistic(
      {
        columns: [Uint8Array.from([1, 1, 0, 0])],
        outcome: Uint8Array.from([1, 0, 0, 1]),
        weight: Float64Array.from([2, 1, 1, 1]),
      },
      0.01,
    );
    expect(merged.weights[0]).toBeCloseTo(once.weights[0]!, 6);
    expect(merged.intercept).toBeCloseTo(once.intercept, 6);
  });
});
