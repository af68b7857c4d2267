/**
 * Every platform the site names, in one place: its id, the name shown for it, and the address of an account
 * on it. Each tool works on a subset (`Extract<Platform, ...>`), so a platform has one id and one name
 * everywhere.
 */

export type Platform = 'facebook' | 'instagram' | 'x' | 'linkedin' | 'tiktok';

/** The name shown for each platform. X keeps its old name beside the new, which many owners still use. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X (Twitter)',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
};

/** Every platform, in the order the site lists them. */
export const PLATFORMS = Object.keys(PLATFORM_NAMES) as readonly Platform[];

/** The name where space is short, as under a post in the quiz: "X" alone. */
export const SHORT_PLATFORM_NAMES: Readonly<Record<Platform, string>> = { ...PLATFORM_NAMES, x: 'X' };

/** How a file names an account: by its user name, or (X's own archive) by its account number. */
export type AccountName = { handle: string } | { accountId: string };

// User names as the platforms allow them; anything else gets no link (it could be a path or a script).
const HANDLES: Partial<Record<Platform, RegExp>> = {
  instagram: /^[A-Za-z0-9._]{1,30}$/,
  tiktok: /^[A-Za-z0-9._]{1,24}$/,
  x: /^[A-Za-z0-9_]{1,15}$/,
};
const X_ACCOUNT_ID = /^\d{1,20}$/;

/** Whether `name` can be a user name (or, for an account number, a number) on `platform`. */
export function isAccountName(platform: Platform, account: AccountName): boolean {
  if ('accountId' in account) return platform === 'x' && X_ACCOUNT_ID.test(account.accountId);
  return HANDLES[platform]?.test(account.handle) ?? false;
}

/**
 * The address of an account's public profile on the platform's own site, built from its name (never from a
 * link in a file), or undefined when the name is not one the platform allows or the platform gives no
 * address for it (Facebook's export holds display names, which do not make a link).
 */
export function profileUrl(platform: Platform, account: AccountName): string | undefined {
  if (!isAccountName(platform, account)) return undefined;
  if ('accountId' in account) return `https://x.com/intent/user?user_id=${account.accountId}`;
  const { handle } = account;
  switch (platform) {
    case 'instagram':
      return `https://www.instagram.com/${handle}/`;
    case 'tiktok':
      return `https://www.tiktok.com/@${handle}`;
    case 'x':
      return `https://x.com/${handle}`;
    default:
      return undefined;
  }
}
