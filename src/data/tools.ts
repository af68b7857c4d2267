import { SITE_TITLE } from '../consts';
import { pageJsonLd } from '../lib/seo/json-ld';
import { sitePath } from '../lib/site/path';

export interface ToolInfo {
  /** The page is /tools/<slug>/ and its card /og/tools/<slug>.png. */
  slug: string;
  name: string;
  /** One sentence: the page's description in search results and link previews (at most 160 characters). */
  summary: string;
  details: string;
  /** Printed on the tool's social card. */
  cardLine: string;
  /** False until the tool's page ships; the tools list then says it is on the way. */
  available: boolean;
}

/** The site's tools, in the order they are listed. */
export const TOOLS: readonly ToolInfo[] = [
  {
    slug: 'fake-follower-estimator',
    name: 'Fake-follower estimator',
    summary:
      'Estimate how many of an account’s followers are real, with a range and the reasons, never a bare verdict.',
    details:
      'Four ways in: a quick engagement check against published benchmarks, a hand spot-check of a random sample that the tool plans for you, an audit of a file of follower profiles, scored by signs fitted to accounts known to be real or bought, and your own data export, read on your device, showing when followers arrived and sampling real names.',
    cardLine: 'How many followers are real? A range and the reasons, not a verdict.',
    available: true,
  },
  {
    slug: 'audience-comparator',
    name: 'Audience comparator',
    summary: 'Put two accounts side by side and see how many real, engaged people each one actually reaches.',
    details:
      'Useful before paying an influencer: a bigger follower count can hide a smaller real audience once fake followers and engagement are taken into account.',
    cardLine: 'Two accounts side by side: who really reaches people?',
    available: true,
  },
  {
    slug: 'would-you-click',
    name: '“Would you click it?” quiz',
    summary: 'Decide on example posts from small businesses and train your eye for bait and for value.',
    details:
      'Scores bait you caught and good posts you kept separately, so being suspicious of everything does not win.',
    cardLine: 'Would you click it? Train your eye for bait and for value.',
    available: true,
  },
  {
    slug: 'draft-checker',
    name: 'Draft checker',
    summary:
      'Paste a post before you publish it and see what platforms would demote, with a better way to say it.',
    details:
      'Flags the kinds of engagement bait platforms name, shouting, hashtag stuffing and posts with no value, and points out what is already good.',
    cardLine: 'Check a post before you publish it.',
    available: true,
  },
];

export const toolPath = (tool: ToolInfo) => sitePath(`/tools/${tool.slug}/`);

export function toolBySlug(slug: string): ToolInfo {
  const tool = TOOLS.find((candidate) => candidate.slug === slug);
  if (!tool) throw new Error(`No tool with the slug "${slug}" in src/data/tools.ts`);
  return tool;
}

/** Head props for a tool's own page. */
export function toolPageHead(tool: ToolInfo, pageUrl: URL) {
  return {
    title: tool.name,
    description: tool.summary,
    cardKey: `tools/${tool.slug}`,
    jsonLd: pageJsonLd({
      title: tool.name,
      description: tool.summary,
      url: pageUrl.href,
      siteName: SITE_TITLE,
      isHome: false,
    }),
  };
}
