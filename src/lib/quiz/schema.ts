import { z } from 'astro/zod';
import { DIFFICULTIES, FORMS } from './forms';
import { EXEMPTION_LABELS, FAILURE_LABELS, PICK_LABELS, PRINCIPLE_LABELS } from './labels';
import { SHORT_PLATFORM_NAMES, type Platform } from '../platforms';

/** The ids of a label map, as the non-empty tuple `z.enum` wants. */
function idsOf<Id extends string>(labels: Readonly<Record<Id, string>>): [Id, ...Id[]] {
  return Object.keys(labels) as [Id, ...Id[]];
}

/** Longest text each platform accepts, counted the way that platform counts (see `platformLength`). */
export const PLATFORM_LIMITS: Readonly<Record<Platform, number>> = {
  // The long-standing cap on a Facebook post, widely documented by scheduling tools; Meta publishes no page.
  facebook: 63_206,
  // Instagram's caption limit for posts and reels.
  instagram: 2_200,
  // docs.x.com, "Counting characters": 280, weighted, with every URL counted as 23.
  x: 280,
  // LinkedIn's limit for a post (update).
  linkedin: 3_000,
  // TikTok's Content Posting API caption limit; the app allows longer captions on some accounts only.
  tiktok: 2_200,
};

// Instagram announced in December 2025 that captions on posts and reels take at most five hashtags.
const INSTAGRAM_MAX_HASHTAGS = 5;
// A post only counts as hashtag stuffing here if it carries more tags than Instagram now allows at all.
const STUFFING_MIN_HASHTAGS = INSTAGRAM_MAX_HASHTAGS + 1;
// X counts every link as a t.co address of 23 characters, whatever its real length.
const X_URL_WEIGHT = 23;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}_]+/gu;
// A web address as a reader would type it, with or without its scheme.
const ADDRESS = /(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/[^\s]*)?/gi;
// RFC 2606 reserves .example, so an invented business's address can never send a reader to a real one.
const FICTIONAL_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+example$/;
const SENTENCE_BREAK = /[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z0-9£])/g;

/** Characters X counts as one: Latin and common punctuation (twitter-text config v3); everything else is two. */
function xWeight(codePoint: number): number {
  const light =
    codePoint <= 0x10ff ||
    (codePoint >= 0x2000 && codePoint <= 0x200d) ||
    (codePoint >= 0x2010 && codePoint <= 0x201f) ||
    (codePoint >= 0x2032 && codePoint <= 0x2037);
  return light ? 1 : 2;
}

/**
 * The length of `text` as `platform` counts it. For X this errs on the long side: each code point of an emoji
 * sequence counts two, where X counts the whole sequence as two, so a post that passes here also fits on X.
 */
export function platformLength(platform: Platform, text: string): number {
  if (platform !== 'x') return [...text].length;
  const addresses = text.match(ADDRESS) ?? [];
  let length = addresses.length * X_URL_WEIGHT;
  for (const char of text.replace(ADDRESS, '')) length += xWeight(char.codePointAt(0)!);
  return length;
}

export function countHashtags(text: string): number {
  return text.match(HASHTAG)?.length ?? 0;
}

