import type { FollowerProfile } from './types';

/** A published, explainable sign that a follower account may be fake. */
export interface ProfileRule {
  id: string;
  /** Short label, used in lists and in the scored CSV. */
  name: string;
  weight: number;
  /** Plain words for a small-business owner: what the sign is and why it matters. */
  reason: string;
  /** Short citation for the rule and its weight. */
  source: string;
  /** The profile fields the rule reads; with any of them unknown the rule is not evaluated. */
  fields: readonly (keyof FollowerProfile)[];
  /** true = the sign is present, false = absent, undefined = not evaluated (a field is unknown). */
  test(profile: FollowerProfile, now: Date): boolean | undefined;
}

export type Verdict = 'likely-fake' | 'suspicious' | 'looks-real';

export interface RuleHit {
  id: string;
  name: string;
  reason: string;
  weight: number;
}

export interface ScoredProfile {
  /** 0..100 (whole number): the share of the evaluated weight whose rules hit. */
  score: number;
  verdict: Verdict;
  hits: RuleHit[];
  evaluatedWeight: number;
}

const CRESCI_2015 =
  'Cresci et al. 2015, "Fame for sale", Decision Support Systems 80, doi:10.1016/j.dss.2015.09.003';
const VENDOR_CHECKLISTS = 'Follower-checker vendor checklists; no published accuracy';
const DAY_MS = 86_400_000;

/*
 * How the weights were chosen. Cresci et al. 2015 tested the popular single rules for spotting bought
 * Twitter followers against a labelled set of real and bought accounts and reported each rule's MCC
 * (Matthews correlation: 1 = perfect, 0 = no better than chance). Where the study gives an MCC, the
 * weight is that MCC x 100, so a rule counts in proportion to how well it separated fakes from people.
 * Vendor rules without a published accuracy get 20, well under the weakest evidenced rule (53), so
 * together they can tip a borderline account but never outvote the evidence; account age gets 30
 * because age was among the most informative profile features in the study's classifiers (which reached
 * MCC ~0.96 from profile data alone), though no single age threshold was scored.
 *
 * Left out: "has mentioned other accounts" (MCC 0.61 in the study) needs the account's posts, which a
 * profile export does not contain. Being private is not a rule: private accounts are mostly ordinary
 * people guarding their privacy.
 */
export const RULES: readonly ProfileRule[] = [
  {
    id: 'few-followers',
    name: 'Fewer than 30 followers',
    weight: 77, // Cresci et al. 2015: "followers >= 30", best single rule, MCC 0.77
    reason:
      'Almost nobody follows it. Bought accounts exist to follow others, so few people follow them back; this was the best single sign in a study of bought followers.',
    source: `${CRESCI_2015}: rule "at least 30 followers", MCC 0.77`,
    fields: ['followers'],
    test: (p) => (p.followers === undefined ? undefined : p.followers < 30),
  },
  {
    id: 'few-posts',
    name: 'Fewer than 50 posts',
    weight: 74, // Cresci et al. 2015: "tweets >= 50", MCC 0.74
    reason:
      'It has posted very little. People who use an account post over time; accounts made to be sold rarely post.',
    source: `${CRESCI_2015}: rule "at least 50 tweets", MCC 0.74`,
    fields: ['posts'],
    test: (p) => (p.posts === undefined ? undefined : p.posts < 50),
  },
  {
    id: 'never-listed',
    name: 'Never put on a list',
    weight: 57, // Cresci et al. 2015: "belongs to a list", MCC 0.57
    reason:
      'No one has added it to a list. Lists are made by people who find an account worth following; many quiet real people are never listed either, so this is a middling sign.',
    source: `${CRESCI_2015}: rule "belongs to at least one list", MCC 0.57`,
    fields: ['listed'],
    test: (p) => (p.listed === undefined ? undefined : p.listed === 0),
  },
  {
    id: 'follows-twice-followers',
    name: 'Follows more than twice as many as follow it',
    weight: 53, // Cresci et al. 2015: "2 x followers >= friends", MCC 0.53
    reason:
      'It follows far more accounts than follow it back, the typical shape of an account whose job is following.',
    source: `${CRESCI_2015}: rule "2 x followers >= following", MCC 0.53`,
    fields: ['followers', 'following'],
    test: (p) =>
      p.followers === undefined || p.following === undefined ? undefined : p.following > 2 * p.followers,
  },
  {
    id: 'account-under-30-days',
    name: 'Account under 30 days old',
    weight: 30, // Cresci et al. 2015: account age among the most informative profile features; 30 days: vendors
    reason:
      'The account is less than a month old. Fake followers are often made in batches just before they are sold; a brand-new customer account is the innocent explanation.',
    source: `${CRESCI_2015}: account age informative in profile classifiers; 30-day threshold: ${VENDOR_CHECKLISTS}`,
    fields: ['createdAt'],
    test: (p, now) => {
      if (p.createdAt === undefined) return undefined;
      const ageMs = now.getTime() - p.createdAt.getTime();
      // A creation date after "now" (or an invalid one) is a data error, not a sign either way.
      return ageMs >= 0 ? ageMs < 30 * DAY_MS : undefined;
    },
  },
  {
    id: 'follows-over-1500',
    name: 'Follows over 1,500 accounts',
    weight: 20, // vendor rule, no published accuracy: see the weighting note above
    reason:
      'It follows more than 1,500 accounts, more than most people can read; follow-for-follow and bot accounts do.',
    source: VENDOR_CHECKLISTS,
    fields: ['following'],
    test: (p) => (p.following === undefined ? undefined : p.following > 1500),
  },
  {
    id: 'no-posts',
    name: 'No posts at all',
    weight: 20, // vendor rule, no published accuracy; adds to "fewer than 50 posts" on purpose
    reason: 'It has never posted anything. Combined with the other signs, it suggests nobody uses it.',
    source: VENDOR_CHECKLISTS,
    fields: ['posts'],
    test: (p) => (p.posts === undefined ? undefined : p.posts === 0),
  },
  {
    id: 'empty-bio',
    name: 'Empty bio',
    weight: 20, // vendor rule, no published accuracy
    reason: 'The bio is empty. Many real people skip it too, so it only counts together with other signs.',
    source: VENDOR_CHECKLISTS,
    fields: ['bio'],
    test: (p) => (p.bio === undefined ? undefined : p.bio === ''),
  },
  {
    id: 'no-profile-photo',
    name: 'No profile photo',
    // Cresci et al. 2015: "default profile image" alone had MCC -0.06, no better than chance, because
    // sellers give their accounts photos. Kept with a token weight because every vendor checklist shows it
    // and owners look for it; it can never decide a verdict on its own.
    weight: 5,
    reason: 'It has no profile photo. On its own this says almost nothing: bought accounts usually have one.',
    source: `${CRESCI_2015}: rule "has a profile image", MCC -0.06 (no better than chance)`,
    fields: ['defaultImage'],
    test: (p) => p.defaultImage,
  },
];

