import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuickCheck, type QuickCheckField } from '../../../../src/lib/estimator/quick/quick-check';

const BIKE_SHOP: Record<QuickCheckField, string> = {
  platform: 'instagram',
  followers: '12,000',
  likes: '310',
  comments: '12.5',
};

describe('parseQuickCheck', () => {
  it('turns a filled-in form into numbers', () => {
    expect(parseQuickCheck(BIKE_SHOP)).toEqual({
      value: { platform: 'instagram', followers: 12_000, likes: 310, comments: 12.5 },
      errors: {},
      warnings: {},
    });
  });

  it('accepts shorthand like 12.5k followers', () => {
    expect(parseQuickCheck({ ...BIKE_SHOP, followers: '12.5k' }).value?.followers).toBe(12_500);
  });

  it('accepts average likes with decimals and zero comments', () => {
    expect(parseQuickCheck({ ...BIKE_SHOP, likes: '45.75', comments: '0' }).value).toMatchObject({
      likes: 45.75,
      comments: 0,
    });
  });

  it.each<[QuickCheckField, string, string]>([
    ['platform', '', 'Choose a platform.'],
    ['platform', 'myspace', 'Choose a platform.'],
    ['followers', '', 'Enter the number of followers.'],
    ['followers', '0', 'Followers must be at least 1.'],
    ['followers', '1.5', 'Followers must be a whole number.'],
    [
      'followers',
      '2,000,000,000',
      'That is more followers than any account has (the limit here is 1,000,000,000).',
    ],
    ['likes', '-3', 'Likes can’t be negative.'],
    ['likes', 'lots', 'Likes must be a number, like 12.5.'],
    ['comments', '', 'Enter the number of comments.'],
  ])('puts the %s error for %j next to the field: “%s”', (field, text, message) => {
    const parsed = parseQuickCheck({ ...BIKE_SHOP, [field]: text });
    expect(parsed.errors).toEqual({ [field]: message });
    expect(parsed.value).toBeUndefined();
  });

  it('reports every broken field at once', () => {
    const parsed = parseQuickCheck({ platform: 'x', followers: 'abc', likes: '-1', comments: '' });
    expect(Object.keys(parsed.errors).sort()).toEqual(['comments', 'followers', 'likes']);
  });

  it('warns, but still computes, when likes and comments outnumber followers', () => {
    const parsed = parseQuickCheck({ platform: 'tiktok', followers: '800', likes: '790', comments: '20' });
    expect(parsed.value).toEqual({ platform: 'tiktok', followers: 800, likes: 790, comments: 20 });
    expect(parsed.warnings.likes).toMatch(/more likes and comments than the account has followers/);
    expect(parsed.warnings.likes).toMatch(/swapped/);
  });

  it('does not warn when likes and comments exactly equal the followers', () => {
    expect(
      parseQuickCheck({ platform: 'tiktok', followers: '800', likes: '780', comments: '20' }).warnings,
    ).toEqual({});
  });

  it('does not warn about numbers it could not read', () => {
    expect(parseQuickCheck({ ...BIKE_SHOP, followers: 'ten' }).warnings).toEqual({});
  });

  it('ignores spaces around the platform', () => {
    expect(parseQuickCheck({ ...BIKE_SHOP, platform: ' facebook ' }).value?.platform).toBe('facebook');
  });

  it('never throws, and gives a value exactly when there are no errors', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -10, max: 2_000_000_000 }).map(String),
    );
    fc.assert(
      fc.property(
        fc.record({
          platform: fc.constantFrom('instagram', 'x', 'tiktok', 'linkedin', ''),
          followers: text,
          likes: text,
          comments: text,
        }),
        (fields) => {
          const parsed = parseQuickCheck(fields);
          expect(parsed.value === undefined).toBe(Object.keys(parsed.errors).length > 0);
          if (parsed.value) {
            expect(
              Object.values(parsed.value).every((v) => typeof v === 'string' || Number.isFinite(v)),
            ).toBe(true);
          }
        },
      ),
    );
  });
});
