import type { FollowerProfile } from './types';

const FIELD_NAMES: Readonly<Record<keyof FollowerProfile, string>> = {
  handle: 'user name',
  followers: 'followers',
  following: 'following',
  posts: 'posts',
  likesGiven: 'likes given',
  listed: 'lists',
  defaultImage: 'photo',
  bio: 'bio',
  url: 'website',
  location: 'location',
  createdAt: 'account date',
  verified: 'verified',
  private: 'private',
};

/** A profile field in the words a page uses: "likes given". */
export function fieldName(field: keyof FollowerProfile): string {
  return FIELD_NAMES[field];
}

/** "followers, following and posts". */
export function fieldList(fields: readonly (keyof FollowerProfile)[]): string {
  const names = fields.map(fieldName);
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
