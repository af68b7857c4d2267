import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/draft';
import { visibleText } from '../../../src/lib/draft/normalise';
import { BAIT_IDS, type BaitId } from '../../../src/lib/draft/rules';
import { PLATFORMS } from '../../../src/lib/platforms';

// Raise with RUNS=20000 while working on the rules; CI runs the default.
const RUNS = Number(process.env['RUNS'] ?? 400);
const TIMEOUT = Math.max(5_000, RUNS);

const platform = fc.constantFrom(...PLATFORMS);

// What a post names: a product, a place and a time, in many shapes (several words, accents, £ prices,
// 24-hour and am/pm times).
const product = fc.constantFrom(
  'cardamom buns',
  'sourdough loaves',
  'crème brûlée tarts',
  'Eccles cakes',
  'gluten-free brownies',
  'pain au chocolat',
  'jalapeño cornbread',
  'Bakewell slices',
  'gravel bikes',
  'spring bulbs',
  'wreaths',
  'hot cross buns',
);
const place = fc.constantFrom(
  'the Mill Lane shop',
  "Rosie's Bakery",
  'the Église Street stall',
  'Market Square',
  'our Harbour Road café',
  'the Corn Exchange',
  'Kirkgate Market',
  'the Old Forge',
);
const day = fc.constantFrom(
  'on Saturday',
  'this Friday',
  'next Tuesday',
  'on Friday 12 May',
  'tomorrow',
  'on Sunday',
);
const clock = fc.constantFrom(
  'from 8am',
  'at 7.30am',
  'from 07:30',
  'at 20:00',
  'from 9 am',
  'until 4pm',
  'from 8am to 2pm',
  'at 19:30',
);
const price = fc.constantFrom('£2.80 each', '£12', '£3.50 a slice', '£1', '£45');
const option = fc.constantFrom('lemon', 'chocolate', 'raspberry and rose', 'salted caramel', 'plain', 'rye');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const facts = fc.record({ product, place, day, clock, price });
type Facts = typeof facts extends fc.Arbitrary<infer T> ? T : never;

// The post's news: what, where, when, in a few shapes.
const news = fc.constantFrom<(f: Facts) => string>(
  (f) => `${capitalise(f.product)} are back at ${f.place} ${f.day} ${f.clock}.`,
  (f) => `New: ${f.product}, ${f.price}, at ${f.place} ${f.day} ${f.clock}.`,
  (f) => `We're baking ${f.product} ${f.day} ${f.clock} at ${f.place}.`,
  (f) => `${capitalise(f.product)} at ${f.place} ${f.day} ${f.clock}, ${f.price}.`,
  (f) => `Fresh ${f.product} in ${f.place} ${f.day}, ${f.clock}. ${f.price}.`,
);

interface BaitPhrase {
  id: BaitId;
  /** The whole phrase as it goes into the draft. */
  text: string;
  /** The words that make it bait: no rewrite may keep them. */
  trigger: string;
}

const [first, second] = [option, option];
const baitPhrase: fc.Arbitrary<BaitPhrase> = fc.oneof(
  fc
    .tuple(first, second, fc.integer({ min: 0, max: 3 }))
    .filter(([a, b]) => a !== b)
    .map(([a, b, shape]) => {
      const shapes: [string, string][] = [
        [`Which should we bake? ❤️ for ${a}, 😮 for ${b}`, '❤️ for'],
        [`Comment 1 for ${a}, 2 for ${b}`, 'Comment 1 for'],
        [`Which one? 👍 for ${a} or ❤️ for ${b}`, '👍 for'],
        [`Vote with a like for ${a} or a heart for ${b}`, 'Vote with a like'],
      ];
      const [text, trigger] = shapes[shape]!;
      return { id: 'vote-baiting' as const, text, trigger };
    }),
  fc.constantFrom<BaitPhrase>(
    { id: 'tag-baiting', text: 'Tag a friend who needs a treat', trigger: 'Tag a friend' },
    { id: 'tag-baiting', text: 'Tag someone who loves cake', trigger: 'Tag someone' },
    { id: 'tag-baiting', text: 'tag your bestie', trigger: 'tag your bestie' },
    { id: 'tag-baiting', text: 'Please tag 3 friends', trigger: 'tag 3 friends' },
    { id: 'share-baiting', text: 'Share this post to win a free loaf', trigger: 'Share this post' },
    { id: 'share-baiting', text: 'Like and share', trigger: 'Like and share' },
    { id: 'share-baiting', text: 'Share with your friends', trigger: 'Share with' },
    { id: 'share-baiting', text: 'please share this', trigger: 'share this' },
    { id: 'comment-baiting', text: 'Comment "YES" if you want one', trigger: 'Comment "YES"' },
    { id: 'comment-baiting', text: 'Comment YES below', trigger: 'Comment YES' },
    { id: 'comment-baiting', text: 'Type 1 if you love cake', trigger: 'Type 1' },
    { id: 'comment-baiting', text: 'Comment 🎂 if you are coming', trigger: 'Comment 🎂' },
    { id: 'comment-baiting', text: 'Comment CAKE and we will send you the recipe', trigger: 'Comment CAKE' },
    { id: 'react-baiting', text: 'Like if you love sourdough', trigger: 'Like if' },
    { id: 'react-baiting', text: "❤️ if you can't wait", trigger: '❤️ if' },
    { id: 'react-baiting', text: 'Hit like if you agree', trigger: 'Hit like if' },
    { id: 'react-baiting', text: 'Give this a like', trigger: 'Give this a like' },
    {
      id: 'clickbait-withholding',
      text: "You won't believe what's in the oven",
      trigger: "You won't believe",
    },
    { id: 'clickbait-withholding', text: 'Wait till you see this', trigger: 'Wait till you see' },
    { id: 'clickbait-withholding', text: 'The reason will surprise you', trigger: 'will surprise' },
    { id: 'clickbait-withholding', text: 'This one simple trick', trigger: 'one simple trick' },
    { id: 'clickbait-exaggeration', text: 'The best croissants ever', trigger: 'best croissants ever' },
    { id: 'clickbait-exaggeration', text: 'Life-changing flavours', trigger: 'Life-changing' },
    { id: 'clickbait-exaggeration', text: 'Mind-blowing prices', trigger: 'Mind-blowing' },
    { id: 'clickbait-exaggeration', text: "The world's best pastries", trigger: "world's best" },
  ),
);

