// The denominators people read easily, smallest first.
const DENOMINATORS = [10, 20, 25, 50, 100];

/**
 * A rate as "about 4 in 5" or "about 1 in 25": the smallest easy denominator that stays within two
 * percentage points of the rate (closer for small rates, so 4% is not rounded to "1 in 20"), with the
 * fraction reduced ("5 in 10" reads "1 in 2").
 */
export function rateInWords(rate: number): string {
  if (!(rate >= 0 && rate <= 1)) return 'an unknown share';
  if (rate < 0.005) return 'fewer than 1 in 200';
  if (rate > 0.995) return 'more than 199 in 200';
  const tolerance = Math.min(0.02, 0.25 * Math.min(rate, 1 - rate));
  for (const denominator of DENOMINATORS) {
    const count = Math.round(rate * denominator);
    if (count > 0 && Math.abs(count / denominator - rate) <= tolerance) {
      const divisor = greatestCommonDivisor(count, denominator);
      return `about ${count / divisor} in ${denominator / divisor}`;
    }
  }
  return `about ${Math.round(rate * 100)} in 100`;
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
