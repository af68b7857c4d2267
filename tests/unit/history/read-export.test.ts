import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_BOUGHT,
  EXAMPLE_GIVEAWAY,
  exampleExports,
  instagramFollowersHtml,
  instagramFollowersJson,
  syntheticFollowers,
} from '../../fixtures/synthetic-exports.mjs';
import { zipBuffer } from '../../fixtures/zip-writer.mjs';
import { arrivalsByDay, localDay, NO_DAY } from '../../../src/lib/history/arrivals';
import {
  INSTAGRAM_FILE_FOLLOWERS,
  partsAdvice,
  partsOf,
  recogniseFile,
} from '../../../src/lib/history/formats';
import { EXPORT_LIMITS, ExportProblem, readExport } from '../../../src/lib/history/read-export';
import { summariseExport } from '../../../src/lib/history/summary';
import { looksLikeTikTokList } from '../../../src/lib/history/readers/txt';
import { findBursts } from '../../../src/lib/stats/bursts';

const followers = syntheticFollowers({ seed: 11 });
const zipFile = (name: string, entries: Parameters<typeof zipBuffer>[0]) =>
  new File([zipBuffer(entries)], name, { type: 'application/zip' });

describe('readExport on the example exports', () => {
  for (const example of exampleExports()) {
    it(`reads ${example.file}: every follower, and the bought batch and the giveaway as bursts`, async () => {
      const reading = await readExport([zipFile(example.file, example.entries)]);
      expect(reading.followers.names).toHaveLength(followers.length);
      expect(reading.unreadable).toBe(0);
      expect(reading.duplicates).toBe(0);
      const platform = example.file.split('-')[0];
      expect(reading.platform).toBe(platform === 'x' ? 'x' : platform);
      if (reading.platform === 'x') {
        expect(reading.followers.times.every(Number.isNaN)).toBe(true);
        expect(reading.following).toBe(420);
        return;
      }
      if (reading.platform === 'instagram' || reading.platform === 'tiktok') {
        expect(reading.followers.names).toContain(followers[0]!.handle);
        expect(reading.following).toBe(420);
      } else expect(reading.followers.names).toContain(followers[0]!.name);
      const series = arrivalsByDay(reading.followers.times)!;
      const bursts = findBursts(series.counts);
      const bought = localDay(EXAMPLE_BOUGHT.day + 4 * 3600_000) - series.firstDay;
      const giveaway = localDay(EXAMPLE_GIVEAWAY.day + 12 * 3600_000) - series.firstDay;
      expect(bursts[0]!.start).toBeLessThanOrEqual(bought);
      expect(bursts[0]!.end).toBeGreaterThanOrEqual(bought);
      expect(bursts.some((burst) => burst.start <= giveaway && burst.end >= giveaway)).toBe(true);
      expect(bursts.length).toBeLessThanOrEqual(3);
    });
  }

  it('reads loose files, and a list split over followers_1 and followers_2, counting repeats once', async () => {
    const half = Math.floor(followers.length / 2);
    const first = new File([instagramFollowersJson(followers.slice(0, half))], 'followers_1.json');
    const second = new File([instagramFollowersJson(followers.slice(half - 10))], 'followers_2.json');
    const reading = await readExport([second, first]);
    expect(reading.followers.names).toHaveLength(followers.length);
    expect(reading.duplicates).toBe(10);
    expect(reading.read).toEqual(['followers_1.json', 'followers_2.json']);
  });
});

