/*
 * The follower-history check as kept in this browser: the summary of the export that was read (counts per
 * day and bursts, no names), the owner's labels for the bursts, and up to two samples of real names with
 * her answers, one of all followers and one of a burst. A reload brings all of it back; drawing a new
 * sample needs the export again, since its list of names is never stored. Everything read back goes
 * through the strict readers below, which take every value the export reader and the summary can give (both
 * hold to the bounds in bounds.ts); anything else and the stored check is set aside, and the page says why.
 */
import { handAnswerOf } from '../estimator/hand/answers';
import { clip } from '../text/clip';
import { localDraft } from '../parse/local-draft';
import { hasKeys, isRecord, isWholeBetween, readByPosition } from '../parse/untrusted';
import { MAX_SPOT_SAMPLE, readSigns, SPOT_MARGINS, type SpotMargin } from '../estimator/hand/spot-check';
import {
  HISTORY_PLATFORMS,
  MAX_PARTS_NAMED,
  type ExportParts,
  type FileFormat,
  type HistoryPlatform,
} from './formats';
import {
  FILE_NAME_LENGTH,
  isClippedText,
  isFollowerCount,
  isHistoryDay,
  isHistoryWeekStart,
  isPassedOverCount,
  LABEL_LENGTH,
  MAX_FILES_NAMED,
  MAX_FOLLOWERS,
  MAX_HISTORY_DAYS,
  MAX_HISTORY_WEEKS,
} from './bounds';
import { MAX_NAME_LENGTH } from './readers';
import type { BurstLoss, ComparedExport, ExportComparison, ExportIdentity } from './compare';
import { isBurstLabel, type BurstLabel, type ExportSample, type HistoryState } from './state';
import {
  MAX_BURSTS,
  type BurstSummary,
  type ExportSummary,
  type SampledAccount,
  type SampleScope,
} from './summary';

export const HISTORY_STORAGE_KEY = 'real-reach:follower-history';
export const HISTORY_VERSION = 1;

const FORMATS: readonly FileFormat[] = ['json', 'html', 'txt', 'js'];
const isCount = isFollowerCount;
const isDay = isHistoryDay;
const isNumberAtLeast0 = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_FOLLOWERS * 2;

/** A burst within the days of its series, `first` to `last`. */
function readBurst(value: unknown, first: number, last: number): BurstSummary | undefined {
  if (!isRecord(value) || !hasKeys(value, ['start', 'end', 'arrived', 'usual', 'bar', 'peak', 'spanHours']))
    return undefined;
  const { start, end, arrived, usual, bar, peak, spanHours } = value;
  if (!isDay(start) || !isDay(end) || start < first || end < start || end > last) return undefined;
  if (!isCount(arrived) || !isCount(peak) || peak > arrived) return undefined;
  if (!isNumberAtLeast0(usual) || !isNumberAtLeast0(bar) || !isNumberAtLeast0(spanHours)) return undefined;
  return { start, end, arrived, usual, bar, peak, spanHours };
}

