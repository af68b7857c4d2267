import type { QuickPlatform } from './quick-check';

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
  /**
   * The account sizes the published figure describes, fitting after "brands with": "5,000 or more
   * followers". The figure is one median across all those sizes; the quick check applies it to every account.
   */
  describes: string;
  /** Fractions: where most brand accounts sit (low to high), our assumption, and the published median (typical). */
  low: number;
  typical: number;
  high: number;
  /** Whose accounts the figure describes, and what it counts per follower. */
  whose: string;
  /** The report the figure comes from. */
  source: BenchmarkSource;
  /** What the figure was read from: summaries of the report, and the earlier report it was derived from. */
  readFrom: readonly BenchmarkSource[];
  /** How the figure was taken from its sources, then the assumptions around it. */
  note: string;
}

/*
 * One median for brand accounts of every size above 5,000 followers, not a figure for an account's size: the
 * Rival IQ 2025 Social Media Industry Benchmark Report, built from 2024 posts of 2,100 companies, 150 in each
 * of 14 industries (one of them Influencers, as in the 2023 and 2024 editions), with at least 5,000 followers
 * (on Facebook 25,000 to 1 million). Its engagement rate per post is the interactions on a post divided by the
 * account's followers, and it publishes medians. The report itself could not be read here, so the figures below
 * are as reported in summaries of it: the Instagram and TikTok medians, and the year-on-year falls for Facebook
 * (36%) and X (48%) applied to the 2024 report's medians, each noted beside its figure.
 */
const RIVAL_IQ_2025: BenchmarkSource = {
  title: '2025 Social Media Industry Benchmark Report',
  publisher: 'Rival IQ',
  year: 2025,
  url: 'https://get.rivaliq.com/hubfs/eBooks/2025-Social-Media-Industry-Benchmark-Report.pdf',
};

// The earlier edition behind the Facebook and X figures: 0.063% and 0.029%, for 2023 posts.
const RIVAL_IQ_2024: BenchmarkSource = {
  title: '2024 Social Media Industry Benchmark Report',
  publisher: 'Rival IQ',
  year: 2024,
  url: 'https://get.rivaliq.com/hubfs/eBooks/2024-Social-Media-Industry-Benchmark-Report.pdf',
};

// Summaries read for the 2025 report's year-on-year falls (X 48%, Facebook 36%, TikTok 34%, Instagram 16%).
const ELMA_SUMMARY_2025: BenchmarkSource = {
  title: '2025 Social Media Industry Benchmark Report (a summary of Rival IQ’s report)',
  publisher: 'ELMA Europe',
  year: 2025,
  url: 'https://elma-europe.com/blog/2025-social-media-industry-benchmark-report',
};

// Summary read for the 2025 report's Instagram industry medians, from 0.14% (Health & Beauty) to 2.10%.
const APAYA_SUMMARY_2025: BenchmarkSource = {
  title: 'Social Media Benchmarks 2026: Engagement Rates by Industry (quoting Rival IQ’s 2025 report)',
  publisher: 'Apaya',
  year: 2026,
  url: 'https://apaya.com/blog/social-media-benchmarks',
};

// Summary read for the 2024 report: Facebook's 0.063% and the 14 industries, Influencers among them.
const SMK_SUMMARY_2024: BenchmarkSource = {
  title: 'Rival IQ’s 2024 benchmarks for brands on social media (a summary)',
  publisher: 'SMK',
  year: 2024,
  url: 'https://smk.co/?p=31338',
};

const BRANDS =
  'Median across 14 industries, one of them influencers: 2,100 brands, 2024 posts, accounts with at least 5,000 followers';
const BRANDS_FACEBOOK =
  'Median across 14 industries, one of them influencers: 2,100 brands, 2024 posts, pages with 25,000 to 1 million fans';
const REPORTED = 'as reported in summaries of Rival IQ’s 2025 Social Media Industry Benchmark Report';

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

function brandMedian(
  platform: QuickPlatform,
  median: number,
  whose: string,
  describes: string,
  readFrom: readonly BenchmarkSource[],
  note: string,
): Benchmark {
  return {
    platform,
    minFollowers: 1,
    maxFollowers: Infinity,
    describes,
    low: median * LOW_PER_MEDIAN,
    typical: median,
    high: median * HIGH_PER_MEDIAN,
    whose,
    source: RIVAL_IQ_2025,
    readFrom,
    note: `${note} ${BAND_NOTE} ${SMALLER}`,
  };
}

const FIVE_THOUSAND_UP = '5,000 or more followers';

export const BENCHMARKS: readonly Benchmark[] = [
  // source: Rival IQ, 2025 report, all-industry median engagement rate per post by followers, Instagram: 0.36% (16% below 2024), as reported in summaries
  brandMedian(
    'instagram',
    0.0036,
    `${BRANDS}; likes and comments per follower`,
    FIVE_THOUSAND_UP,
    [ELMA_SUMMARY_2025, APAYA_SUMMARY_2025],
    `0.36%, ${REPORTED}.`,
  ),
  // source: Rival IQ, 2025 report (and its 2024 report), Facebook: the 2024 report's 0.063% less the 36% fall the 2025 report gives, 0.040%
  brandMedian(
    'facebook',
    0.0004,
    `${BRANDS_FACEBOOK}; reactions, comments and shares per follower`,
    '25,000 to 1 million fans',
    [RIVAL_IQ_2024, SMK_SUMMARY_2024, ELMA_SUMMARY_2025],
    `Rival IQ’s 2024 report’s 0.063% less the 36% fall for 2025, ${REPORTED}. ${MORE_COUNTED}`,
  ),
  // source: Rival IQ, 2025 report (and its 2024 report), X: the 2024 report's 0.029% less the 48% fall the 2025 report gives, 0.015%
  brandMedian(
    'x',
    0.00015,
    `${BRANDS}; likes, replies and reposts per follower`,
    FIVE_THOUSAND_UP,
    [RIVAL_IQ_2024, ELMA_SUMMARY_2025],
    `Rival IQ’s 2024 report’s 0.029% less the 48% fall for 2025, ${REPORTED}. ${MORE_COUNTED}`,
  ),
  // source: Rival IQ, 2025 report, TikTok: 1.73% (34% below 2024), as reported in summaries
  brandMedian(
    'tiktok',
    0.0173,
    `${BRANDS}; likes, comments and shares per follower`,
    FIVE_THOUSAND_UP,
    [ELMA_SUMMARY_2025],
    `1.73%, ${REPORTED}. TikTok shows videos to people who do not follow, so rates swing a lot. ${MORE_COUNTED}`,
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
