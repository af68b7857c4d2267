import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scoredCsvHeader, scoredCsvRow } from '../../../src/lib/csv/scored-csv';
import { scoreProfile, type ScoredProfile } from '../../../src/lib/profiles/rules';

const NOW = new Date('2024-06-01T00:00:00Z');
// 224 of 244: every rule that can run hits except "follows over 1,500".
const LIKELY_FAKE = scoreProfile({ handle: 'wz', followers: 2, following: 700, posts: 0 }, NOW);
const LOOKS_REAL: ScoredProfile = { score: 0, verdict: 'looks-real', hits: [], evaluatedWeight: 150 };

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
  it('writes the original cells, the score, the verdict and the rule names', () => {
    expect(scoredCsvRow(['wz', '2'], LIKELY_FAKE)).toBe(
      'wz,2,92,likely-fake,Fewer than 30 followers; Fewer than 50 posts; Follows more than twice as many as follow it; No posts at all\r\n',
    );
  });

  it('writes an empty reasons cell when no rule hit', () => {
    expect(scoredCsvRow(['maple'], LOOKS_REAL)).toBe('maple,0,looks-real,\r\n');
  });

  it.each([
    ['a comma', 'Coffee, cake', '"Coffee, cake"'],
    ['a double quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['nothing special', 'plain text', 'plain text'],
  ])('quotes a cell with %s as RFC 4180 asks', (_, cell, written) => {
    expect(scoredCsvRow([cell], LOOKS_REAL)).toBe(`${written},0,looks-real,\r\n`);
  });

  it.each([
    ['=', '=HYPERLINK("http://x.example")', `"'=HYPERLINK(""http://x.example"")"`],
    ['+', '+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-', '-3', "'-3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a carriage return', '\r=1', `"'\r=1"`],
  ])('defuses a cell starting with %s so a spreadsheet shows it as text', (_, cell, written) => {
    expect(scoredCsvRow([cell], LOOKS_REAL)).toBe(`${written},0,looks-real,\r\n`);
  });

  it('reads back as the original cells (formula starts defused) and the score columns', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 8 }), (cells) => {
        const parsed = Papa.parse<string[]>(scoredCsvRow(cells, LIKELY_FAKE), {
          delimiter: ',',
          newline: '\r\n',
        });
        const defused = cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c));
        expect(parsed.data[0]).toEqual([
          ...defused,
          '92',
          'likely-fake',
          LIKELY_FAKE.hits.map((h) => h.name).join('; '),
        ]);
      }),
    );
  });
});
