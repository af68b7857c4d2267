import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectColumns, type ColumnMapping } from '../../../src/lib/csv/columns';
import { createRowReader, EMPTY_ROW, type RowResult } from '../../../src/lib/csv/row';

const HEADER = [
  'screen_name',
  'followers_count',
  'friends_count',
  'statuses_count',
  'listed_count',
  'favourites_count',
  'default_profile_image',
  'profile_image_url',
  'description',
  'url',
  'location',
  'created_at',
  'verified',
  'protected',
];
const { mapping: MAPPING } = detectColumns(HEADER);
const readRow = createRowReader(HEADER, MAPPING);

/** A full row with the given cells replaced, by header name. */
function row(changes: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = {
    screen_name: 'maple_crumb_fan',
    followers_count: '412',
    friends_count: '1,380',
    statuses_count: '2870',
    listed_count: '3',
    favourites_count: '5200',
    default_profile_image: 'false',
    profile_image_url: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg',
    description: ' Sourdough nerd. ',
    url: 'https://t.co/x',
    location: 'Leeds',
    created_at: 'Tue Mar 12 09:14:55 +0000 2013',
    verified: 'false',
    protected: 'true',
    ...changes,
  };
  return HEADER.map((name) => cells[name]!);
}

function reason(result: RowResult): string {
  if (result.ok) throw new Error('expected a skipped row');
  return result.reason;
}

