import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/draft';
import { textDirection } from '../../../src/lib/draft/direction';
import { normaliseDraft, visibleText } from '../../../src/lib/draft/normalise';

const BAIT = 'Comment YES if you agree';
const HIDDEN = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u061C',
];
const problems = (draft: string) =>
  checkDraft(draft, 'facebook')
    .findings.filter((f) => f.kind === 'problem' && f.id !== 'hidden-characters')
    .map((f) => f.id)
    .sort();

describe('the draft checker sees through disguises', () => {
  const plain = problems(BAIT);

  it('finds the bait in plain text to begin with', () => {
    expect(plain.length).toBeGreaterThan(0);
  });

  it.each([
    ['zero-width characters inside the words', 'Com\u200Bment Y\u200DES if you a\u200Cgree'],
    ['a right-to-left override before the text', `\u202E${BAIT}`],
    ['Cyrillic look-alike letters in "Comment"', '\u0421\u043Emm\u0435nt YES if you agree'],
    ['full-width letters', 'Ｃｏｍｍｅｎｔ ＹＥＳ if you agree'],
    ['Greek look-alikes in capitals', 'C\u039FMMENT YES if you agree'],
  ])('finds the same bait behind %s, and reports the disguise', (_, disguised) => {
    expect(problems(disguised)).toEqual(plain);
    const report = checkDraft(disguised, 'facebook');
    const hidden = report.findings.find((f) => f.id === 'hidden-characters');
    if (/[Ａ-ｚ]/.test(disguised)) expect(hidden).toBeUndefined();
    else expect(hidden?.severity).toBe('medium');
  });

  it('says how many of each kind it found', () => {
    const report = checkDraft('\u202ECom\u200Bment Y\u200DES if you \u0430gree', 'facebook');
    expect(report.findings.find((f) => f.id === 'hidden-characters')?.reason).toMatch(
      /This draft has 2 invisible characters, 1 text-direction control, 1 word with look-alike letters from another alphabet\.$/,
    );
  });

  it('quotes the draft as typed, without the hidden characters', () => {
    const report = checkDraft('Fresh loaves. \u0421omm\u200Bent YES if you agree!', 'facebook');
    const evidence = report.findings.find((f) => f.kind === 'problem' && f.evidence)?.evidence ?? '';
    expect(evidence).toContain('\u0421omment YES');
    expect(evidence).not.toMatch(/[\u200B\u202E]/);
  });

  it('finds the same problems wherever invisible and direction characters are slipped in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(BAIT.length), fc.constantFrom(...HIDDEN)), { maxLength: 12 }),
        (inserts) => {
          let draft = BAIT;
          for (const [at, char] of [...inserts].sort((a, b) => b[0] - a[0]))
            draft = draft.slice(0, at) + char + draft.slice(at);
          expect(problems(draft)).toEqual(plain);
        },
      ),
    );
  });
});

describe('normaliseDraft', () => {
  it('leaves a Russian, Ukrainian or Greek post as it is', () => {
    for (const post of ['Свежий хлеб каждое утро с 8:00', 'Свіжий хліб щоранку', 'Φρέσκο ψωμί κάθε πρωί']) {
      const seen = normaliseDraft(post);
      expect(seen.text).toBe(post.normalize('NFKC'));
      expect(seen.hidden).toEqual({ invisible: 0, direction: 0, lookAlikeWords: 0 });
    }
  });

  it('keeps emoji made with joiners and variation selectors whole', () => {
    for (const post of ['Family day 👨‍👩‍👧 at the bakery', 'Love it ❤️‍🔥 and 🏳️‍🌈', 'Chef 👩🏽‍🍳 at work']) {
      const seen = normaliseDraft(post);
      expect(seen.text).toBe(post);
      expect(seen.hidden.invisible).toBe(0);
      expect(visibleText(post)).toBe(post);
    }
  });

  it('counts the alphabets after folding mixed words, so a second pass changes nothing', () => {
    // "С𐞃 С": the first word mixes a Cyrillic С with a Latin æ; once it reads "Cæ" the draft is mostly Latin
    // and the lone С is a look-alike too.
    const seen = normaliseDraft('\u0421\u{10783} \u0421');
    expect(seen.text).toBe('C\u00E6 C');
    expect(seen.hidden.lookAlikeWords).toBe(2);
    expect(normaliseDraft(seen.text).text).toBe(seen.text);
  });

  it('is idempotent, and maps every character back into the draft in order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(...HIDDEN, 'С', 'о', 'Ｙ', '👨‍👩‍👧')),
          {
            maxLength: 20,
          },
        ),
        (parts) => {
          const draft = parts.join('');
          const seen = normaliseDraft(draft);
          expect(normaliseDraft(seen.text).text).toBe(seen.text);
          expect(seen.origin).toHaveLength(seen.text.length + 1);
          expect(seen.origin.at(-1)).toBe(draft.length);
          for (let i = 1; i < seen.origin.length; i++)
            expect(seen.origin[i]).toBeGreaterThanOrEqual(seen.origin[i - 1]!);
          expect(seen.text).not.toMatch(
            /[\u200B\u200C\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/,
          );
        },
      ),
    );
  });
});

describe('textDirection', () => {
  it('reads the direction from the first letter, as dir="auto" does', () => {
    expect(textDirection('مخبزنا مفتوح يوم السبت. Open Saturday')).toBe('rtl');
    expect(textDirection('🎉 2024: שבת שלום')).toBe('rtl');
    expect(textDirection('Open Saturday. مخبزنا مفتوح')).toBe('ltr');
    expect(textDirection('\u202Eabc')).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
    expect(textDirection('12345 🎉')).toBe('ltr');
  });
});
