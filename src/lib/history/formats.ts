import type { AccountName, Platform } from '../platforms';

/*
 * Which files of a platform's data export hold the follower list, and how each is read. What each export
 * holds (and what it does not) is written up on the estimator's method page; the shapes here were checked
 * against the platforms' help pages and parsers others have published for the same files.
 *
 * - Instagram ("Download your information", JSON or HTML): connections/followers_and_following/
 *   followers_1.json, followers_2.json... at 10,000 followers a file (older exports:
 *   followers_and_following/followers.json). Each entry
 *   is {title, media_list_data, string_list_data: [{href, value, timestamp}]}, timestamp in Unix seconds; the
 *   file is one array, or {"relationships_followers": [...]} in older exports. following.json is
 *   {"relationships_following": [...]}, where newer exports put the user name in `title` and leave out
 *   `value`. The HTML files have one block per account: a link whose text is the user name, then the date
 *   ("Nov 26, 2025 12:15 am", in the language the owner's account uses).
 * - TikTok ("Download your data", JSON or TXT): one JSON file, user_data.json or user_data_tiktok.json,
 *   with {"Date": "2024-03-12 18:04:11", "UserName": "..."} entries under Activity > Follower List >
 *   FansList (newer: Profile And Settings > Follower > FansList) and the accounts followed under Following.
 *   The TXT export has Follower.txt (older: "Follower List.txt") with "Date: ..." and "Username: ..." lines,
 *   or "You have no data in this section"; in Dutch, Volger.txt with "Datum: ..." and "Gebruikersnaam: ...",
 *   or "Dit gedeelte bevat geen gegevens".
 * - X (Twitter) archive: data/follower.js and data/following.js, JavaScript that assigns one JSON array,
 *   `window.YTD.follower.part0 = [{"follower": {"accountId": "...", "userLink": "..."}}]`: account numbers,
 *   no names and no dates.
 * - Facebook ("Download your information", JSON or HTML), a personal profile: connections/followers/
 *   people_who_followed_you.json (older: friends_and_followers/followers.json), entries {name, timestamp}
 *   under "followers_v3" (older "followers_v2"), display names rather than user names; the HTML file gives
 *   each name and then the date. No evidence was found that a Page's export lists its followers.
 */

/** The platforms whose data exports follower history reads. */
export type HistoryPlatform = Extract<Platform, 'instagram' | 'tiktok' | 'x' | 'facebook'>;
export const HISTORY_PLATFORMS: readonly HistoryPlatform[] = ['instagram', 'tiktok', 'x', 'facebook'];
export type ListKind = 'followers' | 'following';
export type FileFormat = 'json' | 'html' | 'txt' | 'js';

/** A file the reader knows: which platform wrote it, in what format, and which lists it may hold. */
export interface KnownFile {
  platform: HistoryPlatform;
  format: FileFormat;
  /** The list a file holds, or `both` for TikTok's one JSON file. */
  list: ListKind | 'both';
}

