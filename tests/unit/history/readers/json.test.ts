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
