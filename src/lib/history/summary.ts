/*
 * What the page is told about an export once it is read: counts, the arrivals per day, and the bursts,
 * all small enough to pass to the page and keep in this browser's storage. The names stay in the worker
 * until a sample of them is drawn.
 */
import { clip } from '../text/clip';
import { findBursts, type Burst } from '../stats/bursts';
import { samplePositions, type RandomSource } from '../stats/random';
import { countOf } from '../numbers/format';
import { arrivalsByDay, formatDays, localDay, NO_DAY, type ArrivalSeries } from './arrivals';
import { FILE_NAME_LENGTH, LABEL_LENGTH, MAX_FILES_NAMED } from './bounds';

/** Where a sample of names is drawn from: all followers, or those who came in one burst. */
export type SampleScope = { kind: 'all' } | { kind: 'burst'; start: number; end: number };

export interface SampledAccount {
  name: string;
  /** The day it followed, when the export says. */
  day?: number;
}

import type { ExportReading } from './read-export';

/** The largest bursts listed; a history with more is noisy rather than bursty, and the chart shows all. */
export const MAX_BURSTS = 8;
/** How much of a burst the "came within" time covers. */
export const BURST_CORE = 0.8;

export interface BurstSummary extends Omit<Burst, 'start' | 'end'> {
  /** Day numbers (see history.ts) of its first and last day. */
  start: number;
  end: number;
  /** Hours within which BURST_CORE of its arrivals came: a bought batch lands within hours. */
  spanHours: number;
}

/** The counts of the reading as they are, with the list itself replaced by its size, days and bursts. */
export interface ExportSummary extends Omit<ExportReading, 'followers'> {
  /** The file or files chosen, shortened for showing. */
  label: string;
  total: number;
  /** Followers with a date. */
  dated: number;
  series: ArrivalSeries | undefined;
  bursts: BurstSummary[];
  /** Set for the site's made-up example exports: the page says so, and links none of their names. */
  example?: true;
}

/** Shortest stretch of sorted times that holds `share` of them, in hours. */
export function coreSpanHours(sorted: readonly number[], share = BURST_CORE): number {
  if (sorted.length < 2) return 0;
  const take = Math.max(1, Math.ceil(sorted.length * share));
  let best = Infinity;
  for (let i = 0; i + take - 1 < sorted.length; i++)
    best = Math.min(best, sorted[i + take - 1]! - sorted[i]!);
  return best / 3_600_000;
}

export function summariseExport(reading: ExportReading, label: string): ExportSummary {
  const { times, days } = reading.followers;
  const series = arrivalsByDay(times, days);
  let dated = 0;
  for (const day of days) if (day !== NO_DAY) dated++;
  const found = series ? findBursts(series.counts).slice(0, MAX_BURSTS) : [];
  const bursts = found.map((burst): BurstSummary => {
    const start = series!.firstDay + burst.start;
    const end = series!.firstDay + burst.end;
    const inside: number[] = [];
    for (let i = 0; i < days.length; i++) if (days[i]! >= start && days[i]! <= end) inside.push(times[i]!);
    inside.sort((a, b) => a - b);
    return { ...burst, start, end, spanHours: coreSpanHours(inside) };
  });
  const { followers, ...counts } = reading;
  return {
    ...counts,
    label: clip(label, LABEL_LENGTH),
    // The file's name, taken before any cut: a path can be 65,535 characters long.
    read: reading.read
      .slice(0, MAX_FILES_NAMED)
      .map((path) => clip(path.split('/').pop()!, FILE_NAME_LENGTH)),
    total: followers.names.length,
    dated,
    series,
    bursts: bursts.sort((a, b) => a.start - b.start),
  };
}

/** The followers a sample of `scope` is drawn from, as indices into the list, or all of them. */
function populationOf(reading: ExportReading, scope: SampleScope): ArrayLike<number> | number {
  if (scope.kind === 'all') return reading.followers.names.length;
  const { days } = reading.followers;
  const inside: number[] = [];
  for (let i = 0; i < days.length; i++) if (days[i]! >= scope.start && days[i]! <= scope.end) inside.push(i);
  return inside;
}

/**
 * `size` followers drawn at random (Web Crypto, every follower equally likely, none twice) from `scope`, in
 * the export's own order.
 */
export function drawSample(
  reading: ExportReading,
  scope: SampleScope,
  size: number,
  random?: RandomSource,
): { population: number; accounts: SampledAccount[] } {
  const population = populationOf(reading, scope);
  const count = typeof population === 'number' ? population : population.length;
  if (count === 0) return { population: 0, accounts: [] };
  const positions = samplePositions(count, Math.min(size, count), random);
  const accounts = positions.map((position) => {
    const index = typeof population === 'number' ? position - 1 : population[position - 1]!;
    const time = reading.followers.times[index]!;
    const name = reading.followers.names[index]!;
    return Number.isNaN(time) ? { name } : { name, day: localDay(time) };
  });
  return { population: count, accounts };
}

/** Whether two samples are of the same kind (all followers, or a burst's), so that one replaces the other. */
export const sameSampleKind = (a: SampleScope, b: SampleScope): boolean =>
  (a.kind === 'all') === (b.kind === 'all');

/** A key that tells samples apart by where they were drawn. */
export const sampleScopeKey = (scope: SampleScope) =>
  scope.kind === 'all' ? 'all' : `${scope.start}-${scope.end}`;

/** Where a sample was drawn from, in words: "all 4,198 followers". */
export function sampleScopeText(scope: SampleScope, total: number): string {
  return scope.kind === 'all'
    ? `all ${countOf(total, 'follower')}`
    : `the followers who came ${scope.start === scope.end ? 'on' : 'from'} ${formatDays(scope.start, scope.end)}`;
}
