import { MOST_FOLLOWERS, parseCount } from '../numbers/count';
import { countOf, formatCount } from '../numbers/format';
import type { CountRange } from '../stats/proportion';

/** How the reader gives engagement: what a typical post gets, or the rate a media kit quotes. */
export type EngagementKind = 'interactions' | 'rate';

export type Engagement = { kind: 'interactions'; perPost: number } | { kind: 'rate'; rate: number };

/** One account as the comparator sees it. Shares and rates are fractions (0.12 = 12%). */
export interface AudienceInput {
  followers: number;
  /** Estimated share of fake followers, with its range when it came from a sample; absent when not known. */
  fakeShare?: { share: number; low: number; high: number } | undefined;
  engagement: Engagement;
  /** What one post costs, in the reader's own currency (never converted). */
  fee?: number | undefined;
}

export interface AudienceFigures {
  followers: number;
  /**
   * Followers who are likely real people, with the range the fake-share interval allows; absent when the
   * fake share is not known (then no follower is taken off, and the follower count is only an upper limit).
   */
  real?: CountRange | undefined;
  /** People who like or comment on a typical post. */
  engagedPerPost: number;
  /**
   * Engaged people per 100 real followers: how much of the real audience is listening. Without a fake share
   * it is per 100 followers, a lower limit.
   */
  engagedPerHundredReal: number;
  fee?: number | undefined;
  /** The fee divided by the engaged people a post brings; absent without a fee or without engaged people. */
  costPerEngaged?: number | undefined;
}

/** What one engaged follower costs: the fee for a post over the people who engage with it. */
export function costPerEngagedFollower(fee: number, engagedPerPost: number): number | undefined {
  return engagedPerPost > 0 && fee >= 0 ? fee / engagedPerPost : undefined;
}

export function audienceFigures({ followers, fakeShare, engagement, fee }: AudienceInput): AudienceFigures {
  const realCount = (share: number) => Math.round(followers * (1 - share));
  const real = fakeShare && {
    count: realCount(fakeShare.share),
    low: realCount(fakeShare.high),
    high: realCount(fakeShare.low),
  };
  // Interactions stand in for people: one like or comment per person per post, which slightly flatters
  // accounts whose fans both like and comment.
  const engagedPerPost = Math.round(
    engagement.kind === 'rate' ? followers * engagement.rate : engagement.perPost,
  );
  const listening = real ? real.count : followers;
  return {
    followers,
    real,
    engagedPerPost,
    engagedPerHundredReal: listening > 0 ? (100 * engagedPerPost) / listening : 0,
    fee,
    costPerEngaged: fee === undefined ? undefined : costPerEngagedFollower(fee, engagedPerPost),
  };
}

/** The fields of one account, as typed. `interactions` and `engagementRate` are two ways to give one thing. */
export type AudienceField = 'followers' | 'fakeShare' | 'interactions' | 'engagementRate' | 'fee';
export type AudienceFields = Record<AudienceField, string>;

/** One account's form: the fields as typed and the two choices beside them. */
export interface AudienceForm {
  fields: AudienceFields;
  /** The reader said "don't know" to the fake share: whatever is in its field is set aside, not lost. */
  fakeShareUnknown: boolean;
  engagementKind: EngagementKind;
}

export interface AudienceParse {
  value?: AudienceInput;
  errors: Partial<Record<AudienceField, string>>;
  /** Fields the comparison needs that are still empty, in form order. */
  missing: AudienceField[];
}

/** The words a message uses for each field, so that the missing one is named as the form names it. */
export const FIELD_NAMES: Record<AudienceField, string> = {
  followers: 'followers',
  fakeShare: 'fake share',
  interactions: 'likes and comments per post',
  engagementRate: 'engagement rate',
  fee: 'fee',
};

type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** A percentage as typed: "12", "12.5" or "12.5%". */
function parsePercent(text: string, label: string): Parsed {
  const number = text.trim().replace(/\s*%$/, '');
  if (number === '') return { ok: false, message: `Enter the ${label}.` };
  const result = parseCount(number, {
    label,
    max: Number.MAX_SAFE_INTEGER,
    allowZero: true,
    allowFraction: true,
  });
  if (!result.ok) return result;
  if (result.value > 100) return { ok: false, message: `The ${label} can’t be more than 100%.` };
  return { ok: true, value: result.value / 100 };
}

/** A plain amount: likes and comments on an average post, or a fee. */
const parseAmount = (text: string, label: string): Parsed =>
  parseCount(text, { label, max: 1_000_000_000_000, allowZero: true, allowFraction: true });

/**
 * Reads one account's form; `value` is set when the comparison can use it. The fake share and the fee are
 * optional: an empty fake share reads as "don't know", an empty fee as no fee. Followers and the chosen
 * engagement field are needed; an empty one is listed in `missing` and gets a message naming it.
 */
