import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, metaHtmlReader, parseMetaHtmlDate } from '../../../../src/lib/history/readers/html';
import { read } from './helpers';

describe('dates', () => {
  it('reads Meta’s HTML dates in local time, in English and in the account’s language', () => {
    expect(parseMetaHtmlDate('Nov 26, 2025 12:15 am')).toBe(new Date(2025, 10, 26, 0, 15).getTime());
    expect(parseMetaHtmlDate('Jul 25, 2026 1:28 pm')).toBe(new Date(2026, 6, 25, 13, 28).getTime());
    expect(parseMetaHtmlDate('6월 06, 2026 10:49 오전')).toBe(new Date(2026, 5, 6, 10, 49).getTime());
    expect(parseMetaHtmlDate('26 nov. 2025, 00:15')).toBeNaN();
    expect(parseMetaHtmlDate('Feb 30, 2025 1:00 pm')).toBeNaN();
  });
});

describe('the HTML reader', () => {
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

describe('the HTML reader in other languages', () => {
  const block = (name: string, date: string) =>
    `<div><div><a target="_blank" href="https://www.instagram.com/${name}">${name}</a></div><div>${date}</div></div>`;

  it('dates an Instagram list in Korean and a Facebook list in Japanese', () => {
    const korean = read(
      { platform: 'instagram', format: 'html', list: 'followers' },
      `<html><body>${block('river.sample', '6월 06, 2026 10:49 오전')}${block('fern.bakes', '5월 31, 2026 11:02 오후')}</body></html>`,
    );
    expect(korean.entries.map((entry) => entry.time)).toEqual([
      new Date(2026, 5, 6, 10, 49).getTime(),
      new Date(2026, 4, 31, 23, 2).getTime(),
    ]);
    expect(korean.undatable).toBe(0);
    const japanese = read(
      { platform: 'facebook', format: 'html', list: 'followers' },
      '<html><body><div><h2>山田 花子</h2><div>1月 19, 2026 6:46:46 PM</div></div>' +
        '<div><h2>Maple Knits</h2><div>12月 02, 2025 9:05:00 AM</div></div></body></html>',
    );
    expect(japanese.entries).toEqual([
      { list: 'followers', name: '山田 花子', time: new Date(2026, 0, 19, 18, 46, 46).getTime() },
      { list: 'followers', name: 'Maple Knits', time: new Date(2025, 11, 2, 9, 5).getTime() },
    ]);
  });

  it('holds a date whose month two languages share until the file says which, and leaves it undated if it never does', () => {
    const file = { platform: 'instagram', format: 'html', list: 'followers' } as const;
    // Polish: "lis" is November (in Croatian, October) until "sty" (January) shows the language.
    const polish = read(
      file,
      `<html>${block('a.one', 'lis 05, 2024 3:12 PM')}${block('b.two', 'lis 04, 2024 1:00 AM')}${block('c.three', 'sty 10, 2024 3:12 PM')}</html>`,
    );
    expect(new Map(polish.entries.map((entry) => [entry.name, entry.time]))).toEqual(
      new Map([
        ['a.one', new Date(2024, 10, 5, 15, 12).getTime()],
        ['b.two', new Date(2024, 10, 4, 1, 0).getTime()],
        ['c.three', new Date(2024, 0, 10, 15, 12).getTime()],
      ]),
    );
    const unsure = read(file, `<html>${block('a.one', 'lis 05, 2024 3:12 PM')}</html>`);
    expect(unsure.entries.map((entry) => entry.name)).toEqual(['a.one']);
    expect(unsure.entries[0]!.time).toBeNaN();
    expect(unsure.undatable).toBe(1);
  });
});

describe('the HTML reader’s work', () => {
  const file = { platform: 'instagram', format: 'html', list: 'followers' } as const;
  const sink = { entry: () => {}, unreadable: () => {}, undatable: () => {} };

  /** Characters the reader looked at to read `pieces`, one push each. */
  function workFor(pieces: readonly string[]): number {
    const meter = { scanned: 0 };
    const reader = metaHtmlReader(file, sink, meter);
    for (const piece of pieces) reader.push(piece);
    try {
      reader.finish();
    } catch {
      // Soup with no tag at all is refused; the work done still counts.
    }
    return meter.scanned;
  }

  it('looks at each character of a file of empty scripts a bounded number of times, however large', () => {
    const soup = (bytes: number) => '<script></script>'.repeat(Math.ceil(bytes / 17));
    const small = soup(64 * 1024);
    const large = soup(2 * 1024 * 1024);
    expect(workFor([small])).toBeGreaterThanOrEqual(small.length);
    expect(workFor([large])).toBeLessThanOrEqual(3 * large.length);
    expect(workFor([large]) / large.length).toBeCloseTo(workFor([small]) / small.length, 1);
  });

  it('stays linear for any tag soup, in pieces of any size', () => {
    const token = fc.constantFrom(
      '<script>',
      '</script>',
      '</SCRIPT',
      '<style>',
      '</style>',
      '<',
      '>',
      '<a href="https://www.instagram.com/x">',
      '</a>',
      'x',
      'Jul 25, 2026 1:28 pm',
      ' '.repeat(300),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 400 }), fc.integer({ min: 1, max: 97 }), (tokens, cut) => {
        const text = tokens.join('');
        const pieces: string[] = [];
        for (let at = 0; at < text.length; at += cut) pieces.push(text.slice(at, at + cut));
        expect(workFor(pieces)).toBeLessThanOrEqual(3 * text.length + 16 * pieces.length);
        expect(workFor([text])).toBeGreaterThanOrEqual(text.length);
      }),
    );
  });
});

describe('names with a NUL in HTML', () => {
  it('keeps what follows a NUL in a Facebook name, shown as ␀', () => {
    const { entries } = read(
      { platform: 'facebook', format: 'html', list: 'followers' },
      '<html><div><h2>Alice\u0000Smith</h2><div>Nov 26, 2025 12:15 am</div></div>' +
        '<div><h2>Alice\u0000Jones</h2><div>Nov 26, 2025 12:15 am</div></div></html>',
    );
    expect(entries.map((entry) => entry.name)).toEqual(['Alice\u2400Smith', 'Alice\u2400Jones']);
  });
});
