import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORMS,
  SITE_HABITS_GROUP,
  baitType,
  formBalance,
  formatBalanceTable,
  type FormPost,
} from '../../../src/lib/quiz/forms';
import { EXEMPTION_LABELS } from '../../../src/lib/quiz/labels';
import { DECK_DIR, readDeck } from './deck-files';

const deck = readDeck();
const balance = formBalance(deck);
const countOf = (measure: string, value: string) =>
  balance.find((row) => row.measure === measure && row.value === value)?.count;

describe('the two forms of the deck', () => {
  it.each(FORMS)('gives form %s at least 20 posts, half of them bait', (form) => {
    const posts = deck.filter((post) => post.form === form);
    expect(posts.length).toBeGreaterThanOrEqual(20);
    expect(posts.filter((post) => post.answer === 'scroll').length).toBe(posts.length / 2);
  });

  it('matches the forms on every measure of the balance table', () => {
    const unmatched = balance.filter((row) => row.count.a !== row.count.b);
    expect(unmatched).toEqual([]);
  });

  it.each([
    'posts',
    'answer',
    'bait type',
    'exemption',
    'platform',
    'platform, bait',
    'platform, good',
    'difficulty, bait',
    'difficulty, good',
  ])('counts the measure "%s"', (measure) => {
    expect(balance.some((row) => row.measure === measure)).toBe(true);
  });

  it('puts two of the site’s own habits in each form', () => {
    expect(countOf('bait type', SITE_HABITS_GROUP)).toEqual({ a: 2, b: 2 });
  });

  it.each(Object.keys(EXEMPTION_LABELS))('puts one %s post in each form', (exemption) => {
    expect(countOf('exemption', exemption)).toEqual({ a: 1, b: 1 });
  });

  it('has subtle and plain posts among the bait and among the good posts', () => {
    for (const measure of ['difficulty, bait', 'difficulty, good']) {
      expect(countOf(measure, 'plain')?.a, measure).toBeGreaterThan(0);
      expect(countOf(measure, 'subtle')?.a, measure).toBeGreaterThan(0);
    }
  });

  it('calls every good post with an exemption subtle, as the difficulty rule says', () => {
    const plain = deck
      .filter((post) => post.exemption && post.difficulty !== 'subtle')
      .map((post) => post.id);
    expect(plain).toEqual([]);
  });

  it('shows a business once a form, unless it has more posts than there are forms', () => {
    const handles = new Set(deck.map((post) => post.business.handle));
    const repeated = [...handles].flatMap((handle) => {
      const posts = deck.filter((post) => post.business.handle === handle);
      return FORMS.filter(
        (form) => posts.filter((post) => post.form === form).length > Math.ceil(posts.length / FORMS.length),
      ).map((form) => `${handle} in form ${form}`);
    });
    expect(repeated).toEqual([]);
  });

  it('shows the balance table in the deck’s README as it stands', () => {
    const readme = readFileSync(join(DECK_DIR, 'README.md'), 'utf8');
    expect(readme).toContain(formatBalanceTable(balance));
  });
});

const post = (form: FormPost['form'], overrides: Partial<FormPost> = {}): FormPost => ({
  form,
  answer: 'scroll',
  platform: 'facebook',
  difficulty: 'plain',
  failures: ['vote-baiting'],
  ...overrides,
});

describe('baitType', () => {
  it('is the first failure', () => {
    expect(baitType({ failures: ['react-baiting', 'share-baiting'] })).toBe('react-baiting');
  });

  it.each(['hashtag-stuffing', 'link-only', 'repost-no-value', 'exclusive-leaves-others-out'] as const)(
    'groups %s with the site’s own habits',
    (failure) => {
      expect(baitType({ failures: [failure] })).toBe(SITE_HABITS_GROUP);
    },
  );
});

describe('formBalance', () => {
  it('counts bait by type and good posts by exemption, with none for a good post without one', () => {
    const rows = formBalance([
      post('a'),
      post('b', { failures: ['link-only', 'tag-baiting'] }),
      post('a', { answer: 'click', failures: [], exemption: 'fundraising' }),
      post('b', { answer: 'click', failures: [] }),
    ]);
    expect(rows.filter((row) => row.measure === 'bait type' || row.measure === 'exemption')).toEqual([
      { measure: 'bait type', value: SITE_HABITS_GROUP, count: { a: 0, b: 1 } },
      { measure: 'bait type', value: 'vote-baiting', count: { a: 1, b: 0 } },
      { measure: 'exemption', value: 'fundraising', count: { a: 1, b: 0 } },
      { measure: 'exemption', value: 'none', count: { a: 0, b: 1 } },
    ]);
  });

  it('counts platform and difficulty within bait and within good posts as well as overall', () => {
    const rows = formBalance([
      post('a', { platform: 'x' }),
      post('b', { platform: 'x', answer: 'click', failures: [], difficulty: 'subtle' }),
    ]);
    const counts = Object.fromEntries(rows.map((row) => [`${row.measure}: ${row.value}`, row.count]));
    expect(counts).toMatchObject({
      'platform: x': { a: 1, b: 1 },
      'platform, bait: x': { a: 1, b: 0 },
      'platform, good: x': { a: 0, b: 1 },
      'difficulty, bait: plain': { a: 1, b: 0 },
      'difficulty, good: subtle': { a: 0, b: 1 },
    });
  });

  it('finds an unmatched pair of forms', () => {
    const rows = formBalance([post('a'), post('b', { difficulty: 'subtle' })]);
    expect(rows.filter((row) => row.count.a !== row.count.b).map((row) => row.value)).toEqual([
      'plain',
      'subtle',
    ]);
  });
});

describe('formatBalanceTable', () => {
  it('writes a Markdown table, one row a measure and value, with aligned columns', () => {
    const table = formatBalanceTable([
      { measure: 'answer', value: 'click', count: { a: 10, b: 10 } },
      { measure: 'platform, bait', value: 'x', count: { a: 2, b: 2 } },
    ]);
    expect(table.split('\n')).toEqual([
      '| measure        | value | form A | form B |',
      '| -------------- | ----- | ------ | ------ |',
      '| answer         | click | 10     | 10     |',
      '| platform, bait | x     | 2      | 2      |',
    ]);
  });
});
