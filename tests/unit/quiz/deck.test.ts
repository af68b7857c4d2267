import { PLATFORMS } from '../../../src/lib/platforms';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Scalar } from 'yaml';
import { EXEMPTION_LABELS, FAILURE_LABELS, PRINCIPLE_LABELS } from '../../../src/lib/quiz/labels';
import { scoreQuiz } from '../../../src/lib/quiz/score';
import { DECK_DIR, deckFiles, readDeck } from './deck-files';

const deck = readDeck();
const good = deck.filter((post) => post.answer === 'click');

describe('the quiz deck', () => {
  it('keeps every hashtag: no text, signal or worth is cut short by a YAML comment', () => {
    // In YAML, " #" after a plain value starts a comment, so "Great cut #salon" would silently lose "#salon".
    const cut = deckFiles().flatMap((name) => {
      const file = parseDocument(readFileSync(join(DECK_DIR, name), 'utf8'));
      return ['text', 'signal', 'worth']
        .filter((field) => (file.get(field, true) as Scalar | undefined)?.comment)
        .map((field) => `${name}: ${field}`);
    });
    expect(cut).toEqual([]);
  });

  it('holds at least 40 posts: two forms of 20', () => {
    expect(deck.length).toBeGreaterThanOrEqual(40);
  });

  it.each(PLATFORMS)('has at least three %s posts', (platform) => {
    expect(deck.filter((post) => post.platform === platform).length).toBeGreaterThanOrEqual(3);
  });

  it('is between 40% and 60% good posts', () => {
    const share = good.length / deck.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it('uses every failure at least once', () => {
    const used = new Set(deck.flatMap((post) => post.failures));
    expect(Object.keys(FAILURE_LABELS).filter((id) => !used.has(id as keyof typeof FAILURE_LABELS))).toEqual(
      [],
    );
  });

  it('has a good post for every exemption', () => {
    const used = new Set(good.map((post) => post.exemption));
    expect(
      Object.keys(EXEMPTION_LABELS).filter((id) => !used.has(id as keyof typeof EXEMPTION_LABELS)),
    ).toEqual([]);
  });

  it('illustrates every principle at least once', () => {
    const used = new Set(deck.flatMap((post) => post.principles));
    expect(
      Object.keys(PRINCIPLE_LABELS).filter((id) => !used.has(id as keyof typeof PRINCIPLE_LABELS)),
    ).toEqual([]);
  });

  it('gives every post its own id', () => {
    expect(new Set(deck.map((post) => post.id)).size).toBe(deck.length);
  });

  it('describes each business the same way wherever its handle appears', () => {
    const byHandle = new Map<string, string>();
    for (const { business } of deck) {
      const description = JSON.stringify([business.name, business.kind, business.initials]);
      expect(byHandle.get(business.handle) ?? description).toBe(description);
      byHandle.set(business.handle, description);
    }
  });

  it('includes good posts that ask readers to comment or share, so suspicion of every ask loses marks', () => {
    const asking = good.filter((post) => /comment|share|below|leave it/i.test(post.text));
    expect(asking.length).toBeGreaterThanOrEqual(3);
  });

  it('does not reward scrolling past everything', () => {
    const picks = Object.fromEntries(deck.map((post) => [post.id, 'scroll' as const]));
    const score = scoreQuiz(deck, picks);
    expect(score.baitSpotted.right).toBe(score.baitSpotted.total);
    expect(score.goodKept.right).toBe(0);
  });
});
