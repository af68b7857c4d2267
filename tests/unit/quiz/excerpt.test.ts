import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewExcerpt } from '../../../src/lib/quiz/excerpt';

describe('reviewExcerpt', () => {
  it('keeps a text of up to 140 characters whole', () => {
    expect(reviewExcerpt('Fresh sourdough from 7am.')).toBe('Fresh sourdough from 7am.');
    expect(reviewExcerpt('a'.repeat(140))).toBe('a'.repeat(140));
  });

  it('cuts a longer text to its first 140 characters and adds an ellipsis', () => {
    expect(reviewExcerpt('b'.repeat(141))).toBe(`${'b'.repeat(140)}…`);
  });

  it('drops spaces left at the cut before the ellipsis', () => {
    expect(reviewExcerpt(`${'c'.repeat(138)}  and more`)).toBe(`${'c'.repeat(138)}…`);
  });

  it('is the text itself, or the start of it with an ellipsis, never over 141 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const excerpt = reviewExcerpt(text);
        expect(excerpt.length).toBeLessThanOrEqual(141);
        if (text.length <= 140) expect(excerpt).toBe(text);
        else expect(excerpt.endsWith('…') && text.startsWith(excerpt.slice(0, -1))).toBe(true);
      }),
    );
  });
});
