import { formatCount } from '../numbers/format';
import { isWholeBetween } from '../parse/untrusted';

/*
 * The bounds of a follower history, written once. The export reader stops at them (or counts no further),
 * the summary builds within them, and the strict readers of a saved or shared history accept exactly what
 * they allow: so whatever is read from an export comes back after a reload, by construction.
 */

/** Most followers read from an export, and so the most any saved or shared count of followers may be. */
export const MAX_FOLLOWERS = 2_000_000;

const DAY_MS = 86_400_000;

/** The earliest moment a follow can have: Twitter opened in 2006, the oldest of these platforms. */
export const EARLIEST_FOLLOW = Date.UTC(2006, 0, 1);
/** The latest moment a follow read from an export can have, whatever this device's clock says. */
export const LATEST_FOLLOW = Date.UTC(2100, 0, 1);

// A follow's day is the owner's local day, and local time is at most 14 hours from UTC: one day of slack on
// each side holds every day that a follow between EARLIEST_FOLLOW and LATEST_FOLLOW falls on, in any zone.
const FIRST_DAY = Math.floor(EARLIEST_FOLLOW / DAY_MS) - 1;
const LAST_DAY = Math.floor(LATEST_FOLLOW / DAY_MS) + 1;

/** The most days from a history's first day to its last, both counted. */
export const MAX_HISTORY_DAYS = LAST_DAY - FIRST_DAY + 1;

/** A day number (days since 1 January 1970, local) a history can hold: the day of any follow it reads. */
export const isHistoryDay = (value: unknown): value is number => isWholeBetween(value, FIRST_DAY, LAST_DAY);

/** The Monday a week of history can start on: up to six days before its first day. */
export const isHistoryWeekStart = (value: unknown): value is number =>
  isWholeBetween(value, FIRST_DAY - 6, LAST_DAY);

/** The most weeks, Monday to Sunday, that a history's days can touch. */
export const MAX_HISTORY_WEEKS = Math.floor((LAST_DAY - (FIRST_DAY - 6)) / 7) + 1;

/** A count of followers, from 0 to `max`. */
export const isFollowerCount = (value: unknown, max = MAX_FOLLOWERS): value is number =>
  isWholeBetween(value, 0, max);

/*
 * What the reader passes over (repeats, unreadable entries, dates it cannot use, refused names, accounts
 * followed) has no limit in a file: 1 GB of `{},` is 350 million unreadable entries. Each is counted up to
 * MAX_COUNTED and then stops one past it, which reads as "more than 2,000,000".
 */
export const MAX_COUNTED = MAX_FOLLOWERS;

/** One more on a count of what was passed over, which stops one past MAX_COUNTED. */
export const countedOneMore = (count: number): number => Math.min(count + 1, MAX_COUNTED + 1);

/** A count of what was passed over, as the reader keeps it: 0 to one past MAX_COUNTED. */
export const isPassedOverCount = (value: unknown): value is number =>
  isWholeBetween(value, 0, MAX_COUNTED + 1);

/** "3", or "more than 2,000,000" for a count that stopped past MAX_COUNTED. */
export const countedNumber = (count: number): string =>
  count > MAX_COUNTED ? `more than ${formatCount(MAX_COUNTED)}` : formatCount(count);

/** "3 entries", or "more than 2,000,000 entries". */
export const countedText = (count: number, singular: string, plural = `${singular}s`): string =>
  `${countedNumber(count)} ${count === 1 ? singular : plural}`;

/** How long the label of an export (the files chosen, a list taken by its layout) is shown and kept. */
export const LABEL_LENGTH = 80;
/** The files a summary names, and how long each name is kept. */
export const MAX_FILES_NAMED = 10;
export const FILE_NAME_LENGTH = 120;

/** Text shortened by `clip(text, max)`: at most `max` characters and its ellipsis. */
export const isClippedText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max + 1;
