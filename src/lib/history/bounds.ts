import { isWholeBetween } from '../parse/untrusted';

/*
 * The bounds every reader of follower history holds to, written once: the export reader stops at them, and
 * the strict readers of a saved or shared history refuse anything past them.
 */

/** Most followers read from an export, and so the most any saved or shared count may be. */
export const MAX_FOLLOWERS = 2_000_000;

// Day numbers (days since 1 January 1970) from 2006, when the oldest of these platforms opened, to 2100.
const FIRST_DAY = 13_149;
const LAST_DAY = 47_482;

/** A day number a history can hold. */
export const isHistoryDay = (value: unknown): value is number => isWholeBetween(value, FIRST_DAY, LAST_DAY);

/** A count of followers, from 0 to `max`. */
export const isFollowerCount = (value: unknown, max = MAX_FOLLOWERS): value is number =>
  isWholeBetween(value, 0, max);
