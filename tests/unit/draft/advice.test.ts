import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/draft';
import { newsSentence, taggedFor } from '../../../src/lib/draft/advice';

const tagAdvice = (draft: string) =>
  checkDraft(draft, 'instagram').findings.find((finding) => finding.id === 'tag-baiting')?.better;

describe('the better way to write a tag request', () => {
  it.each([
    {
      name: 'says the bakery’s own news to the reader its request names',
      draft:
        'Tag a friend who needs a treat! Cardamom buns are back this Saturday, £2.80 each. Order by Friday.',
      better:
        'Say who it\'s for instead, in your post\'s own words: "Cardamom buns are back this Saturday, £2.80 each, for anyone who needs a treat."',
    },
    {
      name: 'leaves hashtags and emoji out of the words it quotes',
      draft: 'New gravel bikes in the shop from Monday 🚲 Tag someone who needs a new ride #bikes #gravel',
      better:
        'Say who it\'s for instead, in your post\'s own words: "New gravel bikes in the shop from Monday, for anyone who needs a new ride."',
    },
    {
      name: 'skips sentences that are bait themselves',
      draft: 'Tag your bestie! Like and share! Our new nail colours are in: 12 shades, £15 a set.',
      better:
        'Drop the request and lead with your news: "Our new nail colours are in: 12 shades, £15 a set." Then say who it is for.',
    },
    {
      name: 'asks for the news when the post has none',
      draft: 'Tag a friend who loves coffee',
      better: 'Say what you have for anyone who loves coffee: what it is, when and where to get it.',
    },
    {
      name: 'falls back to plain words when the post has neither news nor a reader',
      draft: 'Tag a friend!!',
      better: "Say what you have and who it's for instead: what it is, when and where to get it.",
    },
  ])('$name', ({ draft, better }) => {
    expect(tagAdvice(draft)).toBe(better);
  });

  it('never mentions a birthday unless the draft does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Tag a friend who ', 'Tag someone that ', 'Tag 3 mates who ', 'Tag your bestie! '),
        fc.array(
          fc.constantFrom('loves', 'croissants', 'new', 'bikes', 'on', 'Saturday', 'at', '9am', '£4', 'cake'),
          {
            maxLength: 12,
          },
        ),
        fc.constantFrom('', '. Fresh bread from 8am on Saturday.', ' 🎉 Dog grooming, £30, book now.'),
        (request, words, news) => {
          const better = tagAdvice(`${request}${words.join(' ')}${news}`);
          expect(better).toBeDefined();
          expect(better).not.toMatch(/birthday/i);
        },
      ),
    );
    expect(tagAdvice('Birthday cakes to order, from £25. Tag a friend whose birthday is coming up!')).toBe(
      'Say who it\'s for instead, in your post\'s own words: "Birthday cakes to order, from £25, for anyone whose birthday is coming up."',
    );
  });

  it('cuts a long sentence it quotes at a word, with an ellipsis', () => {
    const news = newsSentence(
      'Our winter opening hours start next week and run through to the end of February, with late opening on Thursdays for the book club.',
      [],
    );
    expect(news).toBe('Our winter opening hours start next week and run through to the end of…');
    expect(news!.length).toBeLessThanOrEqual(81);
  });

  it('reads the reader from "who" or "that", and nothing else', () => {
    expect(taggedFor('Tag a friend who needs a haircut')).toBe('who needs a haircut');
    expect(taggedFor('Tag someone that would love this')).toBe('who would love this');
    expect(taggedFor('Tag a friend you love')).toBeUndefined();
  });
});
