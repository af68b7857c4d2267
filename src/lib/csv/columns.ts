import type { FollowerProfile } from '../estimator/profile/types';

export type ProfileField =
  | 'handle'
  | 'followers'
  | 'following'
  | 'posts'
  | 'likesGiven'
  | 'listed'
  | 'defaultImage'
  | 'hasPhoto'
  | 'photoUrl'
  | 'bio'
  | 'url'
  | 'location'
  | 'createdAt'
  | 'verified'
  | 'private';

/** Field -> column index in the header. */
export type ColumnMapping = Partial<Record<ProfileField, number>>;

/** The fields in the order the manual mapping form shows them, with a label and a hint. */
export const PROFILE_FIELDS: readonly { field: ProfileField; label: string; help: string }[] = [
  {
    field: 'handle',
    label: 'Username',
    help: 'The account name, e.g. screen_name or username. Only for display.',
  },
  {
    field: 'followers',
    label: 'Followers',
    help: 'How many accounts follow this one, e.g. followers_count.',
  },
  { field: 'following', label: 'Following', help: 'How many accounts this one follows, e.g. friends_count.' },
  { field: 'posts', label: 'Posts', help: 'How many posts or tweets it has published, e.g. statuses_count.' },
  { field: 'likesGiven', label: 'Likes given', help: 'How many posts it has liked, e.g. favourites_count.' },
  {
    field: 'listed',
    label: 'Lists it is on',
    help: 'How many lists others put it on (X/Twitter), listed_count.',
  },
  {
    field: 'defaultImage',
    label: 'Default photo (yes/no)',
    help: 'Yes when the account still has the default avatar, e.g. default_profile_image.',
  },
  {
    field: 'hasPhoto',
    label: 'Has a photo (yes/no)',
    help: 'Yes when the account has its own profile photo, e.g. has_profile_pic.',
  },
  {
    field: 'photoUrl',
    label: 'Photo address',
    help: 'Link to the profile photo; an empty or default link counts as no photo.',
  },
  { field: 'bio', label: 'Bio', help: 'The profile text, e.g. description or biography.' },
  { field: 'url', label: 'Website', help: 'The link in the profile, e.g. url or external_url.' },
  { field: 'location', label: 'Location', help: 'The place written in the profile.' },
  {
    field: 'createdAt',
    label: 'Account created',
    help: 'When the account was made, e.g. created_at (a date, or a Unix time).',
  },
  { field: 'verified', label: 'Verified (yes/no)', help: 'Yes when the platform shows a verified badge.' },
  { field: 'private', label: 'Private (yes/no)', help: 'Yes when the account is private or protected.' },
];

type HeaderSource = 'twitter' | 'instagram' | 'any';

/*
 * Header names seen in exports, by field and by the platform they give away. Twitter/X: API v1.1 user
 * object (and v2 names); Instagram: Graph API fields, web profile JSON and common scraper exports.
 * Names are compared after `headerKey`, so case, spaces, underscores, dots and dashes do not matter.
 */
const HEADER_NAMES: readonly [ProfileField, HeaderSource, readonly string[]][] = [
  ['handle', 'twitter', ['screen_name']],
  ['handle', 'any', ['username', 'handle', 'user', 'account', 'account_name', 'login']],
  ['followers', 'instagram', ['follower_count', 'edge_followed_by', 'followed_by', 'followed_by_count']],
  ['followers', 'any', ['followers_count', 'followers', 'follower', 'num_followers', 'number_of_followers']],
  ['following', 'twitter', ['friends_count', 'friends']],
  ['following', 'instagram', ['followings', 'followings_count', 'follows_count', 'edge_follow', 'followees']],
  ['following', 'any', ['following', 'following_count', 'follows', 'num_following', 'number_of_following']],
  ['posts', 'twitter', ['statuses_count', 'statuses', 'tweet_count', 'tweets', 'tweets_count']],
  ['posts', 'instagram', ['media_count', 'media', 'edge_owner_to_timeline_media']],
  ['posts', 'any', ['posts', 'posts_count', 'post_count', 'num_posts', 'number_of_posts']],
  ['likesGiven', 'twitter', ['favourites_count', 'favorites_count', 'favourites', 'favorites']],
  ['likesGiven', 'any', ['likes_given']],
  ['listed', 'twitter', ['listed_count', 'listed']],
  ['defaultImage', 'twitter', ['default_profile_image']],
  ['defaultImage', 'instagram', ['has_anonymous_profile_picture']],
  [
    'defaultImage',
    'any',
    ['default_image', 'default_avatar', 'no_profile_pic', 'no_profile_picture', 'no_photo'],
  ],
  ['hasPhoto', 'instagram', ['has_profile_pic', 'has_profile_picture']],
  ['hasPhoto', 'any', ['has_photo', 'has_avatar', 'has_profile_photo', 'has_picture']],
  ['photoUrl', 'twitter', ['profile_image_url', 'profile_image_url_https']],
  ['photoUrl', 'instagram', ['profile_pic_url', 'profile_pic_url_hd', 'profile_picture', 'img_url']],
  [
    'photoUrl',
    'any',
    ['avatar', 'avatar_url', 'photo', 'photo_url', 'picture', 'image_url', 'profile_photo'],
  ],
  ['bio', 'twitter', ['description']],
  ['bio', 'instagram', ['biography']],
  ['bio', 'any', ['bio', 'about', 'profile_description', 'user_description']],
  ['url', 'instagram', ['external_url', 'external_link']],
  ['url', 'any', ['url', 'website', 'website_url', 'homepage']],
  ['location', 'any', ['location', 'user_location']],
  ['createdAt', 'twitter', ['created_at']],
  [
    'createdAt',
    'any',
    [
      'created',
      'creation_date',
      'account_created',
      'account_created_at',
      'date_joined',
      'joined',
      'join_date',
    ],
  ],
  ['verified', 'instagram', ['is_verified']],
  ['verified', 'any', ['verified']],
  ['private', 'twitter', ['protected']],
  ['private', 'instagram', ['is_private']],
  ['private', 'any', ['private', 'is_protected']],
];