// How the bait's sentence ends; with nothing, it runs on into the next line or ends the post.
const ending = fc.constantFrom('!', '.', ' 🎉', '', '!!', ',');
const tail = fc.constantFrom(
  '',
  ' #bakery #shoplocal',
  '\nmillbakery.example/menu',
  ' @millbakery',
  '\n\n#fresh',
);

/** Where the bait goes: its own sentence before or after the news, on its own line, or run on from it. */
const position = fc.constantFrom<(news: string, bait: string, end: string) => string>(
  (n, b, e) => `${capitalise(b)}${e || '!'} ${n}`,
  (n, b, e) => `${n} ${capitalise(b)}${e}`,
  (n, b, e) => `${n}\n${capitalise(b)}${e}`,
  (n, b, e) => `${capitalise(b)}${e}\n\n${n}`,
  (n, b, e) => `${n.replace(/\.$/u, '')}, so ${b.charAt(0).toLowerCase()}${b.slice(1)}${e}`,
);

// Sometimes a second bait of any kind (the same kind too), and a closing line after it all.
const more = fc.option(fc.tuple(baitPhrase, fc.constantFrom('!', '.', ' 🎉', '!!')), { nil: undefined });
const closing = fc.constantFrom('', ' Order by Friday.', '\nThank you all x', ' See you there.');

// Bait disguised with a zero-width space inside its first word, which readers (and the checker) don't see.
const hidden = fc.boolean();

const baitDraft = fc
  .record({ facts, news, bait: baitPhrase, end: ending, tail, position, platform, more, closing, hidden })
  .map((parts) => {
    const text = parts.hidden ? parts.bait.text.replace(/^(\p{L}{2})/u, '$1\u200B') : parts.bait.text;
    const body = parts.position(parts.news(parts.facts), text, parts.end);
    // A sentence with no mark at its end runs on into whatever follows on its line: what follows goes on a
    // line of its own then.
    const next = (text: string) => (/[\p{L}\p{N}]$/u.test(body) ? text.replace(/^ /u, '\n') : text);
    const second = parts.more ? next(` ${capitalise(parts.more[0].text)}${parts.more[1]}`) : '';
    const closing = parts.more ? parts.closing : next(parts.closing);
    return {
      ...parts,
      baits: parts.more ? [parts.bait, parts.more[0]] : [parts.bait],
      draft: `${body}${second}${closing}${parts.tail}`,
    };
  });

const lower = (text: string) => visibleText(text).toLowerCase();

describe('rewrites of bait, by rule, from the draft’s own words', () => {
  it(
    'rewrites every bait finding, and no rewrite or improved draft keeps the bait phrase',
    () => {
      fc.assert(
        fc.property(baitDraft, ({ draft, baits, platform }) => {
          const report = checkDraft(draft, platform);
          // Words one bait rule claims are not reported again by another ("Comment YES, comment 1 for lemon…").
          const bait = report.findings.filter((f) => (BAIT_IDS as readonly string[]).includes(f.id));
          expect(bait.length, draft).toBeGreaterThan(0);
          for (const f of bait) expect(f.rewrite, `${draft}: ${f.id}`).toBeDefined();
          expect(report.improved).toBeDefined();
          for (const { trigger } of baits) {
            for (const f of report.findings) {
              if (f.rewrite) expect(lower(f.rewrite.after), draft).not.toContain(lower(trigger));
            }
            expect(lower(report.improved!), draft).not.toContain(lower(trigger));
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'keeps the named product, place and time in the improved draft',
    () => {
      fc.assert(
        fc.property(baitDraft, ({ draft, facts, platform }) => {
          const improved = lower(checkDraft(draft, platform).improved ?? '');
          for (const named of [facts.product, facts.place, facts.day, facts.clock]) {
            expect(improved, draft).toContain(lower(named));
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'leaves no bait or clickbait in the improved draft',
    () => {
      fc.assert(
        fc.property(baitDraft, ({ draft, platform }) => {
          const improved = checkDraft(draft, platform).improved ?? '';
          const left = checkDraft(improved, platform).findings.filter((f) =>
            (BAIT_IDS as readonly string[]).includes(f.id),
          );
          expect(
            left.map((f) => `${f.id}: ${f.evidence}`),
            `${draft}\n->\n${improved}`,
          ).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'offers no rewrite for a draft without bait',
    () => {
      fc.assert(
        fc.property(facts, news, tail, platform, (f, shape, end, id) => {
          const report = checkDraft(`${shape(f)}${end}`, id);
          expect(report.improved).toBeUndefined();
          expect(report.findings.filter((finding) => finding.rewrite)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
