import { MOST_FOLLOWERS, parseCount, type CountParse } from '../../numbers/count';
import type { Platform } from '../../platforms';

/** The platforms the quick check has benchmarks for. */
export type QuickPlatform = Extract<Platform, 'instagram' | 'facebook' | 'x' | 'tiktok'>;

// LinkedIn is left out: the published LinkedIn figures we found divide by impressions, not followers.
export const QUICK_PLATFORMS: readonly QuickPlatform[] = ['instagram', 'facebook', 'x', 'tiktok'];

/**
 * Whose account the numbers are from: a business (the owner's own, or another shop's), read against the
 * brand median; or a creator the owner might pay, read against the influencer guide's floor.
 */
export type AccountKind = 'business' | 'creator';

export const ACCOUNT_KINDS: readonly AccountKind[] = ['business', 'creator'];

export function isAccountKind(text: string): text is AccountKind {
  return (ACCOUNT_KINDS as readonly string[]).includes(text);
}

export interface QuickCheckInput {
  platform: QuickPlatform;
  followers: number;
  /** Average likes per post; may be a fraction because it is an average. */
  likes: number;
  /** Average comments per post; may be a fraction because it is an average. */
  comments: number;
}

export type QuickCheckField = 'platform' | 'followers' | 'likes' | 'comments';

export interface QuickCheckParse {
  /** Present only when there are no errors. */
  value?: QuickCheckInput;
  errors: Partial<Record<QuickCheckField, string>>;
  warnings: Partial<Record<QuickCheckField, string>>;
}

// The largest accounts in the world have a few hundred million followers; a billion leaves room and
// still catches a finger held on the zero key.

const AVERAGE = { max: MOST_FOLLOWERS, allowZero: true, allowFraction: true };

/** The what-if's starting number: the size of a typical bundle offered to a small shop ("5,000 for $49"). */
export const DEFAULT_BOUGHT = 5_000;

/** Reads the "followers you might buy" field: a whole number from 1 to a billion, like the followers field. */
export function parseBought(text: string): CountParse {
  return parseCount(text, { label: 'followers to buy', max: MOST_FOLLOWERS });
}

const MORE_ENGAGEMENT_THAN_FOLLOWERS =
  'That is more likes and comments than the account has followers. It happens when posts reach people ' +
  'who do not follow, through shares or the platform’s recommendations (Reels, TikTok’s For You feed), ' +
  'but check the numbers are not swapped.';

export function isQuickPlatform(text: string): text is QuickPlatform {
  return (QUICK_PLATFORMS as readonly string[]).includes(text);
}

/** Parses the quick-check form into checked numbers, with a message next to each field that needs one. */
export function parseQuickCheck(fields: Record<QuickCheckField, string>): QuickCheckParse {
  const errors: Partial<Record<QuickCheckField, string>> = {};
  const warnings: Partial<Record<QuickCheckField, string>> = {};
  const platform = fields.platform.trim();
  if (!isQuickPlatform(platform)) errors.platform = 'Choose a platform.';
  const read = (field: 'followers' | 'likes' | 'comments', parse: CountParse): number | undefined => {
    if (parse.ok) return parse.value;
    errors[field] = parse.message;
    return undefined;
  };
  const followers = read(
    'followers',
    parseCount(fields.followers, { label: 'followers', max: MOST_FOLLOWERS }),
  );
  const likes = read('likes', parseCount(fields.likes, { label: 'likes', ...AVERAGE }));
  const comments = read('comments', parseCount(fields.comments, { label: 'comments', ...AVERAGE }));
  if (
    followers === undefined ||
    likes === undefined ||
    comments === undefined ||
    !isQuickPlatform(platform)
  ) {
    return { errors, warnings };
  }
  if (likes + comments > followers) warnings.likes = MORE_ENGAGEMENT_THAN_FOLLOWERS;
  return { value: { platform, followers, likes, comments }, errors, warnings };
}
