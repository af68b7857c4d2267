import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('the TXT reader', () => {
  it('reads TikTok’s TXT blocks, and its “no data” file as an empty list', () => {
    const file = { platform: 'tiktok', format: 'txt', list: 'followers' } as const;
    const { entries } = read(
      file,
      'Date: 2023-08-10 06:18:18\r\nUsername: alice.m\r\n\r\nDate: 2023-08-11 07:00:00\nUsername: bo\n',
    );
    expect(entries.map((entry) => entry.name)).toEqual(['alice.m', 'bo']);
    expect(read(file, 'You have no data in this section\n').entries).toEqual([]);
    expect(() => read(file, 'just some words')).toThrow(/no lines of dates and user names/);
  });
});

describe('the TXT reader in other languages', () => {
  const followers = { platform: 'tiktok', format: 'txt', list: 'followers' } as const;

  it('reads a Dutch export’s labels and its “no data” line, and dates written with “UTC”', () => {
    const { entries, undatable } = read(
      followers,
      'Datum: 2023-08-10 06:18:18\nGebruikersnaam: alice.m\n\nDatum: 2023-08-11 07:00:00 UTC\nGebruikersnaam: bo\n',
    );
    expect(entries).toEqual([
      { list: 'followers', name: 'alice.m', time: Date.UTC(2023, 7, 10, 6, 18, 18) },
      { list: 'followers', name: 'bo', time: Date.UTC(2023, 7, 11, 7, 0, 0) },
    ]);
    expect(undatable).toBe(0);
    expect(read(followers, 'Dit gedeelte bevat geen gegevens\n').entries).toEqual([]);
    expect(read(followers, 'Er staan geen gegevens in dit gedeelte').entries).toEqual([]);
  });

  it('reads labels it does not know by the file’s structure: a header, then a TikTok date and a name', () => {
    const text =
      'Seguidores\n\nFecha: 2024-03-12 18:04:11\nNombre de usuario: luna.paints\n\n' +
      'Fecha: 2024-03-11 09:00:00\nNombre de usuario: tide_reads\n\nFecha: ayer\nNombre de usuario: pebble\n';
    const { entries, undatable } = read(followers, text);
    expect(entries.map((entry) => entry.name)).toEqual(['luna.paints', 'tide_reads', 'pebble']);
    expect(entries[0]!.time).toBe(Date.UTC(2024, 2, 12, 18, 4, 11));
    expect(entries[2]!.time).toBeNaN();
    expect(undatable).toBe(1);
  });

  it('takes no other labelled line for a name when the labels are known', () => {
    const { entries } = read(
      followers,
      'Date: 2024-03-12 18:04:11\nLink: https://www.tiktokv.com/share/video/1/\nUsername: alice\n',
    );
    expect(entries.map((entry) => entry.name)).toEqual(['alice']);
  });
});
