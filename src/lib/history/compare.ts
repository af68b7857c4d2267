/*
 * Two exports of one account, compared: who left and who came, and how many of each earlier burst have gone
 * beside the ordinary loss of everyone else. A bought batch that the platform purged, or that fell away
 * together, shows as most of a burst gone while the rest of the audience stayed. The two lists are never
 * merged: each is read on its own, and only names are compared.
 */
import { NO_DAY } from './arrivals';
import { isHistoryDay } from './bounds';
import type { HistoryPlatform } from './formats';
import type { ExportReading } from './read-export';
import type { BurstSummary } from './summary';

/** Who an export belongs to and when it was made, as far as its file name says. */
export interface ExportIdentity {
  account?: string | undefined;
  /** The day the export was made (from the file name), else the day of its latest follow. */
  day?: number | undefined;
  /** Where `day` comes from. */
  dated: 'file' | 'latest-follow' | 'none';
}

// Meta names its downloads "instagram-fern.bakes-2026-06-13-YOudpLi7.zip" and "facebook-fern-2026-06-13-...";
// X names its archive "twitter-2026-06-13-<hash>.zip", with no account.
const META_NAME = /^(?:instagram|facebook)-([A-Za-z0-9._]{1,60})-(\d{4})-(\d{2})-(\d{2})(?:[-_ .(]|$)/i;
const X_NAME = /^twitter-(\d{4})-(\d{2})-(\d{2})(?:[-_ .(]|$)/i;

/** The day a name's date gives, if it is a date and a day a history can hold (no export is older than 2006). */
function dayOf(year: string, month: string, day: string): number | undefined {
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const back = new Date(ms);
  const number = Math.floor(ms / 86_400_000);
  return back.getUTCDate() === Number(day) && back.getUTCMonth() === Number(month) - 1 && isHistoryDay(number)
    ? number
    : undefined;
}

/** The account and date a download's file name gives, if it is named as the platforms name them. */
export function identityFromName(fileName: string): Omit<ExportIdentity, 'dated'> & { fromName: boolean } {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const meta = META_NAME.exec(base);
  if (meta)
    return { account: meta[1]!.toLowerCase(), day: dayOf(meta[2]!, meta[3]!, meta[4]!), fromName: true };
  const x = X_NAME.exec(base);
  if (x) return { day: dayOf(x[1]!, x[2]!, x[3]!), fromName: true };
  return { fromName: false };
}

/** The identity of an export read from `fileNames`: its name's account and date, else its latest follow. */
export function identityOf(fileNames: readonly string[], reading: ExportReading): ExportIdentity {
  const named = fileNames.map(identityFromName).find((identity) => identity.day !== undefined);
  if (named) return { account: named.account, day: named.day, dated: 'file' };
  let latest = NO_DAY;
  for (const day of reading.followers.days) if (day > latest) latest = day;
  return latest === NO_DAY ? { dated: 'none' } : { day: latest, dated: 'latest-follow' };
}

export interface ComparedExport {
  label: string;
  identity: ExportIdentity;
  total: number;
}

/** One burst of the earlier export: how many came in it, and how many of those are gone by the later one. */
export interface BurstLoss {
  start: number;
  end: number;
  arrived: number;
  gone: number;
}

export interface ExportComparison {
  platform: HistoryPlatform;
  earlier: ComparedExport;
  later: ComparedExport;
  left: number;
  came: number;
  bursts: BurstLoss[];
  /** Everyone in the earlier export with a follow date outside its bursts, and how many of them are gone. */
  ordinary: { of: number; gone: number };
  /**
   * By week of arrival (weeks start on Monday, `firstDay`): the earlier export's followers, and how many of
   * them the later export still lists.
   */
  weekly?: { firstDay: number; before: number[]; still: number[] } | undefined;
}

export type ComparisonResult =
  | { ok: true; comparison: ExportComparison; leftNames: string[]; cameNames: string[] }
  | { ok: false; problem: string };

/** Names shown for who left and who came; the counts are always whole. */
export const MAX_NAMES_SHOWN = 200;
// Two exports of one account share most of their followers; below this share of the smaller list in
// common, they are taken for two accounts.
const MIN_SHARED = 0.2;

export interface ExportToCompare {
  label: string;
  identity: ExportIdentity;
  reading: ExportReading;
  bursts: readonly Pick<BurstSummary, 'start' | 'end'>[];
}

/** The key one follower is matched by: case does not count on Instagram and TikTok; Facebook adds the moment. */
function keysOf(reading: ExportReading, platform: HistoryPlatform): string[] {
  const { names, times } = reading.followers;
  if (platform === 'facebook') return names.map((name, i) => `${name}\0${times[i]}`);
  if (platform === 'x') return names;
  return names.map((name) => name.toLowerCase());
}

function order(a: ExportToCompare, b: ExportToCompare): [ExportToCompare, ExportToCompare] | string {
  const { day: dayA } = a.identity;
  const { day: dayB } = b.identity;
  if (dayA !== undefined && dayB !== undefined && dayA !== dayB) return dayA < dayB ? [a, b] : [b, a];
  if (a.identity.dated === 'file' && b.identity.dated === 'file')
    return 'Both exports were made on the same day, so there is nothing between them to compare. Choose one from a few months earlier or later.';
  return 'This page cannot tell which of the two exports is the earlier one: neither names its date, and their latest follows fall on the same day. Choose exports made some weeks apart.';
}

/**
 * Compares two exports of one account. Refuses two platforms, two accounts (by the file names, or by having
 * almost no followers in common), and two exports of the same day.
 */
export function compareExports(a: ExportToCompare, b: ExportToCompare): ComparisonResult {
  const platform = a.reading.platform;
  if (b.reading.platform !== platform)
    return { ok: false, problem: 'These are exports of two different platforms, so they were not compared.' };
  if (a.identity.account && b.identity.account && a.identity.account !== b.identity.account)
    return {
      ok: false,
      problem: `These are exports of two different accounts (${a.identity.account} and ${b.identity.account}), so they were not compared.`,
    };
  const ordered = order(a, b);
  if (typeof ordered === 'string') return { ok: false, problem: ordered };
  const [earlier, later] = ordered;
  const earlierKeys = keysOf(earlier.reading, platform);
  const laterKeys = keysOf(later.reading, platform);
  // One map of the earlier list: each later follower found in it marks its place as still there.
  const place = new Map<string, number>();
  earlierKeys.forEach((key, i) => place.set(key, i));
  const stays = new Uint8Array(earlierKeys.length);
  const cameNames: string[] = [];
  let shared = 0;
  laterKeys.forEach((key, i) => {
    const at = place.get(key);
    if (at === undefined) {
      if (cameNames.length < MAX_NAMES_SHOWN) cameNames.push(later.reading.followers.names[i]!);
    } else if (!stays[at]) {
      stays[at] = 1;
      shared++;
    }
  });
  const smaller = Math.min(earlierKeys.length, laterKeys.length);
  if (smaller > 0 && shared < MIN_SHARED * smaller)
    return {
      ok: false,
      problem: `These two lists have only ${shared.toLocaleString('en-GB')} followers in common, too few for two exports of one account. Choose two exports of the same account.`,
    };

  const leftNames: string[] = [];
  for (let i = 0; i < earlierKeys.length && leftNames.length < MAX_NAMES_SHOWN; i++)
    if (!stays[i]) leftNames.push(earlier.reading.followers.names[i]!);

  const { days } = earlier.reading.followers;
  const bursts: BurstLoss[] = earlier.bursts.map(({ start, end }) => ({ start, end, arrived: 0, gone: 0 }));
  const ordinary = { of: 0, gone: 0 };
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const day of days)
    if (day !== NO_DAY) {
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
    }
  const weekStart = Number.isFinite(firstDay) ? firstDay - ((((firstDay + 3) % 7) + 7) % 7) : 0;
  const weeks = Number.isFinite(firstDay) ? Math.floor((lastDay - weekStart) / 7) + 1 : 0;
  const weekBefore = new Array<number>(weeks).fill(0);
  const weekStill = new Array<number>(weeks).fill(0);
  earlierKeys.forEach((_, i) => {
    const day = days[i]!;
    if (day === NO_DAY) return;
    const gone = !stays[i];
    const week = Math.floor((day - weekStart) / 7);
    weekBefore[week]!++;
    if (!gone) weekStill[week]!++;
    const burst = bursts.find((candidate) => day >= candidate.start && day <= candidate.end);
    const group = burst ?? ordinary;
    if (burst) burst.arrived++;
    else ordinary.of++;
    if (gone) group.gone++;
  });

  const left = earlierKeys.length - shared;
  return {
    ok: true,
    comparison: {
      platform,
      earlier: { label: earlier.label, identity: earlier.identity, total: earlierKeys.length },
      later: { label: later.label, identity: later.identity, total: laterKeys.length },
      left,
      came: laterKeys.length - shared,
      bursts,
      ordinary,
      weekly: weeks > 0 ? { firstDay: weekStart, before: weekBefore, still: weekStill } : undefined,
    },
    leftNames,
    cameNames,
  };
}

/** The share of a group that has gone, 0 for an empty group. */
export const lossShare = ({ of, gone }: { of: number; gone: number }): number => (of > 0 ? gone / of : 0);