function readSummary(value: unknown): ExportSummary | undefined {
  const keys = ['platform', 'formats', 'label', 'read', 'total', 'dated', 'unreadable', 'undatable'];
  const more = ['duplicates', 'unsafeNames', 'otherPlatforms', 'bursts'];
  if (
    !isRecord(value) ||
    !hasKeys(
      value,
      [...keys, ...more],
      ['following', 'series', 'parts', 'guessedList', 'example', 'futureDates', 'earlyDates', 'nulNames'],
    )
  )
    return undefined;
  const { platform, formats, label, read, total, dated, following, series, bursts, otherPlatforms } = value;
  if (!HISTORY_PLATFORMS.includes(platform as HistoryPlatform)) return undefined;
  if (!Array.isArray(formats) || formats.length > 4 || !formats.every((f) => FORMATS.includes(f)))
    return undefined;
  if (!isClippedText(label, LABEL_LENGTH) || !Array.isArray(read) || read.length > MAX_FILES_NAMED)
    return undefined;
  if (!read.every((name) => isClippedText(name, FILE_NAME_LENGTH))) return undefined;
  if (!isCount(total) || !isCount(dated, total) || (following !== undefined && !isPassedOverCount(following)))
    return undefined;
  for (const key of ['unreadable', 'undatable', 'duplicates', 'unsafeNames'])
    if (!isPassedOverCount(value[key])) return undefined;
  // Saved before dates out of range and NUL names were counted apart: none were.
  const { futureDates = 0, earlyDates = 0, nulNames = 0 } = value;
  if (!isPassedOverCount(futureDates) || !isPassedOverCount(earlyDates) || !isPassedOverCount(nulNames))
    return undefined;
  if (
    !Array.isArray(otherPlatforms) ||
    !otherPlatforms.every((p) => HISTORY_PLATFORMS.includes(p as HistoryPlatform))
  )
    return undefined;
  let readSeries: ExportSummary['series'];
  if (series !== undefined) {
    if (!isRecord(series) || !hasKeys(series, ['firstDay', 'counts']) || !isDay(series.firstDay))
      return undefined;
    const { counts } = series;
    if (!Array.isArray(counts) || counts.length < 1 || counts.length > MAX_HISTORY_DAYS) return undefined;
    if (!isDay(series.firstDay + counts.length - 1) || !counts.every((count) => isCount(count)))
      return undefined;
    readSeries = { firstDay: series.firstDay, counts: counts as number[] };
  }
  const guessedList = value['guessedList'];
  if (guessedList !== undefined && !isClippedText(guessedList, LABEL_LENGTH)) return undefined;
  if (value['example'] !== undefined && value['example'] !== true) return undefined;
  const parts = value['parts'] === undefined ? undefined : readParts(value['parts']);
  if (value['parts'] !== undefined && !parts) return undefined;
  if (!Array.isArray(bursts) || bursts.length > (readSeries ? MAX_BURSTS : 0)) return undefined;
  const first = readSeries?.firstDay ?? 0;
  const readBursts = bursts.map((burst) =>
    readBurst(burst, first, first + (readSeries?.counts.length ?? 0) - 1),
  );
  if (readBursts.some((burst) => burst === undefined)) return undefined;
  return {
    platform: platform as HistoryPlatform,
    formats: formats as FileFormat[],
    label,
    read: read as string[],
    total,
    dated,
    following: following as number | undefined,
    unreadable: value['unreadable'] as number,
    undatable: value['undatable'] as number,
    futureDates,
    earlyDates,
    duplicates: value['duplicates'] as number,
    unsafeNames: value['unsafeNames'] as number,
    nulNames,
    otherPlatforms: otherPlatforms as HistoryPlatform[],
    series: readSeries,
    bursts: readBursts as BurstSummary[],
    ...(parts ? { parts } : {}),
    ...(guessedList !== undefined ? { guessedList } : {}),
    ...(value['example'] === true ? { example: true as const } : {}),
  };
}

function readParts(value: unknown): ExportParts | undefined {
  if (!isRecord(value) || !hasKeys(value, ['missing', 'lastFull'])) return undefined;
  const { missing, lastFull } = value;
  if (typeof lastFull !== 'boolean' || !Array.isArray(missing) || missing.length > MAX_PARTS_NAMED)
    return undefined;
  if (!missing.every((part) => isWholeBetween(part, 1, 9_999))) return undefined;
  return { missing: missing as number[], lastFull };
}

function readScope(value: unknown): SampleScope | undefined {
  if (!isRecord(value)) return undefined;
  if (value['kind'] === 'all' && hasKeys(value, ['kind'])) return { kind: 'all' };
  if (value['kind'] !== 'burst' || !hasKeys(value, ['kind', 'start', 'end'])) return undefined;
  const { start, end } = value;
  return isDay(start) && isDay(end) && end >= start ? { kind: 'burst', start, end } : undefined;
}

function readAccount(value: unknown): SampledAccount | undefined {
  if (!isRecord(value) || !hasKeys(value, ['name'], ['day'])) return undefined;
  const { name, day } = value;
  if (typeof name !== 'string' || name === '' || name.length > MAX_NAME_LENGTH) return undefined;
  if (day !== undefined && !isDay(day)) return undefined;
  return day === undefined ? { name } : { name, day };
}

