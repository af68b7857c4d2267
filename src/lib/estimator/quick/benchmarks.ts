import type { Platform } from '../../platforms';

/** The platforms the quick check has benchmarks for. */
export type QuickPlatform = Extract<Platform, 'instagram' | 'facebook' | 'x' | 'tiktok'>;

// LinkedIn is left out: the published LinkedIn figures we found divide by impressions, not followers.
export const QUICK_PLATFORMS: readonly QuickPlatform[] = ['instagram', 'facebook', 'x', 'tiktok'];

export interface BenchmarkSource {
  title: string;
  publisher: string;
  year: number;
  url: string;
}

export interface Benchmark {
  platform: QuickPlatform;
  minFollowers: number;
  /** Exclusive; Infinity for a top tier with no upper limit. */
  maxFollowers: number;
  /** Fits after "accounts with": "1,000 to 5,000 followers". */
  tierLabel: string;
  /** Fractions: where most accounts of this size sit (low to high) and a typical account (typical). */
  low: number;
  typical: number;
  high: number;
  /** Whose accounts the figure describes, and what it counts per follower. */
  whose: string;
  source: BenchmarkSource;
  note?: string;
}

/*
 * Brand accounts, not influencers: the Rival IQ 2025 Social Media Industry Benchmark Report, built from 2024
 * posts of 2,100 companies, 150 in each of 14 industries, with at least 5,000 followers (on Facebook 25,000 to
 * 1 million). Its engagement rate per post is the interactions on a post divided by the account's followers,
 * and it publishes medians. The report itself could not be read here, so the figures below are as quoted from
 * it in summaries: the Instagram and TikTok medians, and the year-on-year falls for Facebook (36%) and X (48%)
 * applied to the 2024 report's medians, each noted beside its figure.
 */
const RIVAL_IQ_2025: BenchmarkSource = {
  title: '2025 Social Media Industry Benchmark Report',
  publisher: 'Rival IQ',
  year: 2025,
  url: 'https://get.rivaliq.com/hubfs/eBooks/2025-Social-Media-Industry-Benchmark-Report.pdf',
};

const BRANDS =
  'Median brand of 2,100 across 14 industries, 2024 posts, accounts with at least 5,000 followers';
const BRANDS_FACEBOOK =
  'Median brand of 2,100 across 14 industries, 2024 posts, pages with 25,000 to 1 million fans';

// own: Rival IQ publishes only the median. The band around it is our assumption: its lower end, 0.4 × the median,
// is about where the report's lowest industry median sits (Health & Beauty, 0.14% on Instagram, against 0.36%
// for all industries); its upper end, 2.5 ×, mirrors it. A rate outside it is unusual, not proof of anything.
const LOW_PER_MEDIAN = 0.4;
// own: the upper end mirrors the lower.
const HIGH_PER_MEDIAN = 2.5;
const BAND_NOTE =
  'Rival IQ publishes the median only; the usual range around it (0.4 to 2.5 times the median) is our assumption.';
const SMALLER =
  'Accounts under 5,000 followers usually score higher, so a small account below this range is further off than it looks.';
const MORE_COUNTED =
  'Rival IQ counts shares too; the quick check counts likes and comments, so it reads a little low against this figure.';

function brandMedian(platform: QuickPlatform, median: number, whose: string, note: string): Benchmark {
  return {
    platform,
    minFollowers: 1,
    maxFollowers: Infinity,
    tierLabel: 'any number of followers',
    low: median * LOW_PER_MEDIAN,
    typical: median,
    high: median * HIGH_PER_MEDIAN,
    whose,
    source: RIVAL_IQ_2025,
    note: `${note} ${BAND_NOTE} ${SMALLER}`,
  };
}

export const BENCHMARKS: readonly Benchmark[] = [
  // source: Rival IQ, 2025 report, all-industry median engagement rate per post by followers, Instagram: 0.36% (16% below 2024)
  brandMedian(
    'instagram',
    0.0036,
    `${BRANDS}; likes and comments per follower`,
    'Quoted from the report: 0.36%.',
  ),
  // source: Rival IQ, 2025 report (and its 2024 report), Facebook: the 2024 report's 0.063% less the 36% fall the 2025 report gives, 0.040%
  brandMedian(
    'facebook',
    0.0004,
    `${BRANDS_FACEBOOK}; reactions, comments and shares per follower`,
    `The 2024 report’s 0.063% less the 36% fall reported for 2025. ${MORE_COUNTED}`,
  ),
  // source: Rival IQ, 2025 report (and its 2024 report), X: the 2024 report's 0.029% less the 48% fall the 2025 report gives, 0.015%
  brandMedian(
    'x',
    0.00015,
    `${BRANDS}; likes, replies and reposts per follower`,
    `The 2024 report’s 0.029% less the 48% fall reported for 2025. ${MORE_COUNTED}`,
  ),
  // source: Rival IQ, 2025 report, TikTok: 1.73% (34% below 2024)
  brandMedian(
    'tiktok',
    0.0173,
    `${BRANDS}; likes, comments and shares per follower`,
    `Quoted from the report: 1.73%. TikTok shows videos to people who do not follow, so rates swing a lot. ${MORE_COUNTED}`,
  ),
];

/** The benchmark for this platform and account size, or undefined where no published figure covers it. */
export function benchmarkFor(platform: QuickPlatform, followers: number): Benchmark | undefined {
  return BENCHMARKS.find(
    (benchmark) =>
      benchmark.platform === platform &&
      followers >= benchmark.minFollowers &&
      followers < benchmark.maxFollowers,
  );
}
