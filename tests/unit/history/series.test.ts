import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/lib/history/arrivals';
import {
  MAX_SERIES_LINES,
  parseSeries,
  readSeries,
  readSeriesCount,
  seriesChanges,
} from '../../../src/lib/history/series';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
/** "Today" for these tests: 5 Dec 2026. */
const TODAY = day(2026, 12, 5);

describe('parseSeries', () => {
  it('reads the date forms people paste, with a header, and reports each bad line by number', () => {
    const { points, errors } = parseSeries(
      'Date,Followers\n2026-03-10, 4,210\n11 Mar 2026\t4.3k\nMar 12, 2026; 4 400\nyesterday 5\n2026-02-30,1\n2026-03-13\n2026-03-14, lots\n2026-03-10, 4,999\n',
      TODAY,
    );
    expect(points).toEqual([
      { day: day(2026, 3, 10), count: 4210 },
      { day: day(2026, 3, 11), count: 4300 },
      { day: day(2026, 3, 12), count: 4400 },
    ]);
    expect(errors.map((error) => [error.line, error.message])).toEqual([
      [5, 'starts without a date (write it as 2026-03-12)'],
      [6, 'has a date that does not exist'],
      [7, 'has no follower count after the date'],
      [8, 'has a count that is not a number (write it like 4,210 or 4.2k)'],
      [9, 'gives a second, different count for the date on line 2'],
    ]);
  });

  it('refuses thousands separators that do not group by three', () => {
    expect(readSeriesCount('4,21').ok).toBe(false);
    expect(readSeriesCount('1.234.567')).toEqual({ ok: true, value: 1_234_567 });
    expect(readSeriesCount('12')).toEqual({ ok: true, value: 12 });
    expect(readSeriesCount('2M')).toEqual({ ok: true, value: 2_000_000 });
    expect(readSeriesCount('1,000,000,000')).toEqual({ ok: true, value: 1_000_000_000 });
    expect(readSeriesCount('-5').ok).toBe(false);
  });

  const TOO_MANY = 'has a count above 1,000,000,000, the most followers a line may hold';
  it.each([
    ['1e308', TOO_MANY],
    ['1e21', TOO_MANY],
    ['1E+400', TOO_MANY],
    ['9007199254740993', TOO_MANY],
    ['1,000,000,000,000', TOO_MANY],
    ['1,000,000,001', TOO_MANY],
    ['2000M', TOO_MANY],
    ['-5', 'has a count below zero, which no follower count can be'],
    ['\u22125', 'has a count below zero, which no follower count can be'],
    ['3.5', 'has a count that is not a whole number'],
    ['4,21', 'has a count that is not a whole number'],
    ['1.2e3', 'has a count in scientific notation, which may have lost digits: write it out, like 4,210'],
    ['lots', 'has a count that is not a number (write it like 4,210 or 4.2k)'],
  ])('names the real problem with the count %s', (count, message) => {
    expect(parseSeries(`2026-03-10, ${count}`, TODAY).errors).toEqual([{ line: 1, message }]);
  });

  it('reads the first 2,000 lines of a longer series, uses them, and says how many it left out', () => {
    const date = (i: number) => new Date(Date.UTC(2012, 0, 1 + (i % 400))).toISOString().slice(0, 10);
    // Lines 1 to 2,000 give 400 days five times over with the same counts; any line past them would give a
    // second, different count for a day, and be reported if it were read.
    const lines = Array.from({ length: 100_000 }, (_, i) => `${date(i)},${i < 2_000 ? i % 400 : 7}`);
    const { points, errors, linesLeftOut } = parseSeries(lines.join('\n'), TODAY);
    expect(MAX_SERIES_LINES).toBe(2_000);
    expect(points).toHaveLength(400);
    expect(errors).toEqual([]);
    expect(linesLeftOut).toBeGreaterThan(0);
  });

  it('counts every line past the limit that it did not read', () => {
    const lines = Array.from({ length: 2_500 }, () => '2026-01-01,1');
    expect(parseSeries(lines.join('\n'), TODAY).linesLeftOut).toBe(500);
  });

  it('flags counts dated after today and leaves them out of the changes', () => {
    const { points, errors } = parseSeries(
      '2026-12-01, 100\n2026-12-05, 110\n2027-01-01, 120\n2099-06-01, 9000',
      TODAY,
    );
    expect(points.map((point) => point.count)).toEqual([100, 110]);
    expect(errors).toEqual([
      { line: 3, message: 'has a date after today (check the year)' },
      { line: 4, message: 'has a date after today (check the year)' },
    ]);
  });

  it('never reads past its text limit, however long the text', () => {
    const { linesLeftOut } = parseSeries('2026-01-01, 1\n'.repeat(400_000), TODAY);
    expect(linesLeftOut).toBeGreaterThan(0);
  });
});

describe('readSeries', () => {
  it('finds the jump in a pasted series and dates it', () => {
    const lines = Array.from(
      { length: 60 },
      (_, i) =>
        `${new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)}, ${5000 + (i + 1) * 6 + (i + 1 >= 40 ? 2500 : 0)}`,
    );
    const { bursts, changes } = readSeries(lines.join('\n'), TODAY);
    expect(changes?.daily.counts).toHaveLength(59);
    expect(bursts.map((burst) => burst.start)).toEqual([day(2026, 2, 9)]);
  });
});

describe('seriesChanges', () => {
  it('spreads a change over the days between two counts, and notes long gaps', () => {
    const changes = seriesChanges([
      { day: 100, count: 1000 },
      { day: 101, count: 1010 },
      { day: 105, count: 1050 },
      { day: 145, count: 1050 },
    ])!;
    expect(changes.daily.firstDay).toBe(101);
    expect(changes.daily.counts.slice(0, 5)).toEqual([10, 10, 10, 10, 10]);
    expect(changes.daily.counts).toHaveLength(45);
    expect(changes.gaps).toEqual([{ from: 105, to: 145 }]);
    expect(seriesChanges([{ day: 1, count: 5 }])).toBeUndefined();
  });
});
