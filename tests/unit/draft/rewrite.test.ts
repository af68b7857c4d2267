import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/draft';
import { BAIT_IDS } from '../../../src/lib/draft/rules';
import type { Platform } from '../../../src/lib/platforms';

// Drafts in the style of the quiz's bait posts (src/content/quiz), each with the rewrite of its bait and the
// whole improved draft: every noun in a rewrite is the draft's own, and what is missing is asked for in [ ].
const CASES: {
  name: string;
  platform: Platform;
  draft: string;
  id: string;
  before: string;
  after: string;
  improved: string;
}[] = [
  {
    name: 'turns a vote with reactions into an open question with the draft’s own options',
    platform: 'facebook',
    draft:
      "Help us choose this week's special! 🥧 Which pie for Friday? ❤️ for steak and ale, 😮 for chicken and leek. We bake the winner at the Mill Lane shop from 7am.",
    id: 'vote-baiting',
    before:
      "Help us choose this week's special! 🥧 Which pie for Friday? ❤️ for steak and ale, 😮 for chicken and leek",
    after: 'Steak and ale or chicken and leek for Friday? Tell us which and why in the comments.',
    improved:
      'Steak and ale or chicken and leek for Friday? Tell us which and why in the comments. We bake the winner at the Mill Lane shop from 7am.',
  },
  {
    name: 'turns a vote with likes and hearts into an open question',
    platform: 'facebook',
    draft:
      'Vote with a like for lemon drizzle or a heart for Victoria sponge! We bake the favourite on Saturday at the Corn Exchange.',
    id: 'vote-baiting',
    before: 'Vote with a like for lemon drizzle or a heart for Victoria sponge',
    after: 'Lemon drizzle or Victoria sponge for Saturday? Tell us which and why in the comments.',
    improved:
      'Lemon drizzle or Victoria sponge for Saturday? Tell us which and why in the comments. We bake the favourite on Saturday at the Corn Exchange.',
  },
  {
    name: 'turns a tag request into an invitation for the reader it names, where the draft already says where and when',
    platform: 'instagram',
    draft:
      'Tag a friend who needs a treat! Cardamom buns are back this Saturday, £2.80 each, at the Mill Lane shop from 8am.',
    id: 'tag-baiting',
    before: 'Tag a friend who needs a treat',
    after: 'Know someone who needs a treat? Bring them along.',
    improved:
      'Know someone who needs a treat? Bring them along. Cardamom buns are back this Saturday, £2.80 each, at the Mill Lane shop from 8am.',
  },
  {
    name: 'asks for the place a tag request leaves out, instead of inventing one',
    platform: 'instagram',
    draft: 'Tag the friend who NEEDS a fresh cut this month 😂💇‍♀️👇 #hairsalon #newhair',
    id: 'tag-baiting',
    before: 'Tag the friend who NEEDS a fresh cut this month',
    after: 'For anyone who NEEDS a fresh cut this month: come by [name the place here].',
    improved:
      'For anyone who NEEDS a fresh cut this month: come by [name the place here]. 😂💇‍♀️👇 #hairsalon #newhair',
  },
  {
    name: 'gives a tag request run on from the news a sentence of its own',
    platform: 'facebook',
    draft:
      'Our spring bulb sale starts Saturday at 9am at Green Lane Garden Centre, so tag someone who loves tulips!',
    id: 'tag-baiting',
    before: 'tag someone who loves tulips',
    after: 'Know someone who loves tulips? Bring them along.',
    improved:
      'Our spring bulb sale starts Saturday at 9am at Green Lane Garden Centre. Know someone who loves tulips? Bring them along.',
  },
  {
    name: 'turns a share-to-win into a call to visit, asking for the missing place',
    platform: 'facebook',
    draft:
      '🎉 GIVEAWAY TIME! 🎉\nWant to win a £50 voucher? Just SHARE this post and like our page. Winner picked on Friday. Good luck! 🚲',
    id: 'share-baiting',
    before: 'SHARE this post and like our page',
    after: 'Come by [name the place here] on Friday.',
    improved:
      '🎉 GIVEAWAY TIME! 🎉\nWant to win a £50 voucher? Come by [name the place here] on Friday. Winner picked on Friday. Good luck! 🚲',
  },
  {
    name: 'turns “like this if” into the draft’s own question and a call to visit',
    platform: 'instagram',
    draft:
      "Like this if you can't start your day without a flat white ☕ Open from 7.30am at Kiln Café on Harbour Road. #MondayMotivation",
    id: 'react-baiting',
    before: "Like this if you can't start your day without a flat white",
    after: "Can't start your day without a flat white? Come and see us.",
    improved:
      "Can't start your day without a flat white? Come and see us. ☕ Open from 7.30am at Kiln Café on Harbour Road. #MondayMotivation",
  },
  {
    name: 'keeps the question but drops the reaction asked for',
    platform: 'linkedin',
    draft:
      'Small businesses are the backbone of this country. 💪\n\nAgree? Hit 👍 if you agree and come to Inkwell Print on Mill Street on Monday. #ShopLocal',
    id: 'react-baiting',
    before: 'Hit 👍 if you agree and come to Inkwell Print on Mill Street on Monday',
    after: 'Agree? Come by Inkwell Print on Monday.',
    improved:
      'Small businesses are the backbone of this country. 💪\n\nAgree? Agree? Come by Inkwell Print on Monday. #ShopLocal',
  },
  {
    name: 'turns “comment YES if you want” into a question and where to get it',
    platform: 'facebook',
    draft:
      "Comment YES if you want a hamper this Christmas! Hampers from £25 at Hartley's Deli, collection from 18 December.",
    id: 'comment-baiting',
    before: 'Comment YES if you want a hamper this Christmas',
    after: "Want a hamper this Christmas? Come by Hartley's Deli from 18 December.",
    improved:
      "Want a hamper this Christmas? Come by Hartley's Deli from 18 December. Hampers from £25 at Hartley's Deli, collection from 18 December.",
  },
  {
    name: 'turns a comment-for-a-freebie into the freebie and where to add its link',
    platform: 'instagram',
    draft: "Comment STRETCH and we'll send you our free 10-minute morning routine 🧘‍♀️✨ #yoga #morningroutine",
    id: 'comment-baiting',
    before: "Comment STRETCH and we'll send you our free 10-minute morning routine",
    after: 'Want our free 10-minute morning routine? Get it here: [add the link or the place].',
    improved:
      'Want our free 10-minute morning routine? Get it here: [add the link or the place]. 🧘‍♀️✨ #yoga #morningroutine',
  },
  {
    name: 'turns a teaser into a lead-in to the news the draft gives next, with the day only the teaser named',
    platform: 'facebook',
    draft:
      "You won't believe what's coming out of our oven this Saturday 😱 Sourdough loaves, £4.20, at Rosie's Bakery from 8am.",
    id: 'clickbait-withholding',
    before: "You won't believe what's coming out of our oven this Saturday",
    after: 'This Saturday:',
    improved: "This Saturday: 😱 Sourdough loaves, £4.20, at Rosie's Bakery from 8am.",
  },
  {
    name: 'asks for the detail when a teaser has none',
    platform: 'tiktok',
    draft: 'You will NOT believe what was under all that fur 😱 Part 2 when we hit 10k followers!!',
    id: 'clickbait-withholding',
    before: 'You will NOT believe what was under all that fur',
    after: '[Say what it is here: the product, the price, the date.]',
    improved:
      '[Say what it is here: the product, the price, the date.] 😱 Part 2 when we hit 10k followers!!',
  },
  {
    name: 'drops a superlative for a lead-in when the draft’s own facts follow',
    platform: 'facebook',
    draft: 'The best croissants ever!!! Butter croissants at the Old Forge on Sunday from 9am, £1.90 each.',
    id: 'clickbait-exaggeration',
    before: 'The best croissants ever',
    after: 'Here it is:',
    improved: 'Here it is: Butter croissants at the Old Forge on Sunday from 9am, £1.90 each.',
  },
  {
    name: 'drops a secret trick for a lead-in to the service and its price',
    platform: 'x',
    draft:
      'This one simple trick keeps your bike chain quiet all winter. Winter services at Spoke & Chain on Tuesday, £45.',
    id: 'clickbait-withholding',
    before: 'This one simple trick keeps your bike chain quiet all winter',
    after: 'Here it is:',
    improved: 'Here it is: Winter services at Spoke & Chain on Tuesday, £45.',
  },
];

