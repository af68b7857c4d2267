/** A source of uniform numbers in 0 <= x < 1, such as `mulberry32(seed)`. */
export type Uniform = () => number;

/** A standard normal draw (Box-Muller; the second value of each pair is dropped to keep no state). */
export function normalDraw(uniform: Uniform): number {
  // 1 - u lies in (0, 1], so the logarithm is finite.
  const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
  return radius * Math.cos(2 * Math.PI * uniform());
}

/**
 * A Gamma(shape, 1) draw by Marsaglia and Tsang's method (ACM TOMS 26, 2000), which accepts about 98% of its
 * proposals. Shapes below 1 use the boost Gamma(a) = Gamma(a + 1) * U^(1/a) from the same paper.
 */
export function gammaDraw(shape: number, uniform: Uniform): number {
  if (!(shape > 0 && Number.isFinite(shape))) throw new RangeError(`shape must be positive, got ${shape}`);
  if (shape < 1) return gammaDraw(shape + 1, uniform) * Math.pow(1 - uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalDraw(uniform);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = 1 - uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A Beta(a, b) draw, as X / (X + Y) with X ~ Gamma(a) and Y ~ Gamma(b). */
export function betaDraw(a: number, b: number, uniform: Uniform): number {
  const x = gammaDraw(a, uniform);
  const y = gammaDraw(b, uniform);
  return x / (x + y);
}

/**
 * A draw of a share from its Jeffreys posterior, Beta(hits + 1/2, n - hits + 1/2): what `hits` out of `n`
 * says about the true share when nothing else is known. Its equal-tailed intervals cover close to their
 * nominal level even for small n and shares near 0 or 1 (Brown, Cai and DasGupta 2001).
 */
export function shareDraw(hits: number, n: number, uniform: Uniform): number {
  return betaDraw(hits + 0.5, n - hits + 0.5, uniform);
}

/** The q-quantile (0..1) of values sorted ascending, interpolating between neighbours. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const at = q * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (at - below) * (sorted[above]! - sorted[below]!);
}
