/*
 * "Share this history": follower history's summary in a link a creator can send, so that a business opens
 * the same chart. The link holds numbers only, never a name: the platform, the follower count, the arrivals
 * per week with the first and last day of the export's dates, the bursts with the owner's labels, and the
 * result of each hand check (how many drawn, checked, fake and unsure, out of how many followers).
 *
 * It lives in the address's fragment (`#history=...`), which browsers never send to a server: one version
 * byte, then the JSON deflated (`CompressionStream('deflate-raw')`), all in base64url. Opening a link goes
 * through the strict reader below, with caps on every length and count; a link that is too long, damaged,
 * forged badly or from another version gives a notice and nothing else, never a half chart.
 */
import { spotTally, MAX_SPOT_SAMPLE } from '../estimator/hand/spot-check';
import { hasKeys, isRecord, isWholeBetween } from '../parse/untrusted';
import { arrivalsByWeek, weekday } from './arrivals';
import { isHistoryDay, MAX_FOLLOWERS } from './bounds';
import { HISTORY_PLATFORMS, type HistoryPlatform } from './formats';
import { isBurstLabel, type BurstLabel, type HistoryState } from './state';
import { MAX_BURSTS, type SampleScope } from './summary';

/** How a shared history begins in the address; the estimator opens follower history when it sees it. */
export const HISTORY_LINK_PREFIX = '#history=';
/** The first byte of the link's bytes. A link of any other version is refused with its own notice. */
export const HISTORY_LINK_VERSION = 1;
/** The longest fragment read, `#history=` included. Two years of weekly history take under a tenth of it. */
export const MAX_HISTORY_LINK = 8_192;
/** The most bytes a link may inflate to: a few weeks' counts deflate well, so a bomb stops here. */
const MAX_INFLATED = 65_536;
/**
 * About thirty years of weeks: a link's limit, not a history's (MAX_HISTORY_WEEKS), chosen so that the longest
 * link the reader takes stays under MAX_HISTORY_LINK; a history over it (dates past 2036) is not shared.
 */
export const MAX_SHARED_WEEKS = 1_600;

export const DAMAGED_HISTORY_LINK_NOTICE =
  'This shared history link is damaged or incomplete, so nothing from it is shown. Ask the person who sent it for the link again.';
export const LONG_HISTORY_LINK_NOTICE = `This shared history link is longer than ${MAX_HISTORY_LINK.toLocaleString('en-GB')} characters, the most this page reads, so nothing from it is shown.`;
export const OTHER_VERSION_HISTORY_LINK_NOTICE =
  'This shared history link was made by another version of this page and cannot be read here, so nothing from it is shown.';

/** Arrivals per week, Monday to Sunday, from the Monday of `first`'s week; `first` and `last` are the export's first and last dated days. */
export interface SharedWeeks {
  first: number;
  last: number;
  counts: number[];
}

export interface SharedBurst {
  /** Day numbers of its first and last day. */
  start: number;
  end: number;
  arrived: number;
  /** What usual days would have brought, rounded. */
  usual: number;
  /** Minutes within which four in five of its arrivals came (the summary's spanHours). */
  minutes: number;
  /** What the owner says brought it; none when she has not said. */
  label?: BurstLabel;
}

/** A hand check's result as the page shows it: no names, only the counts. */
export interface SharedHandCheck {
  scope: SampleScope;
  /** How many followers the sample was drawn from. */
  population: number;
  drawn: number;
  checked: number;
  fake: number;
  unsure: number;
}

export interface HistoryShare {
  platform: HistoryPlatform;
  total: number;
  /** Absent when the export had no follow dates (an X archive). */
  weeks?: SharedWeeks;
  bursts: SharedBurst[];
  checks: SharedHandCheck[];
}