export function parseAudienceForm({ fields, fakeShareUnknown, engagementKind }: AudienceForm): AudienceParse {
  const engagementField = engagementKind === 'rate' ? 'engagementRate' : 'interactions';
  const results: Partial<Record<AudienceField, Parsed>> = {
    followers: parseCount(fields.followers, { label: 'followers', max: MOST_FOLLOWERS }),
    [engagementField]:
      engagementKind === 'rate'
        ? parsePercent(fields.engagementRate, FIELD_NAMES.engagementRate)
        : parseAmount(fields.interactions, FIELD_NAMES.interactions),
  };
  if (!fakeShareUnknown && fields.fakeShare.trim() !== '')
    results.fakeShare = parsePercent(fields.fakeShare, FIELD_NAMES.fakeShare);
  if (fields.fee.trim() !== '') results.fee = parseAmount(fields.fee, FIELD_NAMES.fee);

  const errors: AudienceParse['errors'] = {};
  const missing: AudienceField[] = [];
  const values: Partial<Record<AudienceField, number>> = {};
  for (const [field, result] of Object.entries(results) as [AudienceField, Parsed][]) {
    if (result.ok) values[field] = result.value;
    else errors[field] = result.message;
    if (!result.ok && fields[field].trim() === '') missing.push(field);
  }
  const { followers, fakeShare, fee } = values;
  const engagement = values[engagementField];
  if (Object.keys(errors).length > 0 || followers === undefined || engagement === undefined)
    return { errors, missing };
  return {
    value: {
      followers,
      fakeShare: fakeShare === undefined ? undefined : { share: fakeShare, low: fakeShare, high: fakeShare },
      engagement:
        engagementKind === 'rate'
          ? { kind: 'rate', rate: engagement }
          : { kind: 'interactions', perPost: engagement },
      fee,
    },
    errors,
    missing,
  };
}

const listInWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * What is still needed before the comparison shows, naming each field and account: "To compare, fill in
 * the followers and the likes and comments per post for Account B." Undefined when nothing is missing.
 */
export function missingSentence(
  accounts: readonly { name: string; missing: readonly AudienceField[] }[],
): string | undefined {
  const parts = accounts
    .filter((account) => account.missing.length > 0)
    .map(
      (account) =>
        `${listInWords(account.missing.map((field) => `the ${FIELD_NAMES[field]}`))} for ${account.name}`,
    );
  return parts.length > 0 ? `To compare, fill in ${parts.join(', and ')}.` : undefined;
}

const people = (count: number) => countOf(count, 'engaged person', 'engaged people');

/**
 * The result's first sentence, in plain words with the computed figures: "Bakery’s 2,400 followers bring
 * about 27 engaged people a post; Creator’s 38,000 bring about 150."
 */
export function comparisonHeadline(
  names: readonly [string, string],
  figures: readonly [AudienceFigures, AudienceFigures],
): string {
  const [a, b] = figures;
  return `${names[0]}’s ${countOf(a.followers, 'follower')} ${a.followers === 1 ? 'brings' : 'bring'} about ${people(a.engagedPerPost)} a post; ${names[1]}’s ${formatCount(b.followers)} ${b.followers === 1 ? 'brings' : 'bring'} about ${formatCount(b.engagedPerPost)}.`;
}

/** An amount of money in the reader's currency: "2.67", "0.40", "1,250"; never "0" for a real cost. */
export function formatCost(value: number): string {
  if (value >= 100) return formatCount(Math.round(value));
  if (value > 0 && value < 0.005) return 'under 0.01';
  return value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * What a fee buys, for an account that has one: "Creator’s fee of 400 works out at about 2.67 per engaged
 * follower." Undefined without a fee.
 */
export function feeSentence(name: string, figures: AudienceFigures): string | undefined {
  if (figures.fee === undefined) return undefined;
  const fee = formatCount(figures.fee);
  return figures.costPerEngaged === undefined
    ? `${name}’s fee of ${fee} buys a post that nobody engages with.`
    : `${name}’s fee of ${fee} works out at about ${formatCost(figures.costPerEngaged)} per engaged follower.`;
}

/**
 * What the comparison assumes for accounts whose fake share is not known, said plainly: "No fake share was
 * given for Creator, so no followers are taken off as fake: its count of likely real people is an upper
 * limit." Undefined when every account has one.
 */
export function unknownFakeShareSentence(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const limit =
    names.length === 1
      ? 'its count of likely real people is an upper limit'
      : 'their counts of likely real people are upper limits';
  return `No fake share was given for ${listInWords(names)}, so no followers are taken off as fake: ${limit}.`;
}
