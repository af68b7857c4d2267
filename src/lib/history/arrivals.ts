/*
 * When followers arrived: follow times grouped into days (in the owner's own time zone, since a giveaway
 * post at 8 pm belongs to its evening) and weeks (Monday to Sunday).
 */

export const DAY_MS = 86_400_000;

/** Month names as their first three letters, the way dates are read from exports and pasted series. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Days since 1 January 1970 in local time, for a time in ms. */
export function localDay(ms: number): number {
  const offset = new Date(ms).getTimezoneOffset() * 60_000;
  return Math.floor((ms - offset) / DAY_MS);
}

/** The calendar date of a day number, as YYYY-MM-DD. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const LONG = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "12 Mar 2026". */
export function formatDay(day: number): string {
  return LONG.format(new Date(day * DAY_MS));
}

/** "12 Mar 2026" or "12 to 14 Mar 2026" for a run of days. */
export function formatDays(start: number, end: number): string {
  if (start === end) return formatDay(start);
  return `${formatDay(start)} to ${formatDay(end)}`;
}

export interface ArrivalSeries {
  /** Day number of counts[0]. */
  firstDay: number;
  /** New followers per day, every day from the first to the last present. */
  counts: number[];
}

/** A day number that means "no date". */
export const NO_DAY = -2_147_483_648;

const HOUR_MS = 3_600_000;

/**
 * The local day of each time, NO_DAY where the time is NaN. Time zones move in whole quarter hours at
 * most, so the offset is looked up once per hour of the clock, not once per follower.
 */
export function followDays(times: ArrayLike<number>): Int32Array {
  const days = new Int32Array(times.length);
  const offsets = new Map<number, number>();
  for (let i = 0; i < times.length; i++) {
    const time = times[i]!;
    if (Number.isNaN(time)) {
      days[i] = NO_DAY;
      continue;
    }
    const hour = Math.floor(time / HOUR_MS);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      offset = new Date(hour * HOUR_MS).getTimezoneOffset() * 60_000;
      offsets.set(hour, offset);
    }
    days[i] = Math.floor((time - offset) / DAY_MS);
  }
  return days;
}

/** Counts per day of the dated follows (days from followDays); undefined when none is dated. */
export function arrivalsByDay(times: ArrayLike<number>, days = followDays(times)): ArrivalSeries | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const day of days) {
    if (day === NO_DAY) continue;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (first === Infinity) return undefined;
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const day of days) if (day !== NO_DAY) counts[day - first]!++;
  return { firstDay: first, counts };
}

/** Day 0 (1 Jan 1970) was a Thursday; Monday-based weekday of a day number, 0 for Monday. */
export const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;

/** The same arrivals per week, Monday to Sunday; firstDay is the Monday of the first week. */
export function arrivalsByWeek(series: ArrivalSeries): ArrivalSeries {
  const firstDay = series.firstDay - weekday(series.firstDay);
  const counts: number[] = [];
  series.counts.forEach((count, index) => {
    const week = Math.floor((series.firstDay + index - firstDay) / 7);
    counts[week] = (counts[week] ?? 0) + count;
  });
  return { firstDay, counts: Array.from(counts, (count) => count ?? 0) };
}