/** A header name reduced to lowercase letters and digits, so "Followers Count" and "followers_count" meet. */
function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const KNOWN_HEADERS = new Map<string, { field: ProfileField; platform: HeaderSource }>();
for (const [field, platform, names] of HEADER_NAMES) {
  for (const name of names) {
    const key = headerKey(name);
    const known = KNOWN_HEADERS.get(key);
    // Guards the table above: one name must never mean two fields.
    if (known && known.field !== field)
      throw new Error(`Header name ${name} listed for ${known.field} and ${field}`);
    KNOWN_HEADERS.set(key, { field, platform });
  }
}

/**
 * What a header names. Flattened JSON exports prefix names with their parent ("public_metrics.followers_count",
 * "user.screen_name"); only the last part counts, so that "user.name" (a display name) is not read as "username".
 */
function knownHeader(name: string): { field: ProfileField; platform: HeaderSource } | undefined {
  return KNOWN_HEADERS.get(headerKey(name.slice(name.lastIndexOf('.') + 1)));
}

/**
 * Maps the header's columns to profile fields by name. The first column with a known name wins a field,
 * and a column maps to at most one field.
 */
export function detectColumns(header: readonly string[]): {
  mapping: ColumnMapping;
  source: 'twitter' | 'instagram' | 'mixed' | 'unknown';
} {
  const mapping: ColumnMapping = {};
  let twitter = false;
  let instagram = false;
  header.forEach((name, column) => {
    const known = knownHeader(name);
    if (known === undefined || mapping[known.field] !== undefined) return;
    mapping[known.field] = column;
    twitter ||= known.platform === 'twitter';
    instagram ||= known.platform === 'instagram';
  });
  const source = twitter ? (instagram ? 'mixed' : 'twitter') : instagram ? 'instagram' : 'unknown';
  return { mapping, source };
}

// The profile field each column kind fills: a photo flag or address tells whether the image is the default.
export const PROFILE_KEY: Readonly<Record<ProfileField, keyof FollowerProfile>> = {
  handle: 'handle',
  followers: 'followers',
  following: 'following',
  posts: 'posts',
  likesGiven: 'likesGiven',
  listed: 'listed',
  defaultImage: 'defaultImage',
  hasPhoto: 'defaultImage',
  photoUrl: 'defaultImage',
  bio: 'bio',
  url: 'url',
  location: 'location',
  createdAt: 'createdAt',
  verified: 'verified',
  private: 'private',
};

/** The profile fields the mapped columns fill: what the checks of a file can read. */
export function mappedFields(mapping: ColumnMapping): Set<keyof FollowerProfile> {
  const known = new Set<keyof FollowerProfile>();
  for (const { field } of PROFILE_FIELDS) if (mapping[field] !== undefined) known.add(PROFILE_KEY[field]);
  return known;
}

/**
 * Why a mapping cannot be used as it stands, in plain words; empty when it can. Whether its columns allow
 * enough checks depends on the platform too, so that is decided with the calibration (src/lib/estimator/audit/plan.ts).
 */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const labelByColumn = new Map<number, string>();
  for (const { field, label } of PROFILE_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (!Number.isInteger(column) || column < 0) {
      problems.push(`${label} points to no column.`);
      continue;
    }
    const other = labelByColumn.get(column);
    if (other === undefined) labelByColumn.set(column, label);
    else
      problems.push(
        `Column ${column + 1} is chosen for both ${other} and ${label}; a column can hold only one.`,
      );
  }
  return problems;
}
