/*
 * Bursts of new followers: days when far more people followed than usual. "Usual" is the median of the days
 * around it (a rolling median over BURST_WINDOW days, the day itself in the middle), and "far more" is K
 * scaled median absolute deviations (MAD) above it. Medians are used because a burst must not raise the bar
 * it is measured against, as a mean and a standard deviation would: one day of 900 followers moves the
 * median of 29 days not at all.
 *
 * Rules, fixed in advance and tested in bursts.test.ts:
 * - scale = max(1.4826 × MAD, √max(median, 1)). 1.4826 × MAD estimates the standard deviation of normal
 *   noise; the square-root floor is the spread of Poisson counts, so a quiet account whose days are mostly
 *   0 or 1 (a MAD of 0) does not call every busier day a burst.
 * - A day is a burst day when its count is above median + K × scale and at least MIN_EXCESS above median.
 *   With K = 5, ordinary Poisson days at a median of 5 cross the bar about once in 50,000 days
 *   (a real account is burstier than Poisson, so the owner labels what the rule finds).
 * - Burst days next to each other form one burst.
 */

// own: four weeks and a day, so the day sits in the middle of whole weeks; k = 5 is our choice, tested below.
export const BURST_WINDOW = 29;
// own: see the rules above.
export const BURST_K = 5;
/** A burst needs at least this many more followers than a usual day, however quiet the account. */
// own: our choice.
export const MIN_EXCESS = 10;
// source: Leys et al. 2013, Journal of Experimental Social Psychology 49, pp. 764-766: MAD x 1.4826 estimates
// the standard deviation of normal data.
const MAD_TO_SD = 1.4826;

export interface DayThreshold {
  median: number;
  /** Counts above this are burst days. */
  threshold: number;
}

export interface Burst {
  /** Index of its first and last day in the series. */
  start: number;
  end: number;
  /** New followers on its days, and how many a usual day would have brought (the medians' sum). */
  arrived: number;
  usual: number;
  /** How many would have been let through as ordinary: the thresholds' sum. */
  bar: number;
  /** The busiest day in it. */
  peak: number;
}

function medianOf(values: number[]): number {
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/** The rolling median and the burst bar for every day of `counts`. */
export function dayThresholds(
  counts: ArrayLike<number>,
  { window = BURST_WINDOW, k = BURST_K, minExcess = MIN_EXCESS } = {},
): DayThreshold[] {
  const half = window >> 1;
  const out: DayThreshold[] = [];
  for (let day = 0; day < counts.length; day++) {
    // Near the ends of the series the window slides inward, so every day is judged by `window` days.
    let from = Math.max(0, day - half);
    const to = Math.min(counts.length, from + window);
    from = Math.max(0, to - window);
    const around: number[] = [];
    for (let i = from; i < to; i++) around.push(counts[i]!);
    const median = medianOf(around);
    const mad = medianOf(around.map((value) => Math.abs(value - median)));
    const scale = Math.max(MAD_TO_SD * mad, Math.sqrt(Math.max(median, 1)));
    out.push({ median, threshold: median + Math.max(k * scale, minExcess) });
  }
  return out;
}

/** The bursts in `counts` (new followers per day, oldest first), largest first. */
export function findBursts(
  counts: ArrayLike<number>,
  options?: Parameters<typeof dayThresholds>[1],
): Burst[] {
  const bars = dayThresholds(counts, options);
  const bursts: Burst[] = [];
  let current: Burst | undefined;
  for (let day = 0; day < counts.length; day++) {
    const count = counts[day]!;
    const { median, threshold } = bars[day]!;
    if (count > threshold) {
      if (current && current.end === day - 1) {
        current.end = day;
        current.arrived += count;
        current.usual += median;
        current.bar += threshold;
        current.peak = Math.max(current.peak, count);
      } else {
        current = { start: day, end: day, arrived: count, usual: median, bar: threshold, peak: count };
        bursts.push(current);
      }
    }
  }
  return bursts.sort((a, b) => b.arrived - b.usual - (a.arrived - a.usual) || a.start - b.start);
}

/** Followers a burst brought beyond a usual day's: its point estimate. */
export const burstExcess = (burst: Burst) => Math.max(0, burst.arrived - burst.usual);

export interface BurstShare {
  /** Followers beyond the bar (surely more than usual), beyond the usual median, and all who came. */
  low: number;
  mid: number;
  high: number;
}

/**
 * How many of today's followers came in `bursts`, as a range: at least those above the bar, about those
 * above a usual day, at most everyone who followed on those days.
 */
export function followersInBursts(bursts: readonly Burst[]): BurstShare {
  let low = 0;
  let mid = 0;
  let high = 0;
  for (const burst of bursts) {
    low += Math.max(0, Math.floor(burst.arrived - burst.bar));
    mid += Math.round(burstExcess(burst));
    high += burst.arrived;
  }
  return { low, mid, high };
}
