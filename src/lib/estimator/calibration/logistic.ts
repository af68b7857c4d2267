/** Training data for a logistic regression over yes/no signs. */
export interface LogisticData {
  /** One column per sign: 1 where the row shows it, 0 where it does not. */
  columns: readonly Uint8Array[];
  /** 1 for a bought account, 0 for a person. */
  outcome: Uint8Array;
  /** Each row's weight in the fit; they need not sum to 1. */
  weight: Float64Array;
}

export interface LogisticFit {
  intercept: number;
  /** One weight per column, in log-odds, never negative. */
  weights: number[];
}

/**
 * Logistic regression with weights kept at 0 or above and an L2 penalty `penalty / 2 · Σw²` on them (not
 * on the intercept), by cyclic coordinate descent. Each step minimises the quadratic that bounds the
 * log-likelihood from above (its curvature is at most 1/4), so every step lowers the objective and the
 * result does not depend on a step size. Signs only ever add to the evidence of being bought: a sign that
 * the data say points the other way ends at weight 0 instead of turning into a reason to trust an account.
 */
export function fitNonNegativeLogistic(
  data: LogisticData,
  penalty: number,
  options: { sweeps?: number; tolerance?: number } = {},
): LogisticFit {
  const { sweeps = 5000, tolerance = 1e-10 } = options;
  const { columns, outcome, weight } = data;
  const rows = outcome.length;
  const total = weight.reduce((sum, value) => sum + value, 0);
  const scale = new Float64Array(rows).map((_, i) => weight[i]! / total);
  const weights = columns.map(() => 0);
  let intercept = 0;
  const linear = new Float64Array(rows);
  // Each coordinate's curvature bound: a quarter of its weighted sum of squares (x² = x for 0/1 signs).
  const bound = columns.map((column) => {
    let sum = 0;
    for (let i = 0; i < rows; i++) if (column[i]) sum += scale[i]!;
    return sum / 4 + penalty;
  });

  const residuals = new Float64Array(rows);
  const refresh = () => {
    for (let i = 0; i < rows; i++) residuals[i] = scale[i]! * (1 / (1 + Math.exp(-linear[i]!)) - outcome[i]!);
  };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let largest = 0;
    refresh();
    let gradient = 0;
    for (let i = 0; i < rows; i++) gradient += residuals[i]!;
    const interceptStep = -gradient / 0.25;
    intercept += interceptStep;
    for (let i = 0; i < rows; i++) linear[i] = linear[i]! + interceptStep;
    largest = Math.abs(interceptStep);
    for (let j = 0; j < columns.length; j++) {
      refresh();
      const column = columns[j]!;
      gradient = penalty * weights[j]!;
      for (let i = 0; i < rows; i++) if (column[i]) gradient += residuals[i]!;
      const next = Math.max(0, weights[j]! - gradient / bound[j]!);
      const step = next - weights[j]!;
      if (step === 0) continue;
      weights[j] = next;
      for (let i = 0; i < rows; i++) if (column[i]) linear[i] = linear[i]! + step;
      largest = Math.max(largest, Math.abs(step));
    }
    if (largest < tolerance) break;
  }
  return { intercept, weights };
}
