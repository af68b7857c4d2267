import { describe, expect, it } from 'vitest';
import { countHashtags, platformLength, quizPostId, quizPostSchema } from '../../../src/lib/quiz/schema';

const good = {
  business: { name: 'Crumb & Crust', kind: 'bakery', handle: '@crumbandcrust' },
  platform: 'facebook',
  text: 'Closed Monday and Tuesday while the oven is relined. Back on Wednesday at 7am.',
  answer: 'click',
  form: 'a',
  difficulty: 'plain',
  signal: 'Back on Wednesday at 7am',
  worth: 'It tells you when the bakery is shut and when it opens again.',
  verdict: 'Useful and specific',
  principles: ['social-is-social'],
  explanation: 'It tells regulars what changes and why, before anyone makes a wasted trip.',
};

const { worth: _worth, ...noWorth } = good;
const bait = {
  ...noWorth,
  text: 'Help us choose! ❤️ for steak, 😮 for chicken. Most reactions wins!',
  answer: 'scroll',
  signal: 'Most reactions wins',
  verdict: 'Vote-baiting',
  failures: ['vote-baiting'],
};

function errorsFor(data: unknown): string[] {
  const result = quizPostSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('a quiz post', () => {
  it('accepts a good post and gives it an empty failure list', () => {
    expect(quizPostSchema.parse(good).failures).toEqual([]);
  });

  it('accepts a bait post that names its failure', () => {
    expect(errorsFor(bait)).toEqual([]);
  });

  it('accepts a signal found in the link title rather than the text', () => {
    const withLink = {
      ...good,
      link: { title: 'Opening hours this week', domain: 'crumbandcrust.example' },
      signal: 'Opening hours this week',
    };
    expect(errorsFor(withLink)).toEqual([]);
  });

  it.each([
    ['a post to scroll past with no failure', { ...bait, failures: [] }, 'failures: A post to scroll past'],
    [
      'a post to click with a failure',
      { ...good, failures: ['tag-baiting'] },
      'failures: A post worth clicking',
    ],
    ['an exemption on bait', { ...bait, exemption: 'fundraising' }, 'exemption: An exemption explains'],
    ['an unknown failure', { ...bait, failures: ['rage-baiting'] }, 'failures.0: Unknown failure'],
    ['a repeated failure', { ...bait, failures: ['vote-baiting', 'vote-baiting'] }, 'failures: List each'],
    ['an unknown principle', { ...good, principles: ['go-viral'] }, 'principles.0: Unknown principle'],
    ['no principle', { ...good, principles: [] }, 'principles: Name at least one'],
    [
      'four principles',
      { ...good, principles: ['social-is-social', 'exclusive-value', 'what-it-buys', 'big-numbers-hollow'] },
      'principles: Name at most three',
    ],
    ['an unknown platform', { ...good, platform: 'myspace' }, 'platform: platform must be one of'],
    ['a misspelled field', { ...good, explenation: 'x' }, 'Unrecognized key'],
    [
      'a handle without @',
      { ...good, business: { ...good.business, handle: 'crumb' } },
      'business.handle: handle is an @',
    ],
    ['a verdict over 40 characters', { ...good, verdict: 'x'.repeat(41) }, 'verdict: A verdict must be 40'],
    [
      'an explanation of four sentences',
      { ...good, explanation: 'One here. Two here. Three here. Four here.' },
      'explanation: explanation must be one to three sentences',
    ],
    [
      'an X post over 280',
      { ...good, platform: 'x', text: 'a'.repeat(281) },
      'text: X allows 280 characters; this text counts 281',
    ],
    [
      'six hashtags on Instagram',
      { ...good, platform: 'instagram', imageAlt: 'A loaf on a board.', text: 'New #a #b #c #d #e #f' },
      'text: Instagram allows 5 hashtags',
    ],
    [
      'an Instagram post with no picture',
      { ...good, platform: 'instagram' },
      'imageAlt: Instagram posts always show a picture or video',
    ],
    [
      'a link card to a real domain',
      { ...good, link: { title: 'Our hours', domain: 'crumbandcrust.co.uk' } },
      'link.domain: A link domain must end in .example',
    ],
    [
      'a real address in the text',
      { ...good, text: 'Hours: crumbandcrust.co.uk/hours' },
      'text: The address crumbandcrust.co.uk must end in .example',
    ],
    [
      'a link-only post with no link',
      { ...bait, failures: ['link-only'] },
      'failures: A link-only post needs a link',
    ],
    [
      'hashtag stuffing with few hashtags',
      { ...bait, failures: ['hashtag-stuffing'] },
      'failures: Hashtag stuffing needs at least 6',
    ],
    ['a post with no form', { ...good, form: undefined }, "form: form must be 'a' or 'b'"],
    ['a third form', { ...good, form: 'c' }, "form: form must be 'a' or 'b'"],
    [
      'a post with no difficulty',
      { ...bait, difficulty: undefined },
      "difficulty: difficulty must be 'plain'",
    ],
    ['an unknown difficulty', { ...bait, difficulty: 'hard' }, "difficulty: difficulty must be 'plain'"],
    ['a post with no signal', { ...bait, signal: undefined }, 'signal: signal is required'],
    ['a signal of two characters', { ...bait, signal: 'Mo' }, 'signal: A signal must be at least 3'],
    ['a signal over 90 characters', { ...bait, signal: 'x'.repeat(91) }, 'signal: A signal must be 90'],
    [
      'a signal on two lines',
      { ...bait, text: 'Vote now!\nMost reactions wins!', signal: 'Vote now!\nMost' },
      'signal: A signal must fit on one line',
    ],
    [
      'a signal that is not in the post',
      { ...bait, signal: 'Tag a friend who loves pie' },
      'signal: signal must be words copied exactly from the post',
    ],
    [
      'a signal that changes the case of the post',
      { ...bait, signal: 'most reactions wins' },
      'signal: signal must be words copied exactly from the post',
    ],
    ['a good post with no worth', noWorth, 'worth: A post worth clicking says why'],
    [
      'worth on a post to scroll past',
      { ...bait, worth: 'It tells you which pie is on this week.' },
      'worth: A post to scroll past has no worth',
    ],
    ['a worth under 20 characters', { ...good, worth: 'It is useful.' }, 'worth: worth must be at least 20'],
    ['a worth over 160 characters', { ...good, worth: 'x'.repeat(161) }, 'worth: worth must be 160'],
    [
      'a worth of two sentences',
      { ...good, worth: 'It says when the bakery shuts. It says when it opens.' },
      'worth: worth must be one sentence',
    ],
  ])('rejects %s with a clear message', (_case, data, message) => {
    expect(errorsFor(data).join('\n')).toContain(message);
  });
});

describe('quizPostId', () => {
  it('takes the id from the file name', () => {
    expect(quizPostId('bakery-oven-closure.yaml')).toBe('bakery-oven-closure');
  });

  it.each(['Bakery_Oven.yaml', 'bakery oven.yaml', 'bakery--oven.yaml', '-bakery.yaml', 'bakery/oven.yaml'])(
    'refuses a file name that is not kebab-case: %s',
    (name) => {
      expect(() => quizPostId(name)).toThrow(/must be named in lowercase words joined by hyphens/);
    },
  );
});

describe('platformLength', () => {
  it('counts a link on X as 23 characters whatever its length', () => {
    expect(platformLength('x', 'See crumbandcrust.example/a/very/long/path/to/the/hours')).toBe(4 + 23);
  });

  it('counts an emoji on X as two characters', () => {
    expect(platformLength('x', 'Hi 🥧')).toBe(5);
  });

  it('counts an emoji elsewhere as one character', () => {
    expect(platformLength('facebook', 'Hi 🥧')).toBe(4);
  });
});

describe('countHashtags', () => {
  it('counts tags but not a # inside a word or an address', () => {
    expect(countHashtags('#bread and #rye, not C# or crumb.example/#top')).toBe(2);
  });
});