function readSample(value: unknown): ExportSample | undefined {
  if (!isRecord(value) || !hasKeys(value, ['scope', 'population', 'margin', 'accounts', 'answers', 'signs']))
    return undefined;
  const scope = readScope(value['scope']);
  const { population, margin, accounts } = value;
  if (!scope || !isWholeBetween(population, 1, MAX_FOLLOWERS)) return undefined;
  if (!(SPOT_MARGINS as readonly unknown[]).includes(margin)) return undefined;
  if (
    !Array.isArray(accounts) ||
    accounts.length < 1 ||
    accounts.length > Math.min(MAX_SPOT_SAMPLE, population)
  )
    return undefined;
  const read = accounts.map(readAccount);
  if (read.some((account) => account === undefined)) return undefined;
  const positions = new Set(read.map((_, index) => index + 1));
  const answers = readByPosition(value['answers'], positions, handAnswerOf);
  const signs = readByPosition(value['signs'], positions, readSigns);
  if (!answers || !signs) return undefined;
  return {
    scope,
    population,
    margin: margin as SpotMargin,
    accounts: read as SampledAccount[],
    answers,
    signs,
  };
}

/** A stored check read back, or what in it could not be (words that follow "it was set aside:"). */
export type ReadBack = { state: HistoryState } | { problem: string };

/** Strictly reads a stored check, or says which part of it was unexpected. */
export function readHistoryState(value: unknown): ReadBack {
  if (!isRecord(value) || !hasKeys(value, ['summary', 'labels', 'samples'], ['comparison']))
    return { problem: 'it is not laid out as this page keeps a check' };
  const summary = readSummary(value['summary']);
  if (!summary) return { problem: 'its summary of the export holds a value this page never keeps' };
  const { labels, samples } = value;
  const labelProblem = {
    problem: 'a label of a burst is not one this page offers, or its burst is not there',
  };
  if (!isRecord(labels)) return labelProblem;
  const starts = new Set(summary.bursts.map((burst) => burst.start));
  const readLabels: Record<number, BurstLabel> = {};
  for (const [key, label] of Object.entries(labels)) {
    const day = /^\d{5}$/.test(key) ? Number(key) : Number.NaN;
    if (!starts.has(day) || !isBurstLabel(label)) return labelProblem;
    readLabels[day] = label as BurstLabel;
  }
  const readSamples = Array.isArray(samples) && samples.length <= 2 ? samples.map(readSample) : [undefined];
  if (readSamples.some((sample) => sample === undefined))
    return { problem: 'a sample of names, or an answer in it, is not as this page keeps them' };
  const state: HistoryState = { summary, labels: readLabels, samples: readSamples as ExportSample[] };
  if (value['comparison'] === undefined) return { state };
  const comparison = readComparison(value['comparison'], summary.platform);
  return comparison
    ? { state: { ...state, comparison } }
    : { problem: 'its comparison with another export holds counts that cannot be true' };
}

/** Strictly reads a stored check; undefined for anything unexpected. */
export function parseHistoryState(value: unknown): HistoryState | undefined {
  const read = readHistoryState(value);
  return 'state' in read ? read.state : undefined;
}

/** The check as the page keeps it in this browser (`storage`, localStorage unless told). */
export const savedHistory = (storage?: () => Storage | undefined) =>
  localDraft(HISTORY_STORAGE_KEY, HISTORY_VERSION, parseHistoryState, storage);

/**
 * Why the check stored as `raw` (the text kept under HISTORY_STORAGE_KEY) cannot be read back, in words that
 * follow "it was set aside:"; undefined when it can, or when nothing is stored.
 */
