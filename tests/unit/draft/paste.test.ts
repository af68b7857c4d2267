import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MARKS_PER_LETTER, tamePaste } from '../../../src/lib/draft/paste';

describe('tamePaste', () => {
  it('leaves ordinary text alone, accents, emoji and scripts with many marks included', () => {
    for (const text of ['Fresh bread daily.', 'Crème brûlée 🍮', 'नमस्ते दुनिया', 'Tiếng Việt', '👩🏽‍🍳 chef'])
      expect(tamePaste(text, 1_000)).toEqual({ text, marksDropped: 0, charsDropped: 0 });
  });

  it('cuts each run of combining marks to the Stream-Safe limit and counts what it dropped', () => {
    const zalgo = `Z${'\u0301'.repeat(1_000_000)} ok, a${'\u0300'.repeat(40)}`;
    const tamed = tamePaste(zalgo, 2_000_000);
    expect(tamed.text).toBe(
      `Z${'\u0301'.repeat(MAX_MARKS_PER_LETTER)} ok, a${'\u0300'.repeat(MAX_MARKS_PER_LETTER)}`,
    );
    expect(tamed.marksDropped).toBe(1_000_000 - 30 + 40 - 30);
    expect(tamed.charsDropped).toBe(0);
  });

  it('cuts the paste to the room left, never through the middle of an emoji', () => {
    expect(tamePaste('abcdef', 4)).toEqual({ text: 'abcd', marksDropped: 0, charsDropped: 2 });
    expect(tamePaste('ab🍞cd', 3)).toEqual({ text: 'ab', marksDropped: 0, charsDropped: 4 });
    expect(tamePaste('abc', -5)).toEqual({ text: '', marksDropped: 0, charsDropped: 3 });
  });

  it('always fits, never keeps a longer run of marks, and changes nothing it did not have to', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), fc.nat(300), (text, room) => {
        const tamed = tamePaste(text, room);
        expect(tamed.text.length).toBeLessThanOrEqual(room);
        expect(tamed.text).not.toMatch(new RegExp(`\\p{M}{${MAX_MARKS_PER_LETTER + 1}}`, 'u'));
        if (tamed.marksDropped === 0) expect(text.startsWith(tamed.text)).toBe(true);
        expect(tamed.marksDropped === 0 && tamed.charsDropped === 0).toBe(tamed.text === text);
      }),
    );
  });
});
