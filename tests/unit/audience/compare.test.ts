import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  audienceFigures,
  comparisonHeadline,
  costPerEngagedFollower,
  feeSentence,
  formatCost,
  missingSentence,
  parseAudienceForm,
  unknownFakeShareSentence,
  type AudienceFields,
  type AudienceForm,
} from '../../../src/lib/audience/compare';
import { jargonIn } from '../../../src/lib/estimator/plain-answer';

const exact = (share: number) => ({ share, low: share, high: share });
const rate = (value: number) => ({ kind: 'rate', rate: value }) as const;
const interactions = (perPost: number) => ({ kind: 'interactions', perPost }) as const;

const form = (fields: Partial<AudienceFields>, choices: Partial<AudienceForm> = {}): AudienceForm => ({
  fields: { followers: '', fakeShare: '', interactions: '', engagementRate: '', fee: '', ...fields },
  fakeShareUnknown: false,
  engagementKind: 'interactions',
  ...choices,
});

describe('audienceFigures', () => {
  it('takes the fake share out of the followers and counts who engages per post', () => {
    // 50,000 followers, 40% fake: 30,000 real. 0.5% engagement: 250 people per post, 250 / 300 per 100 real.
    const figures = audienceFigures({
      followers: 50_000,
      fakeShare: { share: 0.4, low: 0.3, high: 0.5 },
      engagement: rate(0.005),
    });
    expect(figures.real).toEqual({ count: 30_000, low: 25_000, high: 35_000 });
    expect(figures.engagedPerPost).toBe(250);
    expect(figures.engagedPerHundredReal).toBeCloseTo(250 / 300, 10);
  });

  it.each([
    ['a rate', rate(0.06), 120],
    ['likes and comments per post', interactions(120), 120],
    ['likes and comments averaging a fraction', interactions(119.6), 120],
  ])('counts the engaged people a post brings from %s', (_, engagement, engaged) => {
    expect(audienceFigures({ followers: 2_000, engagement }).engagedPerPost).toBe(engaged);
  });

  it('shows a small engaged account beating a big hollow one', () => {
    const bakery = audienceFigures({ followers: 2_000, fakeShare: exact(0.03), engagement: rate(0.06) });
    const influencer = audienceFigures({ followers: 80_000, fakeShare: exact(0.6), engagement: rate(0.001) });
    expect(bakery.engagedPerPost).toBeGreaterThan(influencer.engagedPerPost);
  });

  it('reports no engagement per real follower when every follower is fake', () => {
    const figures = audienceFigures({ followers: 100, fakeShare: exact(1), engagement: rate(0.02) });
    expect(figures.real?.count).toBe(0);
    expect(figures.engagedPerHundredReal).toBe(0);
  });

  it('without a fake share, takes no follower off and counts engagement per 100 followers, a lower limit', () => {
    const figures = audienceFigures({ followers: 38_000, engagement: interactions(150) });
    expect(figures.real).toBeUndefined();
    expect(figures.engagedPerPost).toBe(150);
    expect(figures.engagedPerHundredReal).toBeCloseTo(150 / 380, 10);
  });

  it.each([
    ['a fee and engaged people', 400, interactions(150), 400 / 150],
    ['no fee', undefined, interactions(150), undefined],
    ['a fee and nobody engaged', 400, interactions(0), undefined],
    ['a free post', 0, interactions(27), 0],
  ])('works out the cost per engaged follower from %s', (_, fee, engagement, cost) => {
    expect(audienceFigures({ followers: 38_000, engagement, fee }).costPerEngaged).toBe(cost);
  });

  it('keeps the real range ordered and inside the follower count', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), share, share, share, (followers, a, b, value) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const figures = audienceFigures({
          followers,
          fakeShare: { share: (low + high) / 2, low, high },
          engagement: rate(value),
        });
        const real = figures.real!;
        expect(real.low).toBeLessThanOrEqual(real.count);
        expect(real.count).toBeLessThanOrEqual(real.high);
        expect(real.high).toBeLessThanOrEqual(followers);
        expect(real.low).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(figures.engagedPerHundredReal)).toBe(true);
      }),
    );
  });
});

describe('costPerEngagedFollower', () => {
  it.each([
    [400, 150, 400 / 150],
    [49, 27, 49 / 27],
    [0, 27, 0],
    [400, 0, undefined],
    [-1, 10, undefined],
  ])('charges %s for %s engaged people: %s each', (fee, engaged, cost) => {
    expect(costPerEngagedFollower(fee, engaged)).toBe(cost);
  });
});

describe('formatCost', () => {
  it.each([
    [400 / 150, '2.67'],
    [0.4, '0.40'],
    [0, '0.00'],
    [0.001, 'under 0.01'],
    [1250.4, '1,250'],
  ])('shows %s as %s', (value, text) => {
    expect(formatCost(value)).toBe(text);
  });
});