/** What the summary of an export puts in a link; undefined when the export lists no followers. */
export function historyShareOf({ summary, labels, samples }: HistoryState): HistoryShare | undefined {
  if (summary.total === 0) return undefined;
  const { series } = summary;
  const bursts = summary.bursts.map((burst): SharedBurst => {
    const label = labels[burst.start];
    return {
      start: burst.start,
      end: burst.end,
      arrived: burst.arrived,
      usual: Math.round(burst.usual),
      minutes: Math.round(burst.spanHours * 60),
      ...(label ? { label } : {}),
    };
  });
  const checks = samples.flatMap((sample): SharedHandCheck[] => {
    const tally = spotTally(sample);
    if (tally.answered === 0) return [];
    const { scope, population } = sample;
    return [
      {
        scope,
        population,
        drawn: sample.accounts.length,
        checked: tally.answered,
        fake: tally.fake,
        unsure: tally.unsure,
      },
    ];
  });
  const week = series && arrivalsByWeek(series);
  return {
    platform: summary.platform,
    total: summary.total,
    ...(series && week
      ? {
          weeks: {
            first: series.firstDay,
            last: series.firstDay + series.counts.length - 1,
            counts: week.counts,
          },
        }
      : {}),
    bursts,
    checks,
  };
}

const isDay = isHistoryDay;

/** The Monday of the week `day` falls in. */
export const mondayOf = (day: number) => day - weekday(day);

function readWeeks(value: unknown, total: number): SharedWeeks | undefined {
  if (!isRecord(value) || !hasKeys(value, ['first', 'last', 'counts'])) return undefined;
  const { first, last, counts } = value;
  if (!isDay(first) || !isDay(last) || last < first || !Array.isArray(counts)) return undefined;
  const weeks = Math.floor((last - mondayOf(first)) / 7) + 1;
  if (weeks > MAX_SHARED_WEEKS || counts.length !== weeks) return undefined;
  let sum = 0;
  for (const count of counts) {
    if (!isWholeBetween(count, 0, total)) return undefined;
    sum += count;
  }
  // The first and the last dated day each had a follower, and no more came than the export lists.
  if (sum > total || counts[0] === 0 || counts[weeks - 1] === 0) return undefined;
  return { first, last, counts: counts as number[] };
}

function readBurst(value: unknown, weeks: SharedWeeks, after: number): SharedBurst | undefined {
  if (!isRecord(value) || !hasKeys(value, ['start', 'end', 'arrived', 'usual', 'minutes'], ['label']))
    return undefined;
  const { start, end, arrived, usual, minutes, label } = value;
  if (!isDay(start) || !isDay(end) || start <= after || start < weeks.first || end > weeks.last)
    return undefined;
  if (end < start) return undefined;
  // No more arrived in the burst than in the weeks it falls in.
  const weekOf = (day: number) => Math.floor((day - mondayOf(weeks.first)) / 7);
  let around = 0;
  for (let week = weekOf(start); week <= weekOf(end); week++) around += weeks.counts[week]!;
  if (!isWholeBetween(arrived, 1, around) || !isWholeBetween(usual, 0, MAX_FOLLOWERS)) return undefined;
  if (!isWholeBetween(minutes, 0, (end - start + 2) * 1_440)) return undefined;
  if (label !== undefined && !isBurstLabel(label)) return undefined;
  return {
    start,
    end,
    arrived,
    usual,
    minutes,
    ...(label === undefined ? {} : { label: label as BurstLabel }),
  };
}

function readCheck(
  value: unknown,
  total: number,
  bursts: readonly SharedBurst[],
): SharedHandCheck | undefined {
  const counts = ['population', 'drawn', 'checked', 'fake', 'unsure'];
  if (!isRecord(value) || !hasKeys(value, ['scope', ...counts])) return undefined;
  const { scope, population, drawn, checked, fake, unsure } = value;
  if (!isRecord(scope)) return undefined;
  let read: SampleScope;
  if (scope['kind'] === 'all' && hasKeys(scope, ['kind'])) read = { kind: 'all' };
  else if (scope['kind'] === 'burst' && hasKeys(scope, ['kind', 'start', 'end'])) {
    const burst = bursts.find(
      (candidate) => candidate.start === scope['start'] && candidate.end === scope['end'],
    );
    if (!burst) return undefined;
    read = { kind: 'burst', start: burst.start, end: burst.end };
  } else return undefined;
  if (
    !isWholeBetween(population, 1, total) ||
    !isWholeBetween(drawn, 1, Math.min(MAX_SPOT_SAMPLE, population))
  )
    return undefined;
  if (!isWholeBetween(checked, 1, drawn) || !isWholeBetween(fake, 0, checked)) return undefined;
  if (!isWholeBetween(unsure, 0, checked - fake)) return undefined;
  return { scope: read, population, drawn, checked, fake, unsure };
}