function domainsIn(text: string): string[] {
  return (text.match(ADDRESS) ?? []).map((address) =>
    address
      .replace(/^https?:\/\//i, '')
      .split('/')[0]!
      .toLowerCase(),
  );
}

function unique<T>(items: readonly T[]): boolean {
  return new Set(items).size === items.length;
}

const oneLine = (field: string, min: number, max: number, missing?: string) =>
  z
    .string(missing === undefined ? undefined : { error: missing })
    .trim()
    .min(min, `${field} must be at least ${min} characters`)
    .max(max, `${field} must be ${max} characters or fewer`)
    .refine((value) => !/[\r\n]/.test(value), `${field} must fit on one line`);

const fictionalDomain = z
  .string()
  .trim()
  .regex(
    FICTIONAL_DOMAIN,
    'A link domain must end in .example (like crumbandcrust.example), so it cannot point to a real business',
  );

export const businessSchema = z.strictObject({
  name: oneLine('A business name', 2, 60),
  kind: z
    .string()
    .trim()
    .regex(
      /^\p{Ll}[\p{Ll} '&-]{1,39}$/u,
      "kind is a short lowercase description, like 'bakery' or 'bike shop'",
    ),
  handle: z
    .string()
    .regex(/^@[a-z0-9_.]{2,30}$/, "handle is an @ and 2 to 30 lowercase letters, digits, '_' or '.'"),
  initials: z
    .string()
    .regex(/^[A-Z]{1,3}$/, 'initials are one to three capital letters')
    .optional(),
});

/** One example post in the quiz deck, one YAML file a post. Strict: an unknown or misspelled field fails the build. */
export const quizPostSchema = z
  .strictObject({
    business: businessSchema,
    platform: z.enum(idsOf(SHORT_PLATFORM_NAMES), {
      error: `platform must be one of: ${idsOf(SHORT_PLATFORM_NAMES).join(', ')}`,
    }),
    text: z.string().trim().min(1, 'A post needs its text'),
    link: z
      .strictObject({
        title: oneLine('A link title', 3, 120),
        domain: fictionalDomain,
      })
      .optional(),
    imageAlt: oneLine('imageAlt', 10, 250).optional(),
    answer: z.enum(idsOf(PICK_LABELS), { error: "answer must be 'click' or 'scroll'" }),
    // Which of the two matched forms the post is played in (forms.ts); the balance test keeps them matched.
    form: z.enum(FORMS, { error: "form must be 'a' or 'b': the parallel form the post belongs to" }),
    // The rule for each is on DIFFICULTIES in forms.ts and in src/content/quiz/README.md.
    difficulty: z.enum(DIFFICULTIES, {
      error: "difficulty must be 'plain' (the signal shows in the first lines) or 'subtle' (it is hidden)",
    }),
    // The post's own words that decide it: the bait itself, or the useful detail. Checked against the text.
    signal: oneLine(
      'A signal',
      3,
      90,
      'signal is required: the words of the post that decide it, copied exactly from it',
    ),
    // What makes a good post worth a click, for a reader who scrolled past it.
    worth: oneLine('worth', 20, 160)
      .refine((value) => !value.match(SENTENCE_BREAK), 'worth must be one sentence')
      .optional(),
    verdict: oneLine('A verdict', 3, 40),
    failures: z
      .array(
        z.enum(idsOf(FAILURE_LABELS), {
          error: `Unknown failure; use one of: ${idsOf(FAILURE_LABELS).join(', ')}`,
        }),
      )
      .refine(unique, 'List each failure once')
      .default([]),
    exemption: z
      .enum(idsOf(EXEMPTION_LABELS), {
        error: `exemption must be one of: ${idsOf(EXEMPTION_LABELS).join(', ')}`,
      })
      .optional(),
    principles: z
      .array(
        z.enum(idsOf(PRINCIPLE_LABELS), {
          error: `Unknown principle; use one of: ${idsOf(PRINCIPLE_LABELS).join(', ')}`,
        }),
      )
      .min(1, 'Name at least one principle the post illustrates')
      .max(3, 'Name at most three principles')
      .refine(unique, 'List each principle once'),
    explanation: z
      .string()
      .trim()
      .min(40, 'explanation must be at least 40 characters')
      .max(400, 'explanation must be 400 characters or fewer')
      .refine(
        (value) => (value.match(SENTENCE_BREAK)?.length ?? 0) < 3,
        'explanation must be one to three sentences',
      ),
  })
  .superRefine((post, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const limit = PLATFORM_LIMITS[post.platform];
    const length = platformLength(post.platform, post.text);
    if (length > limit) {
      issue(
        'text',
        `${SHORT_PLATFORM_NAMES[post.platform]} allows ${limit} characters; this text counts ${length}`,
      );
    }
    const hashtags = countHashtags(post.text);
    if (post.platform === 'instagram' && hashtags > INSTAGRAM_MAX_HASHTAGS) {
      issue('text', `Instagram allows ${INSTAGRAM_MAX_HASHTAGS} hashtags; this text has ${hashtags}`);
    }
    for (const domain of domainsIn(post.text)) {
      if (!FICTIONAL_DOMAIN.test(domain)) {
        issue('text', `The address ${domain} must end in .example, so it cannot point to a real business`);
      }
    }
    if ((post.platform === 'instagram' || post.platform === 'tiktok') && !post.imageAlt) {
      issue(
        'imageAlt',
        `${SHORT_PLATFORM_NAMES[post.platform]} posts always show a picture or video: describe it here`,
      );
    }
    if (post.answer === 'scroll' && post.failures.length === 0) {
      issue('failures', "A post to scroll past must name at least one failure (answer is 'scroll')");
    }
    if (post.answer === 'click' && post.failures.length > 0) {
      issue('failures', "A post worth clicking has no failures (answer is 'click')");
    }
    if (!post.text.includes(post.signal) && !post.link?.title.includes(post.signal)) {
      issue('signal', 'signal must be words copied exactly from the post (its text or link title)');
    }
    if (post.answer === 'click' && !post.worth) {
      issue('worth', "A post worth clicking says why in worth (answer is 'click')");
    }
    if (post.answer === 'scroll' && post.worth) {
      issue('worth', "A post to scroll past has no worth; its explanation says why (answer is 'scroll')");
    }
    if (post.exemption && post.answer !== 'click') {
      issue('exemption', 'An exemption explains why an ask is fine, so it only goes on a post to click');
    }
    if (post.failures.includes('link-only') && !post.link && domainsIn(post.text).length === 0) {
      issue('failures', 'A link-only post needs a link: add a link card or an address in the text');
    }
    if (post.failures.includes('hashtag-stuffing') && hashtags < STUFFING_MIN_HASHTAGS) {
      issue(
        'failures',
        `Hashtag stuffing needs at least ${STUFFING_MIN_HASHTAGS} hashtags; this text has ${hashtags}`,
      );
    }
  });

/**
 * A post's id is its file name without `.yaml` (the deck is one flat folder), so no two posts can share one.
 * The name must already be kebab-case: the id ends up in saved progress and shared links, and an id quietly
 * rewritten by the loader would break them.
 */
export function quizPostId(fileName: string): string {
  const id = fileName.replace(/\.yaml$/, '');
  if (!KEBAB.test(id)) {
    throw new Error(
      `The quiz post file ${fileName} must be named in lowercase words joined by hyphens, like bakery-oven-closure.yaml`,
    );
  }
  return id;
}

export type QuizPostData = z.output<typeof quizPostSchema>;
/** A post as the island uses it: the collection entry's id with its data. */
export type QuizDeckPost = QuizPostData & { id: string };
export type Business = z.output<typeof businessSchema>;
