// One formatter, built once: en-GB groups thousands with commas ("12,000") and uses "." for decimals,
// which is also exactly what parseCount reads back. Two decimals are enough for average likes per post.
const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

// Shown instead of "NaN" or "∞" if a broken value ever reaches the page.
const NOT_A_NUMBER = '–';

/** A count for people to read: 12000 → "12,000", 12.5 → "12.5". */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? countFormat.format(value) : NOT_A_NUMBER;
}

/**
 * A fraction as a percentage with `digits` significant digits, but never rounding away whole percents:
 * 0.2345 → "23%", 0.0045 → "0.45%", 0.00029 → "0.029%", 1.234 → "123%". Engagement rates span four
 * orders of magnitude (X around 0.03%, small TikTok accounts above 5%), so fixed decimals would show
 * either "0.00%" or false precision.
 */
export function formatPercent(share: number, digits = 2): string {
  if (!Number.isFinite(share)) return NOT_A_NUMBER;
  const percent = share * 100;
  const magnitude = percent === 0 ? 0 : Math.floor(Math.log10(Math.abs(percent)));
  // Intl accepts at most 20 fraction digits in every engine we ship to.
  const fractionDigits = Math.min(20, Math.max(0, digits - 1 - magnitude));
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: fractionDigits }).format(percent)}%`;
}

/** A difference of shares in percentage points, rounded: "1 percentage point", "37 percentage points". */
export function formatPoints(share: number): string {
  return countOf(Math.round(share * 100), 'percentage point');
}

/** A count with its noun: "1 follower", "12,000 followers". `plural` is for nouns that do not just add "s". */
export function countOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}

/**
 * Past this (1,000%) a rate is a typing slip or a freak post, and its digits ("199,999,999,800%") say
 * nothing a reader can use.
 */
export const MAX_SHOWN_RATE = 10;

/** An engagement rate as a figure, capped: "4.2%", or "over 1,000%". */
export function formatRate(rate: number): string {
  return rate > MAX_SHOWN_RATE ? `over ${formatPercent(MAX_SHOWN_RATE)}` : formatPercent(rate);
}
