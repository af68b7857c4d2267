/**
 * One follower's public profile, as read from a row of an export.
 *
 * `undefined` means unknown: the column is missing, or the cell is empty or NULL. A rule that needs an
 * unknown field is "not evaluated" and never counts as a hit.
 *
 * Text fields are the exception: when their column exists, an empty cell is read as `''`, because an
 * export writes an empty cell exactly when the profile has no bio, website or location, and "empty bio"
 * is itself one of the signs we check.
 */
export interface FollowerProfile {
  /** screen_name / username, without a leading @; '' if absent. */
  handle: string;
  followers?: number;
  following?: number;
  posts?: number;
  likesGiven?: number;
  /** How many lists other people have put this account on (Twitter/X only). */
  listed?: number;
  /** true = default ("egg") avatar or no profile picture. */
  defaultImage?: boolean;
  bio?: string;
  url?: string;
  location?: string;
  /** When the account was created. */
  createdAt?: Date;
  verified?: boolean;
  private?: boolean;
}
