import { parseCount } from '../numbers/count';
import type { CountRange } from '../stats/proportion';

/** One account as the comparator sees it. Shares and rates are fractions (0.12 = 12%). */
export interface AudienceInput {
  followers: number;
  /** Estimated share of fake followers, with its range when it came from a sample. */
  fakeShare: { share: number; low: number; high: number };
  /** Likes and comments per post divided by followers. */
  engagementRate: number;
}

export interface AudienceFigures {
  followers: number;
  /** Followers who are likely real people, with the range the fake-share interval allows. */
  real: CountRange;
  /** People who like or comment on a typical post: followers x engagement rate. */
  engagedPerPost: number;
  /** Engaged people per 100 real followers: how much of the real audience is listening. */
  engagedPerHundredReal: number;
}

export function audienceFigures({ followers, fakeShare, engagementRate }: AudienceInput): AudienceFigures {
  const realCount = (share: number) => Math.round(followers * (1 - share));
  const real = {
    count: realCount(fakeShare.share),
    low: realCount(fakeShare.high),
    high: realCount(fakeShare.low),
  };
  // Interactions stand in for people: one like or comment per person per post, which slightly flatters
  // accounts whose fans both like and comment.
  const engagedPerPost = Math.round(followers * engagementRate);
  return {
    followers,
    real,
    engagedPerPost,
    engagedPerHundredReal: real.count > 0 ? (100 * engagedPerPost) / real.count : 0,
  };
}

export type AudienceField = 'followers' | 'fakeShare' | 'engagementRate';
export type AudienceFields = Record<AudienceField, string>;
export interface AudienceParse {
  value?: AudienceInput;
  errors: Partial<Record<AudienceField, string>>;
}

/** A percentage as typed: "12", "12.5" or "12.5%". */
function parsePercent(
  text: string,
  label: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const number = text.trim().replace(/\s*%$/, '');
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

/** Reads one account's fields; `value` is set only when every field is usable. */
export function parseAudienceFields(fields: AudienceFields): AudienceParse {
  const followers = parseCount(fields.followers, { label: 'followers', max: 1_000_000_000 });
  const fake = parsePercent(fields.fakeShare, 'fake share');
  const rate = parsePercent(fields.engagementRate, 'engagement rate');
  const errors: AudienceParse['errors'] = {};
  if (!followers.ok) errors.followers = followers.message;
  if (!fake.ok) errors.fakeShare = fake.message;
  if (!rate.ok) errors.engagementRate = rate.message;
  if (!followers.ok || !fake.ok || !rate.ok) return { errors };
  return {
    value: {
      followers: followers.value,
      fakeShare: { share: fake.value, low: fake.value, high: fake.value },
      engagementRate: rate.value,
    },
    errors,
  };
}
