import type { FollowerProfile } from './types';

/*
 * The signs an audit may look for in a follower's profile. Each is a named, explainable rule of thumb: the
 * published ones come from the rules that Cresci et al. 2015 scored against accounts known to be bought
 * (their Table 8 gives each rule's MCC: 1 = perfect, 0 = no better than chance). Which signs count on which
 * platform, at which cut-off and with how many points, is not set here: `npm run calibrate` fits it to
 * labelled accounts (src/lib/estimator/calibration/), and a sign that does not separate people from bought accounts
 * there gets no points. The cut-offs offered are round numbers fixed before looking at the data.
 *
 * Account age is not among them, though Cresci et al. found it informative: neither labelled set records
 * when its accounts were collected, so how old each account was then, and so how well an age rule works,
 * cannot be measured. A sign whose error rates cannot be measured has no place in a corrected estimate.
 */

export type SignId =
  | 'few-followers'
  | 'follows-many-times-more'
  | 'few-posts'
  | 'no-posts'
  | 'never-listed'
  | 'few-likes-given'
  | 'no-website'
  | 'empty-bio'
  | 'no-photo'
  | 'follows-very-many'
  | 'digits-in-name';

export interface Sign {
  id: SignId;
  /** The cut-offs the calibration may choose between; empty for a sign that has none. */
  cutoffs: readonly number[];
  /** Short label for lists and the scored CSV, at a given cut-off. */
  name(cutoff: number): string;
  /** Plain words for a small-business owner: what the sign is and why it matters, innocent causes included. */
  reason: string;
  /** Where the rule comes from. */
  source: string;
  /** The profile fields the sign reads; with any of them unknown it is not evaluated. */
  fields: readonly (keyof FollowerProfile)[];
  /** true = present, false = absent, undefined = not evaluated (a field is unknown or impossible). */
  test(profile: FollowerProfile, cutoff: number): boolean | undefined;
}

export const CRESCI_2015 =
  'Cresci et al. 2015, “Fame for sale”, Decision Support Systems 80, doi:10.1016/j.dss.2015.09.003';
