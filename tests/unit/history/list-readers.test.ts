import { describe, expect, it } from 'vitest';
import { recogniseFile } from '../../../src/lib/history/formats';
import {
  createListReader,
  decodeEntities,
  parseMetaHtmlDate,
  parseTikTokDate,
  repairFacebookText,
  type ExportEntry,
} from '../../../src/lib/history/list-readers';
import type { KnownFile } from '../../../src/lib/history/formats';

function read(file: KnownFile, text: string) {
  const entries: ExportEntry[] = [];
  let unreadable = 0;
  let undatable = 0;
  const reader = createListReader(file, {
    entry: (entry) => entries.push(entry),
    unreadable: () => unreadable++,
    undatable: () => undatable++,
  });
  reader.push(text);
  reader.finish();
  return { entries, unreadable, undatable };
}

describe('recogniseFile', () => {
  it('knows each platform’s follower files, in each generation of their exports', () => {
    const cases: [string, string | undefined][] = [
      ['connections/followers_and_following/followers_1.json', 'instagram json followers'],
      ['followers_and_following/followers_12.html', 'instagram html followers'],
      ['connections/followers_and_following/following.json', 'instagram json following'],
      ['user_data_tiktok.json', 'tiktok json both'],
      ['TikTok_Data_1657155605/user_data.json', 'tiktok json both'],
      ['Activity/Follower List.txt', 'tiktok txt followers'],
      ['Profile And Settings/Follower.txt', 'tiktok txt followers'],
      ['data/follower.js', 'x js followers'],
      ['data/following.js', 'x js following'],
      ['connections/followers/people_who_followed_you.json', 'facebook json followers'],
      ['connections/followers/people_who_followed_you_1.json', 'facebook json followers'],
      ['friends_and_followers/followers.json', 'facebook json followers'],
      ['friends_and_followers/following.json', 'facebook json following'],
      ["connections/followers/who_you've_followed.json", 'facebook json following'],
      ['media/posts/202603/loaf.jpg', undefined],
      ['followers.csv', undefined],
    ];
    for (const [path, expected] of cases) {
      const known = recogniseFile(path);
      expect(known && `${known.platform} ${known.format} ${known.list}`, path).toBe(expected);
    }
  });
});

describe('dates', () => {
  it('reads TikTok’s dates as UTC and refuses impossible ones', () => {
    expect(parseTikTokDate('2024-03-12 18:04:11')).toBe(Date.UTC(2024, 2, 12, 18, 4, 11));
    expect(parseTikTokDate('2024-02-31 10:00:00')).toBeNaN();
    expect(parseTikTokDate('2024-03-12 25:00:00')).toBeNaN();
    expect(parseTikTokDate('1999-03-12 10:00:00')).toBeNaN();
    expect(parseTikTokDate(12)).toBeNaN();
  });

  it('reads Meta’s English HTML dates in local time, and no other language', () => {
    expect(parseMetaHtmlDate('Nov 26, 2025 12:15 am')).toBe(new Date(2025, 10, 26, 0, 15).getTime());
    expect(parseMetaHtmlDate('Jul 25, 2026 1:28 pm')).toBe(new Date(2026, 6, 25, 13, 28).getTime());
    expect(parseMetaHtmlDate('6월 06, 2026 10:49 오전')).toBeNaN();
    expect(parseMetaHtmlDate('26 nov. 2025, 00:15')).toBeNaN();
    expect(parseMetaHtmlDate('Feb 30, 2025 1:00 pm')).toBeNaN();
  });
});

describe('the list readers', () => {
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

  it('reads TikTok’s TXT blocks, and its “no data” file as an empty list', () => {
    const file = { platform: 'tiktok', format: 'txt', list: 'followers' } as const;
    const { entries } = read(
      file,
      'Date: 2023-08-10 06:18:18\r\nUsername: alice.m\r\n\r\nDate: 2023-08-11 07:00:00\nUsername: bo\n',
    );
    expect(entries.map((entry) => entry.name)).toEqual(['alice.m', 'bo']);
    expect(read(file, 'You have no data in this section\n').entries).toEqual([]);
    expect(() => read(file, 'just some words')).toThrow(/no “Username:” lines/);
  });

  it('reads X’s JavaScript files and refuses other scripts', () => {
    const file = { platform: 'x', format: 'js', list: 'followers' } as const;
    const text =
      'window.YTD.follower.part0 = [ { "follower" : { "accountId" : "1252851", "userLink" : "https://twitter.com/intent/user?user_id=1252851" } } ]';
    expect(read(file, text).entries).toEqual([{ list: 'followers', name: '1252851', time: Number.NaN }]);
    expect(() => read(file, 'alert(1); window.YTD.follower.part0 = []')).toThrow(/X archive/);
  });

  it('repairs Facebook’s UTF-8-as-Latin-1 names and leaves real text alone', () => {
    expect(repairFacebookText('Jos\u00c3\u00a9')).toBe('José');
    expect(repairFacebookText('Maple \u00f0\u009f\u008d\u009e')).toBe('Maple 🍞');
    expect(repairFacebookText('José')).toBe('José');
    expect(repairFacebookText('Zoë 🍞')).toBe('Zoë 🍞');
    const text = '{"followers_v3": [{"name": "Jos\\u00c3\\u00a9", "timestamp": 1700000000}]}';
    expect(read({ platform: 'facebook', format: 'json', list: 'followers' }, text).entries[0]!.name).toBe(
      'José',
    );
  });

  it('reads names from HTML as text: markup in a name stays text, and scripts are skipped', () => {
    const html =
      '<html><head><script>var x = "<a href=\\"https://www.instagram.com/fake\\">fake</a>";</script></head><body>' +
      '<div><a target="_blank" href="https://www.instagram.com/river.sample">river.sample</a></div><div>Jul 25, 2026 1:28 pm</div>' +
      '<div><a href="https://www.instagram.com/x">&lt;img src=x onerror=alert(1)&gt;</a></div><div>Jul 25, 2026 1:29 pm</div>' +
      '<div><a href="https://evil.example/">not a profile</a></div></body></html>';
    const { entries } = read({ platform: 'instagram', format: 'html', list: 'followers' }, html);
    expect(entries.map((entry) => entry.name)).toEqual(['river.sample', '<img src=x onerror=alert(1)>']);
    expect(decodeEntities('&amp;&#39;&#x1F35E;&bogus;')).toBe("&'🍞&bogus;");
  });
});
