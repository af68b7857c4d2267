import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageOnceTyped, parseCount } from '../../../src/lib/numbers/count';
import { formatCount } from '../../../src/lib/numbers/format';

const FOLLOWERS = { label: 'followers', max: 1_000_000_000 };
const AVERAGE_LIKES = { label: 'likes', max: 1_000_000_000, allowZero: true, allowFraction: true };

describe('parseCount', () => {
  it.each([
    ['12000', 12_000],
    ['12,000', 12_000],
    ['12 000', 12_000],
    ['12\u00a0000', 12_000],
    ['12\u202f000', 12_000],
    ['1,234,567', 1_234_567],
    ['  12,000  ', 12_000],
    ['12.5k', 12_500],
    ['12.5K', 12_500],
    ['12.3k', 12_300],
    ['12 k', 12_000],
    ['1.2m', 1_200_000],
    ['1.2M', 1_200_000],
    ['0.25m', 250_000],
    ['1,000,000,000', 1_000_000_000],
    ['12000.00', 12_000],
    ['007', 7],
  ])('reads %j as %i followers', (text, value) => {
    expect(parseCount(text, FOLLOWERS)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Enter the number of followers.'],
    ['   ', 'Enter the number of followers.'],
    ['-5', 'Followers can’t be negative.'],
    ['\u22125', 'Followers can’t be negative.'],
    ['- 1,200', 'Followers can’t be negative.'],
    ['twelve', 'Followers must be a number, like 12,000.'],
    ['12,00', 'Followers must be a number, like 12,000.'],
    ['1,5', 'Followers must be a number, like 12,000.'],
    ['1e6', 'Followers must be a number, like 12,000.'],
    ['.5k', 'Followers must be a number, like 12,000.'],
    ['12k followers', 'Followers must be a number, like 12,000.'],
    ['--5', 'Followers must be a number, like 12,000.'],
    ['1.5', 'Followers must be a whole number.'],
    ['1.2345k', 'Followers must be a whole number.'],
    ['0', 'Followers must be at least 1.'],
    ['0k', 'Followers must be at least 1.'],
    ['1,000,000,001', 'That is more followers than any account has (the limit here is 1,000,000,000).'],
    ['2000m', 'That is more followers than any account has (the limit here is 1,000,000,000).'],
    ['9'.repeat(400), 'That is more followers than any account has (the limit here is 1,000,000,000).'],
  ])('answers %j with “%s”', (text, message) => {
    expect(parseCount(text, FOLLOWERS)).toEqual({ ok: false, message });
  });

  it('names the field it is reading in every message', () => {
    expect(parseCount('', { label: 'comments', max: 10 })).toEqual({
      ok: false,
      message: 'Enter the number of comments.',
    });
    expect(parseCount('-1', { label: 'comments', max: 10 })).toEqual({
      ok: false,
      message: 'Comments can’t be negative.',
    });
  });

  it.each([
    ['12.5', 12.5],
    ['0', 0],
    ['0.4', 0.4],
    ['1,234.75', 1_234.75],
    ['-0', 0],
  ])('reads the average %j as %d when fractions and zero are allowed', (text, value) => {
    expect(parseCount(text, AVERAGE_LIKES)).toEqual({ ok: true, value });
  });

  it('suggests a fraction as the example when fractions are allowed', () => {
    expect(parseCount('lots', AVERAGE_LIKES)).toEqual({
      ok: false,
      message: 'Likes must be a number, like 12.5.',
    });
  });

  it('never throws and never returns anything but a finite count in range', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        (text, allowZero, allowFraction) => {
          const parsed = parseCount(text, { ...FOLLOWERS, allowZero, allowFraction });
          if (parsed.ok) {
            expect(Number.isFinite(parsed.value)).toBe(true);
            expect(parsed.value).toBeGreaterThanOrEqual(allowZero ? 0 : 1);
            expect(parsed.value).toBeLessThanOrEqual(FOLLOWERS.max);
            if (!allowFraction) expect(Number.isInteger(parsed.value)).toBe(true);
          } else {
            expect(parsed.message.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('never throws on digits, separators, suffixes and signs in any order', () => {
    const pieces = fc.constantFrom('1', '2', '0', '9', ',', '.', ' ', '\u00a0', 'k', 'M', '-', '\u2212');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (chars) => {
        const parsed = parseCount(chars.join(''), FOLLOWERS);
        expect(parsed.ok ? Number.isInteger(parsed.value) : parsed.message !== '').toBe(true);
      }),
    );
  });

  it('reads back every whole count that formatCount writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: FOLLOWERS.max }), (value) => {
        expect(parseCount(formatCount(value), FOLLOWERS)).toEqual({ ok: true, value });
      }),
    );
  });

  it('reads back every two-decimal average that formatCount writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (hundredths) => {
        const value = hundredths / 100;
        expect(parseCount(formatCount(value), AVERAGE_LIKES)).toEqual({ ok: true, value });
      }),
    );
  });

  it('gives the same count with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: FOLLOWERS.max }), (value) => {
        expect(parseCount(String(value), FOLLOWERS)).toEqual(parseCount(formatCount(value), FOLLOWERS));
      }),
    );
  });
});

describe('messageOnceTyped', () => {
  const parse = (text: string) => parseCount(text, { label: 'followers', max: 1_000_000_000 });

  it('says nothing while the field is empty, so a fresh form is not an error', () => {
    expect(messageOnceTyped('', parse(''))).toBeUndefined();
    expect(messageOnceTyped('  ', parse('  '))).toBeUndefined();
  });

  it('gives the parse message once something is typed', () => {
    expect(messageOnceTyped('lots', parse('lots'))).toBe('Followers must be a number, like 12,000.');
  });

  it('says nothing for a good value', () => {
    expect(messageOnceTyped('12,000', parse('12,000'))).toBeUndefined();
  });
});