export function setAsideReason(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return 'it is not the text this page saves, so it may have been damaged';
  }
  if (!isRecord(stored) || !('value' in stored)) return 'it is not laid out as this page keeps a check';
  if (stored['version'] !== HISTORY_VERSION)
    return 'it was saved by another version of this page, which kept it in another form';
  const read = readHistoryState(stored['value']);
  return 'problem' in read
    ? `${read.problem}, so it may have been changed by hand or saved by an older version of this page`
    : undefined;
}

const DATED: readonly ExportIdentity['dated'][] = ['file', 'latest-follow', 'none'];

function readIdentity(value: unknown): ExportIdentity | undefined {
  if (!isRecord(value) || !hasKeys(value, ['dated'], ['account', 'day'])) return undefined;
  const { account, day, dated } = value;
  if (!DATED.includes(dated as ExportIdentity['dated'])) return undefined;
  if (account !== undefined && !(typeof account === 'string' && /^[a-z0-9._]{1,60}$/.test(account)))
    return undefined;
  if (day !== undefined && !isDay(day)) return undefined;
  return {
    dated: dated as ExportIdentity['dated'],
    ...(account ? { account } : {}),
    ...(day ? { day } : {}),
  };
}

function readCompared(value: unknown): ComparedExport | undefined {
  if (!isRecord(value) || !hasKeys(value, ['label', 'identity', 'total'])) return undefined;
  const identity = readIdentity(value['identity']);
  const { label, total } = value;
  return identity && isClippedText(label, LABEL_LENGTH) && isCount(total)
    ? { label, identity, total }
    : undefined;
}

/** Gone of those who came: never more gone than came. */
const isLoss = (of: unknown, gone: unknown) => isCount(of) && isCount(gone) && gone <= of;

/** Strictly reads a stored comparison: counts only, each within what the two exports can hold. */
function readComparison(value: unknown, platform: HistoryPlatform): ExportComparison | undefined {
  const keys = ['platform', 'earlier', 'later', 'left', 'came', 'bursts', 'ordinary'];
  if (!isRecord(value) || !hasKeys(value, keys, ['weekly']) || value['platform'] !== platform)
    return undefined;
  const earlier = readCompared(value['earlier']);
  const later = readCompared(value['later']);
  const { left, came, bursts, ordinary, weekly } = value;
  if (!earlier || !later || !isLoss(earlier.total, left) || !isLoss(later.total, came)) return undefined;
  if (!Array.isArray(bursts) || bursts.length > MAX_BURSTS) return undefined;
  const readBursts: BurstLoss[] = [];
  for (const burst of bursts) {
    if (!isRecord(burst) || !hasKeys(burst, ['start', 'end', 'arrived', 'gone'])) return undefined;
    const { start, end, arrived, gone } = burst;
    if (!isDay(start) || !isDay(end) || end < start || !isLoss(arrived, gone)) return undefined;
    readBursts.push({ start, end, arrived: arrived as number, gone: gone as number });
  }
  if (!isRecord(ordinary) || !hasKeys(ordinary, ['of', 'gone']) || !isLoss(ordinary['of'], ordinary['gone']))
    return undefined;
  let readWeekly: ExportComparison['weekly'];
  if (weekly !== undefined) {
    if (
      !isRecord(weekly) ||
      !hasKeys(weekly, ['firstDay', 'before', 'still']) ||
      !isHistoryWeekStart(weekly['firstDay'])
    )
      return undefined;
    const { before, still } = weekly;
    if (!Array.isArray(before) || !Array.isArray(still) || before.length !== still.length) return undefined;
    if (before.length < 1 || before.length > MAX_HISTORY_WEEKS) return undefined;
    if (!before.every((count, i) => isCount(count) && isCount(still[i]) && still[i] <= count))
      return undefined;
    readWeekly = { firstDay: weekly['firstDay'], before: before as number[], still: still as number[] };
  }
  return {
    platform,
    earlier,
    later,
    left: left as number,
    came: came as number,
    bursts: readBursts,
    ordinary: { of: ordinary['of'] as number, gone: ordinary['gone'] as number },
    ...(readWeekly ? { weekly: readWeekly } : {}),
  };
}

/** A name from a file, shortened for a heading or a list. */
export const shownName = (name: string) => clip(name, 60);
