import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MARKS_PER_LETTER, tameFields, tameText } from '../../../src/lib/text/tame';
import { PASTE, RESTORED, tamedNote } from '../../../src/lib/text/tame-note';
import { notesFor } from '../../../src/components/shared/restored-note-words';

describe('tameText', () => {
  it('leaves ordinary text alone, accents, emoji and scripts with many marks included', () => {
    for (const text of ['Fresh bread daily.', 'Crème brûlée 🍮', 'नमस्ते दुनिया', 'Tiếng Việt', '👩🏽‍🍳 chef'])
      expect(tameText(text, 1_000)).toEqual({ text, marksDropped: 0, charsDropped: 0 });
  });

  it('cuts each run of combining marks to the Stream-Safe limit and counts what it dropped', () => {
    const zalgo = `Z${'\u0301'.repeat(1_000_000)} ok, a${'\u0300'.repeat(40)}`;
    const tamed = tameText(zalgo, 2_000_000);
    expect(tamed.text).toBe(
      `Z${'\u0301'.repeat(MAX_MARKS_PER_LETTER)} ok, a${'\u0300'.repeat(MAX_MARKS_PER_LETTER)}`,
    );
    expect(tamed.marksDropped).toBe(1_000_000 - 30 + 40 - 30);
    expect(tamed.charsDropped).toBe(0);
  });

  it('cuts the paste to the room left, never through the middle of an emoji', () => {
    expect(tameText('abcdef', 4)).toEqual({ text: 'abcd', marksDropped: 0, charsDropped: 2 });
    expect(tameText('ab🍞cd', 3)).toEqual({ text: 'ab', marksDropped: 0, charsDropped: 4 });
    expect(tameText('abc', -5)).toEqual({ text: '', marksDropped: 0, charsDropped: 3 });
  });

  it('never keeps a run of more than 30 marks, never outgrows the room, and leaves ordinary text unchanged', () => {
    const ordinary = fc.string({
      unit: fc.constantFrom(...[...'ab é\n,2026-03-12 4.2k🍞']),
      maxLength: 300,
    });
    fc.assert(
      fc.property(ordinary, (text) => {
        expect(tameText(text, 1_000)).toEqual({ text, marksDropped: 0, charsDropped: 0 });
      }),
    );
    const marks = fc.string({
      unit: fc.constantFrom('a', '\u0301', '\u0300', '\u20DD', ' '),
      maxLength: 2_000,
    });
    fc.assert(
      fc.property(marks, fc.nat(3_000), (text, room) => {
        const tamed = tameText(text, room);
        expect(tamed.text.length).toBeLessThanOrEqual(room);
        expect(tamed.text).not.toMatch(/\p{M}{31}/u);
      }),
    );
  });

  it('says what it left out, and nothing when it left nothing out', () => {
    expect(tamedNote(tameText('plain', 10), PASTE, 'a box stops at 10')).toBeUndefined();
    expect(
      tamedNote(tameText(`a${'\u0301'.repeat(31)}bcdefghijk`, 10), PASTE, 'a box stops at 10 characters'),
    ).toBe(
      'From that paste, 1 accent mark stacked on single letters was left out (at most 30 are kept on a letter: more freezes the text box, and platforms hide or strip such text); and the last 31 characters of the paste were left out, since a box stops at 10 characters.',
    );
    expect(tamedNote(tameText('abc', 2), RESTORED, 'a box stops at 2 characters')).toBe(
      'From the text kept in this browser, the last 1 character of it was left out, since a box stops at 2 characters.',
    );
  });

  it('always fits, never keeps a longer run of marks, and changes nothing it did not have to', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), fc.nat(300), (text, room) => {
        const tamed = tameText(text, room);
        expect(tamed.text.length).toBeLessThanOrEqual(room);
        expect(tamed.text).not.toMatch(new RegExp(`\\p{M}{${MAX_MARKS_PER_LETTER + 1}}`, 'u'));
        if (tamed.marksDropped === 0) expect(text.startsWith(tamed.text)).toBe(true);
        expect(tamed.marksDropped === 0 && tamed.charsDropped === 0).toBe(tamed.text === text);
      }),
    );
  });
});

describe('tameFields', () => {
  it('tames each field to its own room and records what it cut from only the fields it cut', () => {
    const tamed = tameFields(
      { name: `Z${'\u0301'.repeat(199_999)}`, followers: '9'.repeat(1_000_000), likes: '31' },
      (key) => (key === 'name' ? 40 : 200),
    );
    expect(tamed.fields).toEqual({
      name: `Z${'\u0301'.repeat(30)}`,
      followers: '9'.repeat(200),
      likes: '31',
    });
    expect(tamed.cut).toEqual({
      name: { text: `Z${'\u0301'.repeat(30)}`, marksDropped: 199_969, charsDropped: 0 },
      followers: { text: '9'.repeat(200), marksDropped: 0, charsDropped: 999_800 },
    });
  });

  it('says, under each field it cut, where the text came from and the field’s bound', () => {
    const tamed = tameFields({ followers: '9'.repeat(201), likes: '31' }, () => 200);
    expect(notesFor(tamed, 'storage', () => 200)).toEqual({
      followers: {
        text: '9'.repeat(200),
        note: 'From the text kept in this browser, the last 1 character of it was left out, since a field here keeps at most 200 characters.',
      },
    });
    expect(notesFor(tamed, 'link', () => 200).followers?.note).toMatch(
      /^From the shared link, the last 1 character/,
    );
  });
});
