import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectColumns,
  mappedFields,
  mappingProblems,
  PROFILE_FIELDS,
  type ColumnMapping,
} from '../../../src/lib/csv/columns';

const TWITTER_V1 = [
  'id_str',
  'screen_name',
  'name',
  'description',
  'location',
  'url',
  'followers_count',
  'friends_count',
  'listed_count',
  'favourites_count',
  'statuses_count',
  'created_at',
  'verified',
  'protected',
  'default_profile_image',
  'profile_image_url_https',
];
const INSTAGRAM = [
  'username',
  'full_name',
  'biography',
  'follower_count',
  'following_count',
  'media_count',
  'is_private',
  'is_verified',
  'has_profile_pic',
  'external_url',
];

describe('detectColumns', () => {
  it('maps every profile column of a Twitter/X API v1.1 user export', () => {
    expect(detectColumns(TWITTER_V1)).toEqual({
      mapping: {
        handle: 1,
        bio: 3,
        location: 4,
        url: 5,
        followers: 6,
        following: 7,
        listed: 8,
        likesGiven: 9,
        posts: 10,
        createdAt: 11,
        verified: 12,
        private: 13,
        defaultImage: 14,
        photoUrl: 15,
      },
      source: 'twitter',
    });
  });

  it('maps every profile column of an Instagram export', () => {
    expect(detectColumns(INSTAGRAM)).toEqual({
      mapping: {
        handle: 0,
        bio: 2,
        followers: 3,
        following: 4,
        posts: 5,
        private: 6,
        verified: 7,
        hasPhoto: 8,
        url: 9,
      },
      source: 'instagram',
    });
  });

  it.each([
    ['case and spaces', 'Followers Count'],
    ['upper case and dashes', 'FOLLOWERS-COUNT'],
    ['a byte order mark', '\ufefffollowers_count'],
    ['a dotted prefix', 'public_metrics.followers_count'],
    ['camel case', 'followerCount'],
    ['surrounding spaces', '  Followers  '],
  ])('recognises a header despite %s (%j)', (_, name) => {
    expect(detectColumns(['x', name]).mapping).toEqual({ followers: 1 });
  });

  it.each([
    [
      'Instagram Graph API names',
      ['username', 'followers_count', 'follows_count', 'media_count'],
      'instagram',
    ],
    ['Twitter/X API v2 names', ['username', 'public_metrics.tweet_count', 'protected'], 'twitter'],
    ['names of both platforms', ['screen_name', 'biography'], 'mixed'],
    ['names no platform owns', ['username', 'followers', 'following', 'posts'], 'unknown'],
    ['no known names', ['Name', 'Email'], 'unknown'],
  ])('calls a header with %s %s', (_, header, source) => {
    expect(detectColumns(header).source).toBe(source);
  });

  it('reads only the last part of a dotted name, so a display name is not taken for the username', () => {
    expect(detectColumns(['user.name', 'user.screen_name']).mapping).toEqual({ handle: 1 });
  });

  it('gives a field to the first column that names it', () => {
    expect(detectColumns(['profile_image_url', 'profile_image_url_https']).mapping).toEqual({ photoUrl: 0 });
  });

  it('maps nothing in a header with no known names', () => {
    expect(detectColumns(['Name', 'Email', 'Favourite cake', 'Visits', ''])).toEqual({
      mapping: {},
      source: 'unknown',
    });
  });

  it('never maps a column to two fields, nor to a column outside the header', () => {
    const name = fc.oneof(
      fc.constantFrom(...TWITTER_V1, ...INSTAGRAM, 'Followers', 'bio', 'user.id'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), (header) => {
        const columns = Object.values(detectColumns(header).mapping);
        return (
          new Set(columns).size === columns.length &&
          columns.every((c) => Number.isInteger(c) && c >= 0 && c < header.length)
        );
      }),
    );
  });
});

describe('mappedFields', () => {
  it.each<[string, ColumnMapping, string[]]>([
    [
      'a full Twitter export',
      detectColumns(TWITTER_V1).mapping,
      [
        'bio',
        'createdAt',
        'defaultImage',
        'followers',
        'following',
        'handle',
        'likesGiven',
        'listed',
        'location',
      ].concat(['posts', 'private', 'url', 'verified']),
    ],
    ['follower and following counts', { followers: 0, following: 1 }, ['followers', 'following']],
    ['a photo address, which tells whether the photo is the default', { photoUrl: 0 }, ['defaultImage']],
    ['a has-photo flag, likewise', { hasPhoto: 3 }, ['defaultImage']],
    ['a handle alone', { handle: 0 }, ['handle']],
  ])('reads %s as the profile fields it fills', (_, mapping, fields) => {
    expect([...mappedFields(mapping)].sort()).toEqual([...fields].sort());
  });
});

describe('mappingProblems', () => {
  it.each([
    ['Twitter', TWITTER_V1],
    ['Instagram', INSTAGRAM],
  ])('finds no problem with a detected %s mapping', (_, header) => {
    expect(mappingProblems(detectColumns(header).mapping)).toEqual([]);
  });

  it('names both fields when one column is chosen for two', () => {
    expect(mappingProblems({ followers: 2, following: 2, posts: 3 })).toEqual([
      'Column 3 is chosen for both Followers and Following; a column can hold only one.',
    ]);
  });

  it.each([-1, 1.5, NaN])('rejects the column index %d', (index) => {
    expect(mappingProblems({ followers: index, following: 1, posts: 2 })).toEqual([
      'Followers points to no column.',
    ]);
  });
});

describe('PROFILE_FIELDS', () => {
  it('lists each field once with a label and help', () => {
    const fields = PROFILE_FIELDS.map((f) => f.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toHaveLength(15);
    expect(PROFILE_FIELDS.every((f) => f.label !== '' && f.help !== '')).toBe(true);
  });
});