/** Sum of all rule weights: the evaluated weight of a profile with every field known. */
export const TOTAL_WEIGHT = RULES.reduce((sum, rule) => sum + rule.weight, 0);

/*
 * Our own cut-offs, not the study's: at 60 the signs worth most of the checked weight point to a bought
 * account; at 35 about a third do, enough to look at by hand. Checked against hand-worked examples in the
 * tests (a typical bought follower scores ~85, an active real person not on any list ~16-31).
 */
export const VERDICT_THRESHOLDS = { likelyFake: 60, suspicious: 35 } as const;

/*
 * A row whose known fields allow less checking than the two weakest evidence-backed rules together
 * (57 + 53) is not judged at all: a verdict from one or two weak signs would be a guess. The verdict type
 * has no "unknown", so `scoreProfile` still scores such a row and the caller skips it with TOO_FEW_VALUES.
 */
export const MIN_EVALUATED_WEIGHT = 110;
export const TOO_FEW_VALUES = 'too few usable values to judge';

/** The ten histogram bins of the score: 0-9, 10-19, ... 80-89, 90-100 (100 joins the last bin). */
export const SCORE_BINS: readonly { low: number; high: number; label: string }[] = Array.from(
  { length: 10 },
  (_, i) => {
    const low = i * 10;
    const high = i === 9 ? 100 : low + 9;
    return { low, high, label: `${low}–${high}` };
  },
);

/** Index into SCORE_BINS for a score in 0..100. */
export function scoreBin(score: number): number {
  return Math.min(9, Math.max(0, Math.floor(score / 10)));
}

// Built once: every hit of a rule is the same frozen object, so scoring a row allocates only the array.
const RULE_HITS: readonly RuleHit[] = RULES.map(({ id, name, reason, weight }) =>
  Object.freeze({ id, name, reason, weight }),
);

/**
 * Scores one profile: the share of the weight of the rules that could be evaluated whose sign is present.
 * Normalising by the evaluated weight keeps files with fewer columns comparable; see MIN_EVALUATED_WEIGHT.
 */
export function scoreProfile(profile: FollowerProfile, now: Date): ScoredProfile {
  const hits: RuleHit[] = [];
  let evaluatedWeight = 0;
  let hitWeight = 0;
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i]!;
    const result = rule.test(profile, now);
    if (result === undefined) continue;
    evaluatedWeight += rule.weight;
    if (result) {
      hitWeight += rule.weight;
      hits.push(RULE_HITS[i]!);
    }
  }
  const score = evaluatedWeight === 0 ? 0 : Math.round((100 * hitWeight) / evaluatedWeight);
  return { score, verdict: verdictFor(score, profile.verified === true), hits, evaluatedWeight };
}

/*
 * Verified accounts are never called likely fake: the platform has checked an identity or taken a payment
 * (X Premium, Meta Verified), which bulk fake-follower farms rarely do. Since verification can now be
 * bought, a verified account with many signs can still be "suspicious", and its score stays as computed.
 */
function verdictFor(score: number, verified: boolean): Verdict {
  if (score >= VERDICT_THRESHOLDS.likelyFake && !verified) return 'likely-fake';
  if (score >= VERDICT_THRESHOLDS.suspicious) return 'suspicious';
  return 'looks-real';
}
