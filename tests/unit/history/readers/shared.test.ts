import { describe, expect, it } from 'vitest';
import {
  followDateProblem,
  parseTikTokDate,
  repairFacebookText,
} from '../../../../src/lib/history/readers/shared';
import { read } from './helpers';

describe('dates', () => {
  it('reads TikTok’s dates as UTC and refuses impossible ones', () => {
    expect(parseTikTokDate('2024-03-12 18:04:11')).toBe(Date.UTC(2024, 2, 12, 18, 4, 11));
    expect(parseTikTokDate('2024-02-31 10:00:00')).toBeNaN();
    expect(parseTikTokDate('2024-03-12 25:00:00')).toBeNaN();
    expect(parseTikTokDate(12)).toBeNaN();
  });

  it('gives a real date outside a follow’s range as it is, and says what is wrong with it', () => {
    const early = parseTikTokDate('1999-03-12 10:00:00');
    const late = parseTikTokDate('9999-01-01 00:00:00');
    expect(early).toBe(Date.UTC(1999, 2, 12, 10));
    expect(followDateProblem(early)).toBe('early');
    expect(followDateProblem(late)).toBe('future');
    expect(followDateProblem(Date.now() + 400 * 86_400_000)).toBe('future');
    expect(followDateProblem(Date.UTC(2024, 2, 12))).toBeUndefined();
    expect(followDateProblem(Number.NaN)).toBeUndefined();
  });
});

describe('Facebook text', () => {
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
});
