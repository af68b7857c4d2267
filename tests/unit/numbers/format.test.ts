import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, formatCount, formatPercent, formatRate } from '../../../src/lib/numbers/format';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [12_000, '12,000'],
    [1_234_567, '1,234,567'],
    [1_000_000_000, '1,000,000,000'],
    [12.5, '12.5'],
    [1_234.567, '1,234.57'],
    [-3, '-3'],
  ])('writes %d as %j', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('writes a dash, not %d', (value) => {
    expect(formatCount(value)).toBe('–');
  });
});

describe('formatPercent', () => {
  // Two significant digits, but whole percents are never rounded away:
  // 0.0045 → 0.45 % (magnitude −1, so 2 − 1 + 1 = 2 decimals); 1.234 → 123.4 % → 0 decimals → "123%".
  it.each([
    [0.23, '23%'],
    [0.2345, '23%'],
    [0.045, '4.5%'],
    [0.0045, '0.45%'],
    [0.00063, '0.063%'],
    [0.00029, '0.029%'],
    [0.039, '3.9%'],
    [0.5, '50%'],
    [1, '100%'],
    [1.234, '123%'],
    [12.345, '1,235%'],
    [0, '0%'],
    [0.0996, '10%'],
    [0.000996, '0.1%'],
  ])('writes %d as %j', (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });

  it.each([
    [0.012345, 3, '1.23%'],
    [0.012345, 1, '1%'],
    [0.23456, 4, '23.46%'],
  ])('writes %d with %i significant digits as %j', (share, digits, text) => {
    expect(formatPercent(share, digits)).toBe(text);
  });

  it.each([Number.NaN, Number.NEGATIVE_INFINITY])('writes a dash, not %d', (share) => {
    expect(formatPercent(share)).toBe('–');
  });

  it('always writes digits and a percent sign for any finite share', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1_000, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        (share, digits) => {
          expect(formatPercent(share, digits)).toMatch(/^[\d,]+(\.\d+)?%$/);
        },
      ),
    );
  });

  it('never shows a positive share as zero', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-15, max: 1, noNaN: true }), (share) => {
        expect(formatPercent(share)).not.toBe('0%');
      }),
    );
  });
});

describe('countOf', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(countOf(1, 'follower')).toBe('1 follower');
    expect(countOf(0, 'follower')).toBe('0 followers');
    expect(countOf(12_000, 'follower')).toBe('12,000 followers');
    expect(countOf(1.5, 'like')).toBe('1.5 likes');
    expect(countOf(2, 'reply', 'replies')).toBe('2 replies');
  });
});

describe('formatRate', () => {
  it('shows ordinary rates as percentages and caps absurd ones', () => {
    expect(formatRate(0.042)).toBe('4.2%');
    expect(formatRate(10)).toBe('1,000%');
    expect(formatRate(1_999_999_998)).toBe('over 1,000%');
  });

  it('never shows more than six characters of digits and signs for a rate from 0.1% up', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e15, noNaN: true }), (rate) => {
        expect(formatRate(rate).replace('over ', '').length).toBeLessThanOrEqual(6);
      }),
    );
  });
});