/** Strictly reads a shared history once inflated and parsed; undefined for anything unexpected. */
export function readHistoryShare(value: unknown): HistoryShare | undefined {
  if (!isRecord(value) || !hasKeys(value, ['platform', 'total', 'bursts', 'checks'], ['weeks']))
    return undefined;
  const { platform, total, weeks, bursts, checks } = value;
  if (!HISTORY_PLATFORMS.includes(platform as HistoryPlatform) || !isWholeBetween(total, 1, MAX_FOLLOWERS))
    return undefined;
  const readW = weeks === undefined ? undefined : readWeeks(weeks, total);
  if (weeks !== undefined && !readW) return undefined;
  if (!Array.isArray(bursts) || bursts.length > (readW ? MAX_BURSTS : 0)) return undefined;
  const readB: SharedBurst[] = [];
  for (const burst of bursts) {
    const read = readW && readBurst(burst, readW, readB.at(-1)?.end ?? -1);
    if (!read) return undefined;
    readB.push(read);
  }
  if (!Array.isArray(checks) || checks.length > 2) return undefined;
  const readC: SharedHandCheck[] = [];
  for (const check of checks) {
    const read = readCheck(check, total, readB);
    if (!read || readC.some((other) => (other.scope.kind === 'all') === (read.scope.kind === 'all')))
      return undefined;
    readC.push(read);
  }
  return {
    platform: platform as HistoryPlatform,
    total,
    ...(readW ? { weeks: readW } : {}),
    bursts: readB,
    checks: readC,
  };
}

/** Runs `bytes` through a (de)compression stream; undefined past `max` bytes out, or when it fails. */
async function through(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(transform as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(
    `${text.replaceAll('-', '+').replaceAll('_', '/')}${'='.repeat((4 - (text.length % 4)) % 4)}`,
  );
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export type HistoryLink = { fragment: string } | { tooLong: number } | { unreadable: true };

/**
 * The fragment (`#history=...`) that opens `share` read-only; or how long it would be, when that is over
 * MAX_HISTORY_LINK; or `unreadable` when the reader would refuse it, so no link is made that cannot open.
 */
export async function encodeHistoryLink(share: HistoryShare): Promise<HistoryLink> {
  const json = JSON.stringify(share);
  if (!readHistoryShare(JSON.parse(json))) return { unreadable: true };
  const deflated = await through(
    new TextEncoder().encode(json),
    new CompressionStream('deflate-raw'),
    Infinity,
  );
  if (!deflated) return { unreadable: true };
  const bytes = new Uint8Array(deflated.byteLength + 1);
  bytes[0] = HISTORY_LINK_VERSION;
  bytes.set(deflated, 1);
  const fragment = `${HISTORY_LINK_PREFIX}${toBase64Url(bytes)}`;
  return fragment.length > MAX_HISTORY_LINK ? { tooLong: fragment.length } : { fragment };
}

/** What an address's fragment opens: a shared history, a notice, or (no `#history=`) neither. */
export type OpenedHistoryLink = { share?: HistoryShare; notice?: string };

/** Reads a page's fragment (`location.hash`). Never throws: anything wrong gives a notice and no history. */
export async function decodeHistoryLink(hash: string): Promise<OpenedHistoryLink> {
  if (!hash.startsWith(HISTORY_LINK_PREFIX)) return {};
  if (hash.length > MAX_HISTORY_LINK) return { notice: LONG_HISTORY_LINK_NOTICE };
  const damaged = { notice: DAMAGED_HISTORY_LINK_NOTICE };
  try {
    const bytes = fromBase64Url(hash.slice(HISTORY_LINK_PREFIX.length));
    if (!bytes || bytes.length < 2) return damaged;
    if (bytes[0] !== HISTORY_LINK_VERSION) return { notice: OTHER_VERSION_HISTORY_LINK_NOTICE };
    const inflated = await through(bytes.slice(1), new DecompressionStream('deflate-raw'), MAX_INFLATED);
    if (!inflated) return damaged;
    const share = readHistoryShare(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated)));
    return share ? { share } : damaged;
  } catch {
    return damaged;
  }
}