const PATTERNS: readonly { test: RegExp; file: KnownFile }[] = [
  {
    test: /(^|\/)followers(_\d+)?\.json$/i,
    file: { platform: 'instagram', format: 'json', list: 'followers' },
  },
  {
    test: /(^|\/)followers(_\d+)?\.html?$/i,
    file: { platform: 'instagram', format: 'html', list: 'followers' },
  },
  { test: /(^|\/)following\.json$/i, file: { platform: 'instagram', format: 'json', list: 'following' } },
  { test: /(^|\/)following\.html?$/i, file: { platform: 'instagram', format: 'html', list: 'following' } },
  {
    test: /(^|\/)user_data(_tiktok)?\.json$/i,
    file: { platform: 'tiktok', format: 'json', list: 'both' },
  },
  // TikTok's TXT files are named in the account's language: English, and Dutch (Volger.txt, Volgend.txt, as
  // d3i-infra/data-donation-task's TikTok reader lists them). The reader knows their labels by structure in
  // any language, but only a name says which list a file is: a file named in a language not listed here is
  // found by its layout in read-export.ts, read as the follower list only when it is the one such file (and
  // the result says so), since a list of the accounts followed read as followers would be wrong.
  {
    test: /(^|\/)(follower|follower list|followers|fans|volger)\.txt$/i,
    file: { platform: 'tiktok', format: 'txt', list: 'followers' },
  },
  {
    test: /(^|\/)(following|following list|volgend)\.txt$/i,
    file: { platform: 'tiktok', format: 'txt', list: 'following' },
  },
  { test: /(^|\/)follower(-part\d+)?\.js$/i, file: { platform: 'x', format: 'js', list: 'followers' } },
  { test: /(^|\/)following(-part\d+)?\.js$/i, file: { platform: 'x', format: 'js', list: 'following' } },
  {
    test: /(^|\/)people_who_followed_you(_\d+)?\.json$/i,
    file: { platform: 'facebook', format: 'json', list: 'followers' },
  },
  {
    test: /(^|\/)people_who_followed_you(_\d+)?\.html?$/i,
    file: { platform: 'facebook', format: 'html', list: 'followers' },
  },
  {
    test: /(^|\/)(who_you('|’)?ve_followed|who_you_follow)\.json$/i,
    file: { platform: 'facebook', format: 'json', list: 'following' },
  },
  {
    test: /(^|\/)(who_you('|’)?ve_followed|who_you_follow)\.html?$/i,
    file: { platform: 'facebook', format: 'html', list: 'following' },
  },
];

/** Most followers Instagram puts in one followers_N file: a larger list comes in several files. */
export const INSTAGRAM_FILE_FOLLOWERS = 10_000;

/** The number N of Instagram's followers_N file, or undefined for any other file. */
export function instagramPart(path: string): number | undefined {
  const match = /(^|\/)followers_(\d{1,4})\.(json|html?)$/i.exec(path.replaceAll('\\', '/'));
  return match ? Number(match[2]) : undefined;
}

/**
 * Threads' own lists, which an Instagram export also holds (your_instagram_activity/threads/followers.json):
 * Threads' followers are not Instagram's, so they are never read as them.
 */
export const isThreadsList = (path: string): boolean =>
  /(^|\/)threads\/(followers|following)(_\d+)?\.(json|html?)$/i.test(path.replaceAll('\\', '/'));

/**
 * The known file at `path` (a path inside a ZIP, or a loose file's name), or undefined. A followers.json
 * inside a Facebook export's friends_and_followers or connections/followers folder is Facebook's.
 */
export function recogniseFile(path: string): KnownFile | undefined {
  const normal = path.replaceAll('\\', '/');
  if (isThreadsList(normal)) return undefined;
  const found = PATTERNS.find((pattern) => pattern.test.test(normal))?.file;
  if (!found) return undefined;
  if (
    found.platform === 'instagram' &&
    /(^|\/)(friends_and_followers|following_and_followers|connections\/followers)\//i.test(normal)
  )
    return { ...found, platform: 'facebook' };
  return found;
}

/** The arrays that hold each list in a platform's JSON, by their path of keys (see json-lists.ts). */
export const JSON_LISTS: Readonly<Record<HistoryPlatform, Readonly<Record<ListKind, readonly string[]>>>> = {
  instagram: {
    followers: ['', 'relationships_followers'],
    following: ['relationships_following', ''],
  },
  tiktok: {
    followers: [
      'Activity/Follower List/FansList',
      'Your Activity/Follower/FansList',
      'Profile And Settings/Follower/FansList',
    ],
    following: [
      'Activity/Following List/Following',
      'Your Activity/Following/Following',
      'Profile And Settings/Following/Following',
    ],
  },
  x: { followers: [''], following: [''] },
  facebook: {
    followers: ['followers_v2', 'followers_v3', 'followers', ''],
    following: ['following_v2', 'following_v3', 'following', ''],
  },
};

/**
 * How an export names an account: X's archive by its account number, the others by user name (Facebook's by
 * display name, which `profileUrl` turns into no link).
 */
export const accountOf = (platform: HistoryPlatform, name: string): AccountName =>
  platform === 'x' ? { accountId: name } : { handle: name };

// Enough missing part numbers to say which; a saved summary keeps no more.
export const MAX_PARTS_NAMED = 20;

/** Signs that an Instagram list is part of a larger download (see `partsOf`). */
export interface ExportParts {
  missing: number[];
  lastFull: boolean;
}

/**
 * Whether Instagram's followers_N files look like part of a larger download, which Instagram splits into
 * several ZIP files: a number missing below the last one read, or the last holding exactly a full file.
 */
export function partsOf(partEntries: ReadonlyMap<number, number>): ExportParts | undefined {
  if (partEntries.size === 0) return undefined;
  const last = Math.max(...partEntries.keys());
  const missing: number[] = [];
  for (let part = 1; part < last && missing.length < MAX_PARTS_NAMED; part++)
    if (!partEntries.has(part)) missing.push(part);
  const lastFull = partEntries.get(last) === INSTAGRAM_FILE_FOLLOWERS;
  return missing.length > 0 || lastFull ? { missing, lastFull } : undefined;
}

/** What to tell an owner whose Instagram list looks like part of a larger download, and what to do. */
export function partsAdvice(parts: ExportParts): string {
  const split =
    'Instagram splits a large download into several ZIP files: choose all the ZIP files of the download together.';
  if (parts.missing.length > 0) {
    const files = parts.missing.map((part) => `followers_${part}`);
    const named = files.length === 1 ? files[0]! : `${files.slice(0, -1).join(', ')} and ${files.at(-1)!}`;
    return `This looks like only part of your list: ${named} ${files.length === 1 ? 'is' : 'are'} not among the files read. ${split}`;
  }
  return `The last follower file read holds exactly ${INSTAGRAM_FILE_FOLLOWERS.toLocaleString('en-GB')} followers, the most Instagram puts in one file, so the rest of your list may be in another ZIP file of the same download. ${split}`;
}
