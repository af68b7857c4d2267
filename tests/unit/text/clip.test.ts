import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip } from '../../../src/lib/text/clip';

describe('clip', () => {
  it('leaves short text alone and cuts long text with an ellipsis', () => {
    expect(clip('bakery', 6)).toBe('bakery');
    expect(clip('bakery_of_the_valley', 6)).toBe('bakery…');
  });

  it('never splits a character made of two code units', () => {
    expect(clip('ab🥐cd', 3)).toBe('ab…');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const shown = clip(text, max);
        expect(shown.length).toBeLessThanOrEqual(max + 1);
        expect(shown.isWellFormed()).toBe(text.isWellFormed());
        expect(text.startsWith(shown.endsWith('…') && shown !== text ? shown.slice(0, -1) : shown)).toBe(
          true,
        );
      }),
    );
  });
});