describe('createRowReader', () => {
  it('reads a full Twitter row into a profile', () => {
    expect(readRow(row())).toEqual({
      ok: true,
      profile: {
        handle: 'maple_crumb_fan',
        followers: 412,
        following: 1380,
        posts: 2870,
        listed: 3,
        likesGiven: 5200,
        defaultImage: false,
        bio: 'Sourdough nerd.',
        url: 'https://t.co/x',
        location: 'Leeds',
        createdAt: new Date('2013-03-12T09:14:55Z'),
        verified: false,
        private: true,
      },
    });
  });

  it('leaves empty and NULL cells unknown, but reads an empty bio as known to be empty', () => {
    const result = readRow(
      row({
        followers_count: '',
        friends_count: 'NULL',
        verified: '',
        created_at: 'null',
        description: '',
        url: 'None',
      }),
    );
    expect(result).toEqual({
      ok: true,
      profile: {
        handle: 'maple_crumb_fan',
        posts: 2870,
        listed: 3,
        likesGiven: 5200,
        defaultImage: false,
        bio: '',
        url: '',
        location: 'Leeds',
        private: true,
      },
    });
  });

  it.each([
    ['@maple', 'maple'],
    ['  maple  ', 'maple'],
    ['', ''],
    ['NULL', ''],
  ])('reads the handle %j as %j', (cell, handle) => {
    const result = readRow(row({ screen_name: cell }));
    expect(result.ok && result.profile.handle).toBe(handle);
  });

  it('reads the handle as empty when no column holds it', () => {
    const reader = createRowReader(['followers'], { followers: 0 });
    expect(reader(['12'])).toEqual({ ok: true, profile: { handle: '', followers: 12 } });
  });

  it.each<[string, string[], string]>([
    ['all cells empty', ['', ' ', '\t'], EMPTY_ROW],
    ['a blank line', [''], EMPTY_ROW],
    ['too few cells', ['a', '1', '2'], 'row has 3 cells but the header has 14'],
    ['too many cells', [...row(), 'extra'], 'row has 15 cells but the header has 14'],
    [
      'a count that is a word',
      row({ followers_count: 'abc' }),
      'followers_count is not a whole number (“abc”)',
    ],
    ['a negative count', row({ statuses_count: '-3' }), 'statuses_count is not a whole number (“-3”)'],
    ['a yes/no cell that is neither', row({ verified: 'maybe' }), 'verified is not yes or no (“maybe”)'],
    [
      'a photo flag that is neither',
      row({ default_profile_image: '2' }),
      'default_profile_image is not yes or no (“2”)',
    ],
    ['an unreadable date', row({ created_at: '10/10/2018' }), 'created_at is not a date (“10/10/2018”)'],
    [
      'a very long bad cell',
      row({ followers_count: 'x'.repeat(100) }),
      `followers_count is not a whole number (“${'x'.repeat(40)}…”)`,
    ],
    ['only a handle', ['bob', '', '', '', '', '', '', '', '', '', '', '', '', ''], 'no usable values'],
  ])('skips a row with %s', (_, cells, expected) => {
    expect(reason(readRow(cells))).toBe(expected);
  });

  it('names a column without a header by its position', () => {
    const reader = createRowReader(['handle', ''], { handle: 0, followers: 1 });
    expect(reason(reader(['bob', 'many']))).toBe('column 2 is not a whole number (“many”)');
  });

  it('names a column by its header without a byte order mark', () => {
    const reader = createRowReader(['\ufefffollowers_count'], { followers: 0 });
    expect(reason(reader(['x']))).toBe('followers_count is not a whole number (“x”)');
  });

  it.each<[string, string[], ColumnMapping, string[], boolean | undefined]>([
    ['a default-image flag', ['default_profile_image'], { defaultImage: 0 }, ['true'], true],
    ['a has-photo flag, inverted', ['has_profile_pic'], { hasPhoto: 0 }, ['yes'], false],
    ['a missing has-photo flag', ['has_profile_pic'], { hasPhoto: 0 }, ['NULL'], undefined],
    ['an empty photo address', ['profile_pic_url'], { photoUrl: 0 }, [''], true],
    [
      'a Twitter default avatar address',
      ['profile_image_url'],
      { photoUrl: 0 },
      ['https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png'],
      true,
    ],
    [
      'the Instagram anonymous avatar address',
      ['profile_pic_url'],
      { photoUrl: 0 },
      [
        'https://scontent.cdninstagram.com/v/t51.2885-19/44884218_345707102882519_2446069589734326272_n.jpg?x=1',
      ],
      true,
    ],
    ['an own photo address', ['profile_pic_url'], { photoUrl: 0 }, ['https://cdn.example/me.jpg'], false],
    [
      'a flag before an address',
      ['default_profile_image', 'profile_image_url'],
      { defaultImage: 0, photoUrl: 1 },
      ['false', ''],
      false,
    ],
    [
      'an address when the flag is empty',
      ['default_profile_image', 'profile_image_url'],
      { defaultImage: 0, photoUrl: 1 },
      ['', ''],
      true,
    ],
  ])('tells a default avatar from %s', (_, header, mapping, cells, defaultImage) => {
    const reader = createRowReader(['followers', ...header], { ...shift(mapping), followers: 0 });
    const result = reader(['10', ...cells]);
    expect(result.ok && result.profile.defaultImage).toBe(defaultImage);
  });

  it('does not count an empty photo address as a usable value on its own', () => {
    const reader = createRowReader(['handle', 'profile_pic_url'], { handle: 0, photoUrl: 1 });
    expect(reason(reader(['bob', '']))).toBe('no usable values');
  });

  it.each([
    ['followers', -1],
    ['following', 14],
    ['posts', 0.5],
  ])('refuses a mapping whose %s column is %d, outside the header', (field, index) => {
    expect(() => createRowReader(HEADER, { [field]: index })).toThrow(RangeError);
  });

  it('never throws on any row, and reads only whole counts, true/false flags and valid dates', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '',
        'NULL',
        'true',
        'no',
        '1.2k',
        '1,234',
        '-1',
        '2018-10-10',
        'Wed Oct 10 20:19:24 +0000 2018',
      ),
      fc.nat().map(String),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 13, maxLength: 15 }), (cells) => {
        const result = readRow(cells);
        if (!result.ok) return result.reason.length > 0;
        const p = result.profile;
        const counts = [p.followers, p.following, p.posts, p.listed, p.likesGiven];
        const flags = [p.defaultImage, p.verified, p.private];
        return (
          counts.every((n) => n === undefined || (Number.isSafeInteger(n) && n >= 0)) &&
          flags.every((b) => b === undefined || typeof b === 'boolean') &&
          (p.createdAt === undefined || Number.isFinite(p.createdAt.getTime())) &&
          typeof p.handle === 'string'
        );
      }),
    );
  });
});

/** The mapping with every column moved one to the right, behind a followers column. */
function shift(mapping: ColumnMapping): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping).map(([field, column]) => [field, column + 1]));
}
