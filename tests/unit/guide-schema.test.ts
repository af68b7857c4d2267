import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/lib/guides/schema';

const valid = {
  title: 'Follower count is the wrong first goal',
  description:
    'Why chasing followers pulls a small business away from the customers who actually buy from it.',
  cardLine: 'Followers are a number. Customers are a business.',
  published: '2026-11-20',
  updated: '2026-11-25',
  order: 1,
  tags: ['followers', 'engagement'],
  sources: [
    {
      title: 'Confidence in Follower Counts',
      publisher: 'Twitter',
      year: 2018,
      url: 'https://blog.twitter.com/x',
    },
  ],
};

function errorsFor(data: unknown): string[] {
  const result = guideSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guide front matter', () => {
  it('accepts a complete guide and turns its dates into Dates, with draft off by default', () => {
    const guide = guideSchema.parse(valid);
    expect(guide.published).toEqual(new Date('2026-11-20'));
    expect(guide.updated).toEqual(new Date('2026-11-25'));
    expect(guide.draft).toBe(false);
  });

  it('accepts a guide with no updated date', () => {
    const { updated: _updated, ...withoutUpdated } = valid;
    expect(errorsFor(withoutUpdated)).toEqual([]);
  });

  it.each([
    [
      'a description over 160 characters',
      { description: 'x'.repeat(161) },
      'description: Description must be 160 characters or fewer',
    ],
    [
      'a card line over 90 characters',
      { cardLine: 'y'.repeat(91) },
      'cardLine: cardLine must be 90 characters or fewer',
    ],
    [
      'a date that is not a date',
      { published: 'last Tuesday' },
      'published: published must be a date like 2026-11-25',
    ],
    [
      'an update before publication',
      { updated: '2026-01-01' },
      'updated: updated cannot be earlier than published',
    ],
    [
      'a tag with capitals or spaces',
      { tags: ['Fake Followers'] },
      'tags.0: Tags are lowercase words joined by hyphens',
    ],
    ['no sources', { sources: [] }, 'sources: Every guide cites at least one source'],
    [
      'a source without a web address',
      { sources: [{ ...valid.sources[0], url: 'not a url' }] },
      'sources.0.url: A source URL must be a full http(s) address',
    ],
    [
      'a source on a javascript: address',
      { sources: [{ ...valid.sources[0], url: 'javascript:alert(1)' }] },
      'sources.0.url: A source URL must be a full http(s) address',
    ],
    [
      'a source year in the future',
      { sources: [{ ...valid.sources[0], year: 2999 }] },
      'sources.0.year: A source year cannot be later than',
    ],
    ['an order of zero', { order: 0 }, 'order: order starts at 1'],
  ])('rejects %s with a message that names the field', (_case, change, message) => {
    const errors = errorsFor({ ...valid, ...change });
    expect(errors.some((error) => error.startsWith(message))).toBe(true);
  });

  it('rejects a misspelled field instead of ignoring it', () => {
    const errors = errorsFor({ ...valid, decription: 'typo' });
    expect(errors.join('\n')).toContain('decription');
  });

  it('rejects a guide with its title missing', () => {
    const { title: _title, ...withoutTitle } = valid;
    expect(errorsFor(withoutTitle)[0]).toMatch(/^title: /);
  });
});
