// The site's identity, named once and imported everywhere.
export const SITE_TITLE = 'Real Reach';
export const SITE_TAGLINE = 'Quality beats quantity on social media';
export const SITE_DESCRIPTION =
  'Plain guides and honest tools that show small-business owners why engaged, loyal customers matter more than follower counts.';
export const SITE_LANG = 'en-GB';

/** Words per minute used for reading-time estimates of the guides. */
export const READING_WORDS_PER_MINUTE = 220;

export interface PageMeta {
  title: string;
  description: string;
  /** Line printed on the page's social card image. */
  cardLine: string;
}

/** Pages that are not guides, keyed by the path of their social card (`/og/<key>.png`). */
export const PAGES = {
  index: {
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    cardLine: 'Followers are a number. Customers who care are a business.',
  },
  guides: {
    title: 'Guides',
    description:
      'Short guides on growing a social media audience that cares: real engagement, fake followers, better posts, fair perks, loyalty, and checking an influencer before you pay.',
    cardLine: 'Guides to building an audience that listens.',
  },
  tools: {
    title: 'Tools',
    description:
      'Free tools that run in your browser: estimate fake followers, compare audiences, test posts and check drafts before you publish.',
    cardLine: 'Check your own accounts. Nothing leaves your browser.',
  },
  about: {
    title: 'About',
    description:
      'What Real Reach is, how its guides are written and sourced, and why nothing you type into it ever leaves your browser.',
    cardLine: 'Our method, our sources, and a privacy promise you can check.',
  },
  'estimator-method': {
    title: 'How the fake-follower estimator works',
    description:
      'The method behind the fake-follower estimator: the engagement benchmarks, how big a spot-check should be and how its range allows for your mistakes, what each platform’s export holds and how a burst of followers is found.',
    cardLine: 'Every rule, every test, every source.',
  },
  'audit-method': {
    title: 'How the sample audit works',
    description:
      'How the fake-follower estimator’s sample audit scores a file of followers: the signs, how they were chosen and tested on accounts known to be real or fake, and how often its likely range holds the truth.',
    cardLine: 'Signs tested on audiences they never saw.',
  },
  search: {
    title: 'Search',
    description: 'Search every Real Reach guide by any word in it.',
    cardLine: 'Find the guide you need.',
  },
  '404': {
    title: 'Page not found',
    description: 'This page does not exist. Try the guides or search instead.',
    cardLine: 'This page is missing, but the guides are all here.',
  },
} as const satisfies Record<string, PageMeta>;

export type PageKey = keyof typeof PAGES;

export const NAV_LINKS = [
  { href: '/guides/', label: 'Guides' },
  { href: '/tools/', label: 'Tools' },
  { href: '/about/', label: 'About' },
  { href: '/search/', label: 'Search' },
] as const;
