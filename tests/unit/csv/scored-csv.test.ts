import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scoredCsvHeader, scoredCsvRow } from '../../../src/lib/csv/scored-csv';
import type { RuleHit, ScoredProfile } from '../../../src/lib/estimator/profile/model';

const hit = (name: string): RuleHit => ({ id: 'few-followers', name, reason: 'why', points: 5 });
const LIKELY_FAKE: ScoredProfile = {
  score: 92,
  points: 46,
  flagged: true,
  hits: [hit('Fewer than 20 followers'), hit('Fewer than 100 posts')],
};
const LOOKS_REAL: ScoredProfile = { score: 0, points: 0, flagged: false, hits: [] };

describe('scoredCsvHeader', () => {
  it('adds score, verdict and reasons after the original columns, ending in CRLF', () => {
    expect(scoredCsvHeader(['screen_name', 'followers_count'])).toBe(
      'screen_name,followers_count,score,verdict,reasons\r\n',
    );
  });

  it('drops a byte order mark from the first header', () => {
    expect(scoredCsvHeader(['\ufeffscreen_name'])).toBe('screen_name,score,verdict,reasons\r\n');
  });
});

describe('scoredCsvRow', () => {
  it('writes the original cells, the score, the verdict and the names of the signs present', () => {
    expect(scoredCsvRow(['wz', '2'], LIKELY_FAKE)).toBe(
      'wz,2,92,likely fake,Fewer than 20 followers; Fewer than 100 posts\r\n',
    );
  });

  it('writes an empty reasons cell when no sign is present', () => {
    expect(scoredCsvRow(['maple'], LOOKS_REAL)).toBe('maple,0,not flagged,\r\n');
  });

  it.each([
    ['a comma', 'Coffee, cake', '"Coffee, cake"'],
    ['a double quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['nothing special', 'plain text', 'plain text'],
  ])('quotes a cell with %s as RFC 4180 asks', (_, cell, written) => {
    expect(scoredCsvRow([cell], LOOKS_REAL)).toBe(`${written},0,not flagged,\r\n`);
  });

  it.each([
    ['=', '=HYPERLINK("http://x.example")', `"'=HYPERLINK(""http://x.example"")"`],
    ['+', '+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-', '-3', "'-3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a carriage return', '\r=1', `"'\r=1"`],
    ['spaces, then =', '   =1+1', "'   =1+1"],
    ['a no-break space, then @', '\u00A0@SUM(A1)', "'\u00A0@SUM(A1)"],
    ['a zero-width space, then -', '\u200B-2', "'\u200B-2"],
    ['a full-width equals sign', '＝HYPERLINK("http://x.example")', `"'＝HYPERLINK(""http://x.example"")"`],
    ['a full-width plus sign', '＋1', "'＋1"],
    ['a small equals sign', '﹦1', "'﹦1"],
  ])('defuses a cell starting with %s so a spreadsheet shows it as text', (_, cell, written) => {
    expect(scoredCsvRow([cell], LOOKS_REAL)).toBe(`${written},0,not flagged,\r\n`);
  });

  it('leaves text that only contains a formula sign later alone', () => {
    expect(scoredCsvRow(['Tea = happiness @ home'], LOOKS_REAL)).toBe(
      'Tea = happiness @ home,0,not flagged,\r\n',
    );
  });

  it('reads back as the original cells (formula starts defused) and the score columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(' =1', '\u3000＝1', '\u200B@x', '\t+1', '-')), {
          minLength: 1,
          maxLength: 8,
        }),
        (cells) => {
          const parsed = Papa.parse<string[]>(scoredCsvRow(cells, LIKELY_FAKE), {
            delimiter: ',',
            newline: '\r\n',
          });
          // A spreadsheet reads a cell as a formula when, after any leading spaces and invisible characters,
          // it starts with = + - @ (or their full-width and small forms); a leading tab or CR is defused too.
          const formula = (c: string) =>
            /^[\t\r]/.test(c) ||
            /^[=+\-@＝＋－＠﹦﹢﹣]/u.test(c.replace(/^[\p{White_Space}\p{Cc}\p{Cf}]+/u, ''));
          const defused = cells.map((c) => (formula(c) ? `'${c}` : c));
          expect(parsed.data[0]).toEqual([
            ...defused,
            '92',
            'likely fake',
            LIKELY_FAKE.hits.map((h) => h.name).join('; '),
          ]);
        },
      ),
    );
  });
});
