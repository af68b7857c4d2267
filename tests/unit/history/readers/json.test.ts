import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('the JSON reader', () => {
  it('reads Instagram’s newer following.json, where the name is the title', () => {
    const text = JSON.stringify({
      relationships_following: [
        {
          title: 'nasa',
          string_list_data: [{ href: 'https://www.instagram.com/_u/nasa', timestamp: 1_700_000_000 }],
        },
        { title: '', string_list_data: [] },
      ],
    });
    const { entries, unreadable } = read({ platform: 'instagram', format: 'json', list: 'following' }, text);
    expect(entries).toEqual([{ list: 'following', name: 'nasa', time: 1_700_000_000_000 }]);
    expect(unreadable).toBe(1);
  });

  it('reads both lists from TikTok’s one JSON file, old and new layouts, and a null list', () => {
    const old = {
      Activity: { 'Follower List': { FansList: [{ Date: '2023-08-10 06:18:18', UserName: 'alice.m' }] } },
    };
    const newer = {
      'Profile And Settings': {
        Follower: { App: 1, IsFastLane: false, FansList: [{ Date: '2023-08-10 06:18:18', UserName: 'bo' }] },
        Following: { Following: null },
      },
    };
    const file = { platform: 'tiktok', format: 'json', list: 'both' } as const;
    expect(read(file, JSON.stringify(old)).entries.map((e) => e.name)).toEqual(['alice.m']);
    expect(read(file, JSON.stringify(newer)).entries).toEqual([
      { list: 'followers', name: 'bo', time: Date.UTC(2023, 7, 10, 6, 18, 18) },
    ]);
  });
});

describe('lists that are not there', () => {
  it('takes the user name from the profile link when the entry gives it nowhere else', () => {
    const text = JSON.stringify([
      {
        title: '',
        string_list_data: [{ href: 'https://www.instagram.com/fern.bakes', timestamp: 1_700_000_000 }],
      },
      {
        title: '',
        string_list_data: [{ href: 'https://www.instagram.com/_u/oat.rides/', timestamp: 1_700_000_100 }],
      },
      { title: '', string_list_data: [{ href: 'https://evil.example/fern', timestamp: 1_700_000_200 }] },
    ]);
    const { entries, unreadable } = read({ platform: 'instagram', format: 'json', list: 'followers' }, text);
    expect(entries.map((entry) => entry.name)).toEqual(['fern.bakes', 'oat.rides']);
    expect(unreadable).toBe(1);
  });

  it('reads an empty list as empty, and a file with no list where the platform keeps it as an error', () => {
    const file = { platform: 'instagram', format: 'json', list: 'followers' } as const;
    expect(read(file, '[]').entries).toEqual([]);
    expect(read(file, '{"relationships_followers": []}').entries).toEqual([]);
    expect(() => read(file, '{"relationships_followers_v2": [{"title": "a"}]}')).toThrow(
      /holds no list of followers where Instagram keeps one/,
    );
    const tiktok = { platform: 'tiktok', format: 'json', list: 'both' } as const;
    expect(read(tiktok, '{"Activity": {"Follower List": {"FansList": null}}}').entries).toEqual([]);
    expect(() => read(tiktok, '{"Profile": {"Profile Info": {}}}')).toThrow(/no list of followers/);
  });
});

describe('names with control characters', () => {
  it('keeps what follows a NUL in a Facebook name, shown as ␀, so two such names stay two', () => {
    const text = JSON.stringify({
      followers_v3: [
        { name: 'Alice\u0000Smith', timestamp: 1_700_000_000 },
        { name: 'Alice\u0000Jones', timestamp: 1_700_000_000 },
      ],
    });
    const { entries } = read({ platform: 'facebook', format: 'json', list: 'followers' }, text);
    expect(entries.map((entry) => entry.name)).toEqual(['Alice\u2400Smith', 'Alice\u2400Jones']);
  });

  it('shows every control character in a name as its picture, whatever the platform', () => {
    const text = JSON.stringify([
      { title: '', string_list_data: [{ value: 'a\u0000b\u001bc\u007f', timestamp: 1_700_000_000 }] },
    ]);
    const { entries } = read({ platform: 'instagram', format: 'json', list: 'followers' }, text);
    expect(entries.map((entry) => entry.name)).toEqual(['a\u2400b\u241bc\u2421']);
  });
});

describe('what the JSON reader says when there is no list', () => {
  const tiktok = { platform: 'tiktok', format: 'json', list: 'both' } as const;
  const failure = (text: string, file: Parameters<typeof read>[0] = tiktok) => {
    try {
      read(file, text);
    } catch (error) {
      return (error as Error).message;
    }
    return 'read as a list';
  };
  const following = '"Following List":{"Following":[]}';

  it('says a followers object with no list in it holds no list, never that the list is empty', () => {
    expect(failure(`{"Activity":{"Follower List":{},${following}}}`)).toMatch(
      /holds no list of followers where TikTok keeps one/,
    );
  });

  it('says a long text where the list belongs is far too long to be a name, read whole or streamed', () => {
    for (const length of [5_000, 17 * 1024 * 1024])
      expect(
        failure(`{"Activity":{"Follower List":{"FansList":"${'a'.repeat(length)}"},${following}}}`),
      ).toMatch(/where TikTok keeps its list of followers there is text .* long, far too long to be a name/);
  });

  it('names an object or a single value where the list belongs', () => {
    expect(failure('{"relationships_followers": {"x": 1}}', instagramFile)).toMatch(
      /where Instagram keeps its list of followers there is an object with no list in it/,
    );
    expect(failure('{"followers_v3": 12}', facebookFile)).toMatch(
      /where Facebook keeps its list of followers there is a single value/,
    );
  });

  it('still reads TikTok’s null as an empty list, read whole or streamed', () => {
    const padding = `"Other":"${'x'.repeat(17 * 1024 * 1024)}"`;
    for (const text of [
      `{"Activity":{"Follower List":{"FansList":null},${following}}}`,
      `{${padding},"Activity":{"Follower List":{"FansList":null},${following}}}`,
    ])
      expect(read(tiktok, text).entries).toEqual([]);
  });

  it('says an entry far too long to be a follower is too long, not that the JSON is broken', () => {
    const entry = JSON.stringify({ string_list_data: [{ value: 'a'.repeat(17 * 1024 * 1024) }] });
    expect(failure(`[${entry}]`, instagramFile)).toMatch(
      /^an entry of its list is far too long to be one follower/,
    );
  });
});

const instagramFile = { platform: 'instagram', format: 'json', list: 'followers' } as const;
const facebookFile = { platform: 'facebook', format: 'json', list: 'followers' } as const;
