import fc from 'fast-check';
import { visibleText } from '../../../src/lib/draft/normalise';
import { describe, expect, it } from 'vitest';
import { checkDraft, MAX_DRAFT_LENGTH, type DraftReport } from '../../../src/lib/draft';
import { PLATFORMS } from '../../../src/lib/platforms';

const platform = fc.constantFrom(...PLATFORMS);

// Any UTF-16 unit on its own, so lone surrogates turn up as well as whole characters.
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

// Pieces that exercise every rule, joined in any order: bait, links with "#", emoji sequences,
// right-to-left and CJK text, markup, shouting, prices and lone surrogates.
const fragment = fc.constantFrom(
  'Tag a friend',
  'Comment "YES" if',
  'Share to win!',
  '❤️ for lemon, 😮 for lime',
  'Can anyone recommend',
  'You won’t believe',
  '#bakery',
  '#1',
  'https://crumb.example.com/#menu?x=1',
  'crumb.co.uk',
  'hello@crumb.co.uk',
  '@crumbandco',
  '🎉',
  '👨‍👩‍👧‍👦',
  '🇬🇧',
  '👍🏽',
  'مرحبا بكم',
  'שלום',
  '新しいパン',
  'ΕΚΠΤΩΣΕΙΣ',
  '<script>alert(1)</script>',
  '**bold**',
  '!!!',
  'HUGE SALE',
  '£2.80',
  'this Saturday 9am',
  'followers only',
  '\uD83E',
  '\uDD50',
  '\u200B',
  ' ',
  '\n',
);
const mixedDraft = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(' '));
const anyDraft = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: anyUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  mixedDraft,
);

function expectWellFormed(report: DraftReport, input: string) {
  for (const f of report.findings) {
    expect(f.id).toMatch(/^[a-z-]+$/);
    expect(f.title.length).toBeGreaterThan(0);
    expect(f.reason.length).toBeGreaterThan(0);
    if (f.kind === 'problem') {
      expect(['high', 'medium', 'low']).toContain(f.severity);
      expect(f.better?.length).toBeGreaterThan(0);
    } else {
      expect(f.kind).toBe('good');
      expect(f.severity).toBeUndefined();
    }
    if (f.evidence !== undefined) {
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.evidence.length).toBeLessThanOrEqual(80);
      expect(visibleText(input.slice(0, MAX_DRAFT_LENGTH))).toContain(f.evidence);
    }
  }
  for (const count of Object.values(report.stats)) {
    expect(Number.isSafeInteger(count) && count >= 0).toBe(true);
  }
}

describe('checkDraft properties', () => {
  it('returns well-formed findings and counts for any string', () => {
    fc.assert(
      fc.property(anyDraft, platform, (draft, id) => {
        expectWellFormed(checkDraft(draft, id), draft);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same report for the same draft', () => {
    fc.assert(
      fc.property(anyDraft, platform, (draft, id) => {
        expect(checkDraft(draft, id)).toEqual(checkDraft(draft, id));
      }),
      { numRuns: 200 },
    );
  });

  it('reports each finding at most once', () => {
    fc.assert(
      fc.property(mixedDraft, platform, (draft, id) => {
        const ids = checkDraft(draft, id).findings.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 200 },
    );
  });

  it('never counts more hashtags or links than there are "#" signs or dots', () => {
    fc.assert(
      fc.property(mixedDraft, platform, (draft, id) => {
        const { stats } = checkDraft(draft, id);
        expect(stats.hashtags).toBeLessThanOrEqual((draft.match(/[#＃]/g) ?? []).length);
        expect(stats.links).toBeLessThanOrEqual((draft.match(/\./g) ?? []).length);
      }),
      { numRuns: 200 },
    );
  });

  it('says it truncated a draft with text past the length it checks, and stays well-formed', () => {
    const nonBlank = mixedDraft.filter((p) => p.trim() !== '');
    fc.assert(
      fc.property(nonBlank, platform, (piece, id) => {
        const draft = `${piece} `.repeat(Math.ceil((MAX_DRAFT_LENGTH + 10) / (piece.length + 1)));
        const report = checkDraft(draft, id);
        expectWellFormed(report, draft);
        expect(report.findings.map((f) => f.id)).toContain('draft-truncated');
      }),
      { numRuns: 5 },
    );
  });

  it.each([
    ['a run of letters and dashes', 'a-'.repeat(60_000)],
    ['a run of dotted labels', 'a.'.repeat(60_000)],
    ['a run of hashes and digits', '#1'.repeat(60_000)],
    ['a run of emoji', '🎉'.repeat(60_000)],
    ['a run of exclamation marks', '!'.repeat(120_000)],
    ['a run of capitals', 'SALE '.repeat(25_000)],
    ['one endless word', 'x'.repeat(200_000)],
  ])('checks %s of the maximum length without stalling', (_, draft) => {
    const started = performance.now();
    expectWellFormed(checkDraft(draft, 'facebook'), draft);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