describe('parseAudienceForm', () => {
  it('reads percentages with or without the sign', () => {
    expect(
      parseAudienceForm(
        form({ followers: '12,000', fakeShare: '15%', engagementRate: '1.5' }, { engagementKind: 'rate' }),
      ).value,
    ).toEqual({ followers: 12_000, fakeShare: exact(0.15), engagement: rate(0.015), fee: undefined });
  });

  it('reads likes and comments per post, and a fee', () => {
    expect(parseAudienceForm(form({ followers: '38,000', interactions: '150', fee: '400' })).value).toEqual({
      followers: 38_000,
      fakeShare: undefined,
      engagement: interactions(150),
      fee: 400,
    });
  });

  it.each([
    ['left empty', form({ followers: '2,400', interactions: '27' })],
    ['marked “don’t know”', form({ followers: '2,400', interactions: '27' }, { fakeShareUnknown: true })],
    [
      'marked “don’t know” over a bad value, which is kept but set aside',
      form({ followers: '2,400', interactions: '27', fakeShare: 'lots' }, { fakeShareUnknown: true }),
    ],
  ])('compares without a fake share %s', (_, account) => {
    const parsed = parseAudienceForm(account);
    expect(parsed.errors).toEqual({});
    expect(parsed.value?.fakeShare).toBeUndefined();
  });

  it('uses only the engagement field the reader chose', () => {
    const both = { followers: '2,400', interactions: '27', engagementRate: 'oops' };
    expect(parseAudienceForm(form(both)).value?.engagement).toEqual(interactions(27));
    expect(parseAudienceForm(form(both, { engagementKind: 'rate' })).errors).toEqual({
      engagementRate: 'Engagement rate must be a number, like 12.5.',
    });
  });

  it.each([
    ['followers', form({ interactions: '27' }), 'Enter the number of followers.'],
    ['interactions', form({ followers: '2,400' }), 'Enter the number of likes and comments per post.'],
    [
      'engagementRate',
      form({ followers: '2,400' }, { engagementKind: 'rate' }),
      'Enter the engagement rate.',
    ],
  ] as const)('names the missing %s next to that field', (field, account, message) => {
    const parsed = parseAudienceForm(account);
    expect(parsed.value).toBeUndefined();
    expect(parsed.missing).toEqual([field]);
    expect(parsed.errors[field]).toBe(message);
  });

  it.each([
    [
      'fakeShare',
      form({ followers: '100', fakeShare: '120%', interactions: '1' }),
      'The fake share can’t be more than 100%.',
    ],
    [
      'engagementRate',
      form({ followers: '100', engagementRate: 'lots' }, { engagementKind: 'rate' }),
      'Engagement rate must be a number, like 12.5.',
    ],
    [
      'fakeShare',
      form({ followers: '100', fakeShare: '-5', interactions: '1' }),
      'Fake share can’t be negative.',
    ],
    ['fee', form({ followers: '100', interactions: '1', fee: '$400' }), 'Fee must be a number, like 12.5.'],
  ] as const)('explains a bad %s next to that field', (field, account, message) => {
    const parsed = parseAudienceForm(account);
    expect(parsed.value).toBeUndefined();
    expect(parsed.missing).toEqual([]);
    expect(parsed.errors[field]).toBe(message);
  });
});

describe('missingSentence', () => {
  it.each([
    [
      [
        { name: 'Account A', missing: [] },
        { name: 'Account B', missing: [] },
      ],
      undefined,
    ],
    [
      [
        { name: 'My bakery', missing: [] },
        { name: 'Food creator', missing: ['followers'] },
      ],
      'To compare, fill in the followers for Food creator.',
    ],
    [
      [
        { name: 'My bakery', missing: ['interactions'] },
        { name: 'Food creator', missing: ['followers', 'engagementRate'] },
      ],
      'To compare, fill in the likes and comments per post for My bakery, and the followers and the engagement rate for Food creator.',
    ],
  ] as const)('names each missing field and its account', (accounts, sentence) => {
    expect(missingSentence(accounts)).toBe(sentence);
  });
});

describe('comparisonHeadline', () => {
  const figures = (followers: number, perPost: number) =>
    audienceFigures({ followers, engagement: interactions(perPost) });
  it.each([
    [
      ['My bakery', 'Food creator'],
      [figures(2_400, 27), figures(38_000, 150)],
      'My bakery’s 2,400 followers bring about 27 engaged people a post; Food creator’s 38,000 bring about 150.',
    ],
    [
      ['Account A', 'Account B'],
      [figures(1, 1), figures(80_000, 128)],
      'Account A’s 1 follower brings about 1 engaged person a post; Account B’s 80,000 bring about 128.',
    ],
  ] as const)('says what each account brings, in one plain sentence', (names, pair, sentence) => {
    const headline = comparisonHeadline(names, pair);
    expect(headline).toBe(sentence);
    expect(jargonIn(headline)).toEqual([]);
  });
});

describe('feeSentence', () => {
  it.each([
    [
      { fee: 400, engagement: interactions(150) },
      'Food creator’s fee of 400 works out at about 2.67 per engaged follower.',
    ],
    [
      { fee: 400, engagement: interactions(0) },
      'Food creator’s fee of 400 buys a post that nobody engages with.',
    ],
    [{ engagement: interactions(150) }, undefined],
  ])('says what the fee buys', (input, sentence) => {
    expect(feeSentence('Food creator', audienceFigures({ followers: 38_000, ...input }))).toBe(sentence);
  });
});

describe('unknownFakeShareSentence', () => {
  it.each([
    [[], undefined],
    [
      ['Food creator'],
      'No fake share was given for Food creator, so no followers are taken off as fake: its count of likely real people is an upper limit.',
    ],
    [
      ['My bakery', 'Food creator'],
      'No fake share was given for My bakery and Food creator, so no followers are taken off as fake: their counts of likely real people are upper limits.',
    ],
  ])('says plainly what is assumed without a fake share', (names, sentence) => {
    expect(unknownFakeShareSentence(names)).toBe(sentence);
  });
});