const OURS = 'Real Reach: a common sign of follower-checking services, tested here on the labelled accounts';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export const SIGNS: readonly Sign[] = [
  {
    id: 'few-followers',
    cutoffs: [10, 20, 30, 50, 100],
    name: (cutoff) => `Fewer than ${plural(cutoff, 'follower', 'followers')}`,
    reason:
      'Almost nobody follows it. Bought accounts exist to follow others, so few follow them back; a new or private customer account is the innocent case.',
    source: `${CRESCI_2015}, Table 8: “followers ≥ 30”, MCC 0.77, the best single rule`,
    fields: ['followers'],
    test: (p, cutoff) => (p.followers === undefined ? undefined : p.followers < cutoff),
  },
  {
    id: 'follows-many-times-more',
    cutoffs: [2, 5, 10],
    name: (cutoff) => `Follows more than ${cutoff} times as many as follow it`,
    reason:
      'It follows far more accounts than follow it back: the shape of an account whose job is following. People who just joined can look like this for a while.',
    source: `${CRESCI_2015}, Table 8: “2 × followers ≥ friends”, MCC 0.53; other ratios tested here`,
    fields: ['followers', 'following'],
    test: (p, cutoff) =>
      p.followers === undefined || p.following === undefined ? undefined : p.following > cutoff * p.followers,
  },
  {
    id: 'few-posts',
    cutoffs: [5, 10, 20, 50, 100],
    name: (cutoff) => `Fewer than ${plural(cutoff, 'post', 'posts')}`,
    reason:
      'It has posted very little. People who use an account post over time; accounts made to be sold rarely do. Many real customers only read, though.',
    source: `${CRESCI_2015}, Table 8: “tweets ≥ 50”, MCC 0.74`,
    fields: ['posts'],
    test: (p, cutoff) => (p.posts === undefined ? undefined : p.posts < cutoff),
  },
  {
    id: 'no-posts',
    cutoffs: [],
    name: () => 'No posts at all',
    reason: 'It has never posted anything, so nothing shows that anyone uses it.',
    source: `${CRESCI_2015}, Table 8: Socialbakers’ “0 tweets”, MCC 0.15`,
    fields: ['posts'],
    test: (p) => (p.posts === undefined ? undefined : p.posts === 0),
  },
  {
    id: 'never-listed',
    cutoffs: [],
    name: () => 'Never put on a list',
    reason:
      'No one has added it to a list (X only). Lists are made by people who find an account worth following; many quiet real people are never listed either.',
    source: `${CRESCI_2015}, Table 8: “belongs to a list”, MCC 0.57`,
    fields: ['listed'],
    test: (p) => (p.listed === undefined ? undefined : p.listed === 0),
  },
  {
    id: 'few-likes-given',
    cutoffs: [1, 5, 10],
    name: (cutoff) => (cutoff === 1 ? 'Has never liked a post' : `Has liked fewer than ${cutoff} posts`),
    reason:
      'It has hardly ever liked anything. People who read their feed like a post now and then; an account kept only to follow does not.',
    source:
      'Real Reach: the likes-given count (favourites_count) of the X user object, tested on the labelled accounts',
    fields: ['likesGiven'],
    test: (p, cutoff) => (p.likesGiven === undefined ? undefined : p.likesGiven < cutoff),
  },
  {
    id: 'no-website',
    cutoffs: [],
    name: () => 'No website in the profile',
    reason:
      'The profile links nowhere. Half of real people leave it empty too, so it only adds up with others.',
    source: `${CRESCI_2015}, Table 8: Camisani-Calzolari’s rule “the profile contains a URL”`,
    fields: ['url'],
    test: (p) => (p.url === undefined ? undefined : p.url === ''),
  },
  {
    id: 'empty-bio',
    cutoffs: [],
    name: () => 'Empty bio',
    reason: 'The bio is empty. Many real people skip it too, so it only counts together with other signs.',
    source: `${CRESCI_2015}, Table 8: “profile has biography”, MCC 0.31`,
    fields: ['bio'],
    test: (p) => (p.bio === undefined ? undefined : p.bio === ''),
  },
  {
    id: 'no-photo',
    cutoffs: [],
    name: () => 'No profile photo',
    reason:
      'It still has the default picture. Sellers usually give their accounts photos, so on X this says almost nothing.',
    source: `${CRESCI_2015}, Table 8: “default profile image”, MCC −0.06, no better than chance on X`,
    fields: ['defaultImage'],
    test: (p) => p.defaultImage,
  },
  {
    id: 'follows-very-many',
    cutoffs: [500, 1000, 2000],
    name: (cutoff) => `Follows over ${cutoff.toLocaleString('en-GB')} accounts`,
    reason:
      'It follows more accounts than most people could read. Follow-for-follow and bot accounts do; so do some keen real users.',
    source: OURS,
    fields: ['following'],
    test: (p, cutoff) => (p.following === undefined ? undefined : p.following > cutoff),
  },
  {
    id: 'digits-in-name',
    cutoffs: [0.25, 0.3, 0.4, 0.5],
    name: (cutoff) => `Digits make up ${Math.round(cutoff * 100)}% or more of the user name`,
    reason:
      'The user name is mostly digits, as names made up by the thousand are (“anna84720193”). Plenty of people add a birth year, so a few digits mean nothing.',
    source:
      'Akyon and Kalfaoglu 2019, “Instagram Fake and Automated Account Detection”: a feature of their data set, as a share of the name',
    fields: ['handle'],
    test: (p, cutoff) => {
      if (p.handle === '') return undefined;
      let digits = 0;
      for (let i = 0; i < p.handle.length; i++) {
        const code = p.handle.charCodeAt(i);
        if (code >= 48 && code <= 57) digits++;
      }
      return digits >= cutoff * p.handle.length;
    },
  },
];

export const SIGN_BY_ID: ReadonlyMap<SignId, Sign> = new Map(SIGNS.map((sign) => [sign.id, sign]));