describe('the rewrite of each bait finding', () => {
  it.each(CASES)('$name', ({ platform, draft, id, before, after, improved }) => {
    const report = checkDraft(draft, platform);
    expect(report.findings.find((finding) => finding.id === id)?.rewrite).toEqual({ before, after });
    expect(report.improved).toBe(improved);
    const left = checkDraft(improved, platform).findings.filter((finding) =>
      (BAIT_IDS as readonly string[]).includes(finding.id),
    );
    expect(left).toEqual([]);
  });

  it('rewrites every request of a kind, not only the one it reports', () => {
    const report = checkDraft(
      'Tag a friend who needs a treat! Cardamom buns are back at the Mill Lane shop on Saturday from 8am. Tag someone who loves cardamom.',
      'instagram',
    );
    expect(report.findings.filter((finding) => finding.id === 'tag-baiting')).toHaveLength(1);
    expect(report.improved).toBe(
      'Know someone who needs a treat? Bring them along. Cardamom buns are back at the Mill Lane shop on Saturday from 8am. Know someone who loves cardamom? Bring them along.',
    );
  });

  it.each([
    ['one endless clause of teasers', 'HUGE SALE You won’t believe ΕΚΠΤΩΣΕΙΣ You won’t believe <b>it</b> '],
    ['tag requests', 'Tag a friend! '],
    ['votes', 'Which one? ❤️ for lemon, 😮 for lime. '],
  ])('rewrites a draft of the longest checked length made of %s without stalling', (_, piece) => {
    const draft = piece.repeat(Math.ceil(100_000 / piece.length));
    const started = performance.now();
    const report = checkDraft(draft, 'facebook');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(report.improved).toBeDefined();
  });

  it('offers nothing for a draft without bait', () => {
    const report = checkDraft(
      'Cardamom buns are back this Saturday, £2.80 each. Order by Friday.',
      'instagram',
    );
    expect(report.improved).toBeUndefined();
    expect(report.findings.some((finding) => finding.rewrite)).toBe(false);
  });

  it('leaves a call for help alone', () => {
    const report = checkDraft(
      'Can you help? Our neighbour’s grey whippet slipped her lead on Harrow Road at 4pm today. Please share this with anyone local.',
      'facebook',
    );
    expect(report.improved).toBeUndefined();
  });
});
