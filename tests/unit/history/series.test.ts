import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/lib/history/arrivals';
import { parseSeries, readSeriesCount, seriesChanges } from '../../../src/lib/history/series';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

describe('parseSeries', () => {
  it('reads the date forms people paste, with a header, and reports each bad line by number', () => {
    const { points, errors } = parseSeries(
      'Date,Followers\n2026-03-10, 4,210\n11 Mar 2026\t4.3k\nMar 12, 2026; 4 400\nyesterday 5\n2026-02-30,1\n2026-03-13\n2026-03-14, lots\n2026-03-10, 4,999\n',
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
      [8, 'has a count that is not a whole number'],
      [9, 'gives a second, different count for the date on line 2'],
    ]);
  });

  it('refuses thousands separators that do not group by three', () => {
    expect(readSeriesCount('4,21')).toBeUndefined();
    expect(readSeriesCount('1.234.567')).toBe(1_234_567);
    expect(readSeriesCount('12')).toBe(12);
    expect(readSeriesCount('2M')).toBe(2_000_000);
    expect(readSeriesCount('-5')).toBeUndefined();
  });

  it('stops at a size limit with a message instead of reading for ever', () => {
    expect(parseSeries('2026-01-01, 1\n'.repeat(30_000)).errors[0]!.message).toMatch(
      /more than 20,000 lines/,
    );
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