describe('readExport on bad input', () => {
  const problem = async (files: File[]) => {
    const error = await readExport(files).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportProblem);
    return (error as Error).message;
  };

  it('says so when a ZIP holds no follower list, and names where it would be', async () => {
    const message = await problem([zipFile('export.zip', [{ name: 'media/a.jpg', data: 'x' }])]);
    expect(message).toMatch(
      /^No follower list was found in what you chose\. The ZIP file holds 1 file in the folder “media”, none of them a list of followers\./,
    );
    expect(message).toMatch(/followers_1\.json/);
  });

  it('refuses entries whose names leave the archive, and says why', async () => {
    const message = await problem([
      zipFile('export.zip', [
        { name: '../connections/followers_and_following/followers_1.json', data: '[]' },
      ]),
    ]);
    expect(message).toMatch(/1 entry was refused because its name points outside the archive/);
  });

  it('names a NUL in an entry’s name as what it is, not as a path out of the archive', async () => {
    const message = await problem([
      zipFile('export.zip', [
        { name: 'connections/followers_and_following/followers_1.json\u0000.txt', data: '[]' },
      ]),
    ]);
    expect(message).toMatch(/1 entry was refused because its name holds a NUL character/);
    expect(message).not.toMatch(/outside the archive/);
  });

  it('counts entries refused for a NUL apart from those that climb out, when a list is read', async () => {
    const reading = await readExport([
      zipFile('export.zip', [
        {
          name: 'connections/followers_and_following/followers_1.json',
          data: instagramFollowersJson(followers.slice(0, 3)),
        },
        { name: 'media/a\u0000.jpg', data: 'x' },
        { name: '../b.jpg', data: 'x' },
      ]),
    ]);
    expect(reading.nulNames).toBe(1);
    expect(reading.unsafeNames).toBe(1);
  });

  it('stops a ZIP bomb at the limit', async () => {
    const bomb = zipFile('bomb.zip', [
      { name: 'followers_1.json', data: Buffer.alloc(3_000_000, 32), claimedSize: 100 },
    ]);
    const error = await readExport([bomb], {
      limits: { ...EXPORT_LIMITS, maxEntryBytes: 1_000_000, maxFollowers: 10 },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportProblem);
    expect((error as Error).message).toMatch(/unpacks to more than 1 MB/);
  });

  const FOLLOWERS_1 = 'connections/followers_and_following/followers_1.json';
  const fifty = instagramFollowersJson(followers.slice(0, 50));

  it('refuses a ZIP whose many follower files all point at one list, without reading it again and again', async () => {
    const message = await problem([
      zipFile('overlap.zip', [
        { name: FOLLOWERS_1, data: fifty },
        ...Array.from({ length: 2000 }, (_, index) => ({
          name: `connections/followers_and_following/followers_${index + 2}.json`,
          pointsAt: 0,
        })),
      ]),
    ]);
    expect(message).toMatch(/^overlap\.zip: .*files overlap one another.*ZIP bomb/);
  });

  it('reads the one follower list among 100,000 other entries, matched by name first', async () => {
    const reading = await readExport([
      zipFile('many.zip', [
        ...Array.from({ length: 100_000 }, (_, index) => ({
          name: `media/${index}.jpg`,
          data: '',
          store: true,
        })),
        { name: FOLLOWERS_1, data: fifty },
      ]),
    ]);
    expect(reading.followers.names).toHaveLength(50);
  });

  it('reads many follower files with one budget: past the most any export has, it says so', async () => {
    const files = Array.from({ length: 30 }, (_, index) => ({
      name: `connections/followers_and_following/followers_${index + 1}.json`,
      data: instagramFollowersJson(followers.slice(index, index + 1)),
    }));
    const error = await readExport([zipFile('parts.zip', files)], {
      limits: { ...EXPORT_LIMITS, maxListFiles: 20 },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportProblem);
    expect((error as Error).message).toBe(
      'This export holds 30 files named as lists of followers or accounts followed, more than the 20 any platform’s export has, so it was not read.',
    );
  });

  it('stops when the follower files together unpack to more than the total limit', async () => {
    const files = Array.from({ length: 4 }, (_, index) => ({
      name: `connections/followers_and_following/followers_${index + 1}.json`,
      data: instagramFollowersJson(followers.slice(index * 1000, index * 1000 + 1000)),
    }));
    const error = await readExport([zipFile('parts.zip', files)], {
      limits: { ...EXPORT_LIMITS, maxTotalBytes: 300_000 },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportProblem);
    expect((error as Error).message).toMatch(/unpack to more than 0\.3 MB together/);
  });

  it('says a text file named .zip is not a ZIP file, not that it is no follower list', async () => {
    const message = await problem([new File(['just some notes'], 'instagram-export.zip')]);
    expect(message).toMatch(/^“instagram-export\.zip” is not a ZIP file/);
  });

  it('takes the file name before the path is cut for showing', async () => {
    const deep = `${'a'.repeat(65_518)}/followers_1.json`;
    const reading = await readExport([zipFile('deep.zip', [{ name: deep, data: fifty }])]);
    expect(summariseExport(reading, 'deep.zip').read).toEqual(['followers_1.json']);
  });

  it('says a JSON list that is cut short or damaged could not be read', async () => {
    const text = instagramFollowersJson(followers.slice(0, 50));
    expect(await problem([new File([text.slice(0, text.length / 2)], 'followers_1.json')])).toMatch(
      /followers_1\.json could not be read: the file ends before its JSON does. The download may have been cut short/,
    );
    expect(await problem([new File([text.replace('"value"', 'value')], 'followers_1.json')])).toMatch(
      /not valid JSON/,
    );
    expect(await problem([new File(['<html>oops</html>'], 'followers_1.json')])).toMatch(
      /does not start like/,
    );
  });

  it('reads the names from an HTML export in another language, and counts the dates it could not read', async () => {
    const french = (ms: number) => {
      const date = new Date(ms);
      return `${date.getUTCDate()} nov. ${date.getUTCFullYear()}, 17:25`;
    };
    const html = instagramFollowersHtml(followers.slice(0, 30), { date: french, title: 'Followers' });
    const reading = await readExport([new File([html], 'followers_1.html')]);
    expect(reading.followers.names).toEqual(followers.slice(0, 30).map((f: { handle: string }) => f.handle));
    expect(reading.undatable).toBe(30);
    expect(reading.followers.times.every(Number.isNaN)).toBe(true);
  });

  it('counts only the follower list’s unread dates, not those of the accounts followed', async () => {
    const french = (ms: number) => `${new Date(ms).getUTCDate()} nov. 2025, 17:25`;
    const reading = await readExport([
      zipFile('instagram.zip', [
        {
          name: 'connections/followers_and_following/followers_1.html',
          data: instagramFollowersHtml(followers.slice(0, 30), { date: french }),
        },
        {
          name: 'connections/followers_and_following/following.html',
          data: instagramFollowersHtml(followers.slice(30, 51), { date: french, title: 'Following' }),
        },
      ]),
    ]);
    expect(reading.followers.names).toHaveLength(30);
    expect(reading.following).toBe(21);
    expect(reading.undatable).toBe(30);
  });

  it('reads a Dutch TikTok TXT export by its Dutch file names and labels', async () => {
    const block = (f: { handle: string; time: number }) =>
      `Datum: ${new Date(f.time).toISOString().slice(0, 19).replace('T', ' ')}\nGebruikersnaam: ${f.handle}\n`;
    const reading = await readExport([
      zipFile('tiktok.zip', [
        {
          name: 'TikTok/Profiel en instellingen/Volger.txt',
          data: followers.slice(0, 40).map(block).join('\n'),
        },
        {
          name: 'TikTok/Profiel en instellingen/Volgend.txt',
          data: followers.slice(40, 52).map(block).join('\n'),
        },
        { name: 'TikTok/Je activiteit/Hashtag.txt', data: 'Dit gedeelte bevat geen gegevens\n' },
      ]),
    ]);
    expect(reading.platform).toBe('tiktok');
    expect(reading.followers.names).toEqual(followers.slice(0, 40).map((f: { handle: string }) => f.handle));
    expect(Array.from(reading.followers.times)).toEqual(
      followers.slice(0, 40).map((f: { time: number }) => f.time),
    );
    expect(reading.following).toBe(12);
    expect(reading.undatable).toBe(0);
  });

  it('keeps Facebook names that differ only after a NUL apart, and whole', async () => {
    const list = JSON.stringify({
      followers_v3: [
        { name: 'Alice\u0000Smith', timestamp: 1_700_000_000 },
        { name: 'Alice\u0000Jones', timestamp: 1_700_000_000 },
      ],
    });
    const reading = await readExport([new File([list], 'people_who_followed_you.json')]);
    expect(reading.followers.names).toEqual(['Alice\u2400Smith', 'Alice\u2400Jones']);
    expect(reading.duplicates).toBe(0);
  });

  it('names TikTok dates in 9999 and 2005 as outside any possible range, not as another language', async () => {
    const entry = (UserName: string, Date: string) => ({ UserName, Date });
    const list = JSON.stringify({
      Activity: {
        'Follower List': {
          FansList: [
            entry('far.future', '9999-01-01 00:00:00'),
            entry('too.early', '2005-06-01 12:00:00'),
            entry('just.right', '2024-03-12 18:04:11'),
          ],
        },
      },
    });
    const reading = await readExport([new File([list], 'user_data.json')]);
    expect(reading.followers.names).toEqual(['far.future', 'too.early', 'just.right']);
    expect(reading.futureDates).toBe(1);
    expect(reading.earlyDates).toBe(1);
    expect(reading.undatable).toBe(0);
    expect(Array.from(reading.followers.times.slice(0, 2))).toEqual([Number.NaN, Number.NaN]);
  });

  it('flags follows dated after today, in every format, and leaves them out of the chart', async () => {
    const nextYear = new Date().getFullYear() + 1;
    const seconds = (year: number) => Date.UTC(year, 5, 1) / 1000;
    const json = JSON.stringify(
      [2024, nextYear, 2099].map((year, index) => ({
        title: '',
        string_list_data: [{ value: `user.${index}`, timestamp: seconds(year) }],
      })),
    );
    const fromJson = await readExport([new File([json], 'followers_1.json')]);
    expect(fromJson.futureDates).toBe(2);
    expect(fromJson.followers.days.filter((day) => day !== NO_DAY)).toHaveLength(1);
    const html = instagramFollowersHtml(
      [2024, nextYear, 2099].map((year, index) => ({ handle: `user.${index}`, time: seconds(year) * 1000 })),
    );
    const fromHtml = await readExport([new File([html], 'followers_1.html')]);
    expect(fromHtml.futureDates).toBe(2);
    expect(fromHtml.undatable).toBe(0);
    const txt = `Date: ${nextYear}-01-02 03:04:05\nUsername: user.0\n\nDate: 2099-01-02 03:04:05\nUsername: user.1\n`;
    const fromTxt = await readExport([new File([txt], 'Follower.txt')]);
    expect(fromTxt.futureDates).toBe(2);
    expect(fromTxt.undatable).toBe(0);
  });

  it('says no follower could be read when every entry fails, naming a value too long to be a name', async () => {
    const long = JSON.stringify([
      { title: '', string_list_data: [{ value: 'a'.repeat(5_000), timestamp: 1_700_000_000 }] },
      { title: '', string_list_data: [{ value: 'b'.repeat(300), timestamp: 1_700_000_000 }] },
    ]);
    const message = await problem([new File([long], 'followers_1.json')]);
    expect(message).toMatch(
      /^No follower could be read from followers_1\.json: its 2 entries were there, but 2 of them hold a value far too long to be a name/,
    );
    expect(message).not.toMatch(/is empty/);
    const txt = `Date: 2024-01-02 03:04:05\nUsername: ${'c'.repeat(400)}\n`;
    expect(await problem([new File([txt], 'Follower.txt')])).toMatch(
      /its one entry was there, but it holds a value far too long to be a name/,
    );
  });

  it('gives an empty result for an empty list, not an error', async () => {
    const reading = await readExport([new File(['[]'], 'followers_1.json')]);
    expect(reading.followers.names).toEqual([]);
  });

  it('never takes an unknown loose file for a list', async () => {
    expect(await problem([new File(['a,b\n1,2'], 'followers.csv')])).toMatch(
      /not a follower list this page knows/,
    );
  });
});

describe('parts of a download, and lists that are not there', () => {
  const json = (count: number, from = 0) => instagramFollowersJson(followers.slice(from, from + count));

  it('says a list looks incomplete when followers_1 is missing, or the last file is exactly full', async () => {
    const second = await readExport([
      zipFile('part-2.zip', [
        { name: 'connections/followers_and_following/followers_2.json', data: json(40) },
      ]),
    ]);
    expect(second.parts).toEqual({ missing: [1], lastFull: false });
    expect(partsAdvice(second.parts!)).toMatch(
      /^This looks like only part of your list: followers_1 is not among/,
    );
    const both = await readExport([
      zipFile('part-1.zip', [
        { name: 'connections/followers_and_following/followers_1.json', data: json(40) },
      ]),
      zipFile('part-2.zip', [
        { name: 'connections/followers_and_following/followers_2.json', data: json(40, 40) },
      ]),
    ]);
    expect(both.parts).toBeUndefined();
  });

  it('counts the entries of each part file, so exactly 10,000 in the last reads as a full file', () => {
    expect(partsOf(new Map([[1, INSTAGRAM_FILE_FOLLOWERS]]))).toEqual({ missing: [], lastFull: true });
    expect(partsOf(new Map([[1, 9_999]]))).toBeUndefined();
    expect(
      partsOf(
        new Map([
          [1, 10_000],
          [2, 2_345],
        ]),
      ),
    ).toBeUndefined();
    expect(partsOf(new Map([[3, 5]]))).toEqual({ missing: [1, 2], lastFull: false });
    expect(partsAdvice({ missing: [], lastFull: true })).toMatch(/holds exactly 10,000 followers/);
    expect(partsAdvice({ missing: [1, 2], lastFull: false })).toMatch(/followers_1 and followers_2 are not/);
  });

  it('never reads Threads’ lists as Instagram’s, and says what it found instead', async () => {
    const threads = JSON.stringify({ text_post_app_text_post_app_followers: [] });
    const error = await readExport([
      zipFile('instagram.zip', [
        { name: 'your_instagram_activity/threads/followers.json', data: threads },
        { name: 'your_instagram_activity/threads/following.json', data: threads },
        { name: 'personal_information/personal_information.json', data: '{}' },
      ]),
    ]).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(ExportProblem);
    expect((error as Error).message).toMatch(/^No follower list was found/);
    expect((error as Error).message).toMatch(/Threads’ lists .* not read as your Instagram followers/);
    expect(recogniseFile('your_instagram_activity/threads/followers.json')).toBeUndefined();
  });

  it('reads Facebook’s HTML list of the accounts followed', () => {
    expect(recogniseFile('connections/followers/who_you’ve_followed.html')).toEqual({
      platform: 'facebook',
      format: 'html',
      list: 'following',
    });
  });
});

describe('TikTok lists named in a language the page does not know', () => {
  const text = (label: string, name: string, count: number) =>
    followers
      .slice(0, count)
      .map(
        (f) =>
          `Fecha: ${new Date(f.time).toISOString().slice(0, 19).replace('T', ' ')}\n${label}: ${f[name as 'handle']}\n`,
      )
      .join('\n');

  it('knows a TikTok list by its layout, and nothing else by it', () => {
    expect(looksLikeTikTokList(text('Nombre de usuario', 'handle', 3))).toBe(true);
    expect(looksLikeTikTokList('Fecha: 2024-03-12 18:04:11\n')).toBe(false);
    expect(looksLikeTikTokList('Notes: 2024-03-12 18:04:11\nNotes: 2024-03-13 18:04:11\n')).toBe(false);
    expect(looksLikeTikTokList('Dear diary: today\nI baked\n')).toBe(false);
  });

  it('reads one such file as the follower list, and says it was taken by its layout', async () => {
    const reading = await readExport([new File([text('Nombre de usuario', 'handle', 40)], 'Seguidores.txt')]);
    expect(reading.platform).toBe('tiktok');
    expect(reading.followers.names).toHaveLength(40);
    expect(reading.guessedList).toBe('Seguidores.txt');
  });

  it('refuses to guess between two, and names them', async () => {
    const error = await readExport([
      zipFile('tiktok.zip', [
        { name: 'TikTok/Seguidores.txt', data: text('Nombre de usuario', 'handle', 40) },
        { name: 'TikTok/Siguiendo.txt', data: text('Nombre de usuario', 'handle', 10) },
      ]),
    ]).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(ExportProblem);
    expect((error as Error).message).toMatch(/“Seguidores\.txt”, “Siguiendo\.txt”/);
  });
});
