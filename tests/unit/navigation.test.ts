import { describe, expect, it } from 'vitest';
import { adjacentGuides, inReadingOrder, relatedGuides } from '../../src/lib/guides/navigation';

const guide = (id: string, order: number, tags: string[]) => ({ id, data: { order, tags, title: id } });
const guides = [
  guide('loyalty', 5, ['loyalty', 'measurement']),
  guide('followers', 1, ['followers', 'engagement']),
  guide('fakes', 2, ['fake-followers', 'likes']),
  guide('click', 3, ['posting', 'engagement']),
  guide('exclusive', 4, ['loyalty', 'promotions']),
];

describe('inReadingOrder', () => {
  it('orders guides by their order field', () => {
    expect(inReadingOrder(guides).map((g) => g.id)).toEqual([
      'followers',
      'fakes',
      'click',
      'exclusive',
      'loyalty',
    ]);
  });

  it('breaks ties by title so the order never depends on file order', () => {
    const tied = [guide('b', 1, []), guide('a', 1, [])];
    expect(inReadingOrder(tied).map((g) => g.id)).toEqual(['a', 'b']);
  });
});

describe('adjacentGuides', () => {
  it('gives the guides before and after in reading order', () => {
    const { previous, next } = adjacentGuides(guides, 'click');
    expect([previous?.id, next?.id]).toEqual(['fakes', 'exclusive']);
  });

  it('has no previous guide for the first and no next for the last', () => {
    expect(adjacentGuides(guides, 'followers').previous).toBeUndefined();
    expect(adjacentGuides(guides, 'loyalty').next).toBeUndefined();
  });

  it('gives nothing for an unknown guide', () => {
    expect(adjacentGuides(guides, 'nope')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('relatedGuides', () => {
  it('puts guides sharing a tag first', () => {
    expect(relatedGuides(guides, 'loyalty', 1).map((g) => g.id)).toEqual(['exclusive']);
    expect(relatedGuides(guides, 'followers', 1).map((g) => g.id)).toEqual(['click']);
  });

  it('fills up with the nearest guides in reading order and never includes the guide itself', () => {
    const related = relatedGuides(guides, 'fakes', 3).map((g) => g.id);
    expect(related).toEqual(['followers', 'click', 'exclusive']);
  });

  it('respects the limit', () => {
    expect(relatedGuides(guides, 'click', 2)).toHaveLength(2);
    expect(relatedGuides(guides, 'click', 0)).toHaveLength(0);
  });
});

describe('page text that goes stale', () => {
  it('names no count of guides or tools as a literal: the collection decides how many there are', async () => {
    const { PAGES } = await import('../../src/consts');
    const NUMBER_WORDS =
      /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(short\s+)?(guides|tools)\b/i;
    for (const page of Object.values(PAGES)) {
      expect(page.description, page.title).not.toMatch(NUMBER_WORDS);
      expect(page.cardLine, page.title).not.toMatch(NUMBER_WORDS);
    }
  });
});
