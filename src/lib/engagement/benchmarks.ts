import { formatCount } from '../numbers/format';

export type PlatformId = 'instagram' | 'facebook' | 'x' | 'tiktok';

// LinkedIn is left out: the published LinkedIn figures we found divide by impressions, not followers.
export const PLATFORMS: readonly { id: PlatformId; label: string }[] = [
  { id: 'instagram', label: 'Instagram' },
  { id: 'facebook', label: 'Facebook' },
  { id: 'x', label: 'X (Twitter)' },
  { id: 'tiktok', label: 'TikTok' },
];

export interface BenchmarkSource {
  title: string;
  publisher: string;
  year: number;
  url: string;
}

export interface Benchmark {
  platform: PlatformId;
  minFollowers: number;
  /** Exclusive; Infinity for a top tier with no upper limit. */
  maxFollowers: number;
  /** Fits after "accounts with": "1,000 to 5,000 followers". */
  tierLabel: string;
  /** Fractions: where most accounts of this size sit (low to high) and a typical account (typical). */
  low: number;
  typical: number;
  high: number;
  source: BenchmarkSource;
  note?: string;
}

const SOCIAL_CAT_INSTAGRAM: BenchmarkSource = {
  title: 'Instagram Engagement Rate Calculator: Instagram engagement rate benchmark',
  publisher: 'The Social Cat',
  year: 2026,
  url: 'https://thesocialcat.com/instagram-engagement-rate-calculator',
};

const INFLUENCER_HERO_TIKTOK: BenchmarkSource = {
  title: 'TikTok Engagement Rate Calculator: what is a good TikTok influencer engagement rate?',
  publisher: 'Influencer Hero',
  year: 2024,
  url: 'https://www.influencer-hero.com/resources/free-tiktok-engagement-rate-calculator',
};

const RIVAL_IQ_FACEBOOK: BenchmarkSource = {
  title: 'What is a Good Engagement Rate on Facebook? (2024 Social Media Industry Benchmark Report)',
  publisher: 'Rival IQ',
  year: 2024,
  url: 'https://www.rivaliq.com/blog/good-engagement-rate-facebook/',
};

const RIVAL_IQ_X: BenchmarkSource = {
  title: '2024 Social Media Industry Benchmark Report',
  publisher: 'Rival IQ',
  year: 2024,
  url: 'https://www.rivaliq.com/blog/good-engagement-rate-twitter/',
};

const INSTAGRAM_NOTE =
  'Influencer accounts, likes plus comments per post divided by followers. The page is undated; 2026 is ' +
  'the year we read it. Business accounts often do worse: Rival IQ found a median brand near 0.5% in 2022.';

const TIKTOK_NOTE =
  'Vendors disagree widely on TikTok: Rival IQ puts the median brand at 2.6% per follower, others quote ' +
  '5% to 10% for small accounts. TikTok shows videos to people who do not follow, so rates swing a lot.';

const RIVAL_IQ_NOTE =
  'One figure for all sizes: a median from brands with at least 5,000 followers (25,000 on Facebook). ' +
  'Smaller accounts usually do better. Rival IQ also counts shares. It publishes only the median; the ' +
  'band (0.4 to 2.5 times it) is our assumption, the spread seen in the Instagram and TikTok tables.';

const X_NOTE = 'We read this figure in summaries of the report, not in the report itself.';

type Band = Pick<Benchmark, 'low' | 'typical' | 'high'>;

/**
 * From a table that sorts accounts into five bands (Low, Below average, Average, Above average, High):
 * the usual band runs from the Low line to the High line, the middle three bands where most accounts
 * sit, and the typical rate is the middle of the Average band.
 */
function fromBands(lowLine: number, averageFrom: number, averageTo: number, highLine: number): Band {
  return { low: lowLine, typical: (averageFrom + averageTo) / 2, high: highLine };
}

// Across the tiered tables the Low line sits at about 0.4 × the typical rate and the High line at about
// 2.5 × (Instagram 1K–5K: 1.72 / 3.90 = 0.44 and 7.97 / 3.90 = 2.04; 10K–50K: 0.40 and 2.68).
const LOW_PER_MEDIAN = 0.4;
const HIGH_PER_MEDIAN = 2.5;

/** For a source that publishes only a median: the band is our assumption, as explained in its note. */
function aroundMedian(median: number): Band {
  return { low: median * LOW_PER_MEDIAN, typical: median, high: median * HIGH_PER_MEDIAN };
}

function tierLabel(minFollowers: number, maxFollowers: number): string {
  if (minFollowers <= 1 && maxFollowers === Infinity) return 'any number of followers';
  if (maxFollowers === Infinity) return `${formatCount(minFollowers)} followers or more`;
  return `${formatCount(minFollowers)} to ${formatCount(maxFollowers)} followers`;
}

function tier(
  platform: PlatformId,
  minFollowers: number,
  maxFollowers: number,
  band: Band,
  source: BenchmarkSource,
  note: string,
): Benchmark {
  return {
    platform,
    minFollowers,
    maxFollowers,
    tierLabel: tierLabel(minFollowers, maxFollowers),
    ...band,
    source,
    note,
  };
}

const ig = (min: number, max: number, band: Band) =>
  tier('instagram', min, max, band, SOCIAL_CAT_INSTAGRAM, INSTAGRAM_NOTE);
const tt = (min: number, max: number, band: Band) =>
  tier('tiktok', min, max, band, INFLUENCER_HERO_TIKTOK, TIKTOK_NOTE);

export const BENCHMARKS: readonly Benchmark[] = [
  // The Social Cat, Instagram engagement rate benchmark table, 1k–5k: Low < 1.72%, Average 3.38–4.42%, High > 7.97%
  ig(1_000, 5_000, fromBands(0.0172, 0.0338, 0.0442, 0.0797)),
  // The Social Cat, same table, 5k–10k: Low < 0.62%, Average 1.25–1.62%, High > 3.54%
  ig(5_000, 10_000, fromBands(0.0062, 0.0125, 0.0162, 0.0354)),
  // The Social Cat, same table, 10k–50k: Low < 0.39%, Average 0.84–1.11%, High > 2.61%
  ig(10_000, 50_000, fromBands(0.0039, 0.0084, 0.0111, 0.0261)),
  // The Social Cat, same table, 50k–100k: Low < 0.32%, Average 0.75–1.01%, High > 2.47%
  ig(50_000, 100_000, fromBands(0.0032, 0.0075, 0.0101, 0.0247)),
  // The Social Cat, same table, 100k–500k: Low < 0.41%, Average 0.87–1.14%, High > 2.63%
  ig(100_000, 500_000, fromBands(0.0041, 0.0087, 0.0114, 0.0263)),
  // The Social Cat, same table, 500k–1 million: Low < 0.46%, Average 0.88–1.13%, High > 2.46%
  // (its Above average cell reads 1.13–1.46%, a misprint next to High > 2.46%; we keep the High line).
  ig(500_000, 1_000_000, fromBands(0.0046, 0.0088, 0.0113, 0.0246)),
  // Rival IQ 2024 report, all-industry median engagement rate per post per follower, Facebook: 0.063%
  tier('facebook', 1, Infinity, aroundMedian(0.00063), RIVAL_IQ_FACEBOOK, RIVAL_IQ_NOTE),
  // Rival IQ 2024 report, all-industry median engagement rate per post per follower, X: 0.029%, as quoted
  // in summaries of the report (the 2023 report gave 0.035%).
  tier('x', 1, Infinity, aroundMedian(0.00029), RIVAL_IQ_X, `${RIVAL_IQ_NOTE} ${X_NOTE}`),
  // Influencer Hero, TikTok benchmark overview (database of Jan 2024), Nano Small 1K–5K: Low < 0.91%, Average 1.79–2.18%, High > 4.21%
  tt(1_000, 5_000, fromBands(0.0091, 0.0179, 0.0218, 0.0421)),
  // Influencer Hero, same table, Nano Medium 5K–10K: Low < 0.38%, Average 1.11–1.42%, High > 3.51%
  tt(5_000, 10_000, fromBands(0.0038, 0.0111, 0.0142, 0.0351)),
  // Influencer Hero, same table, Micro Small 10K–50K: Low < 0.31%, High > 3.49%. Its Average cell reads
  // 0.29–0.49%, which contradicts Below average 0.31–0.79% and Above average 1.07–3.49%; we take the gap, 0.79–1.07%.
  tt(10_000, 50_000, fromBands(0.0031, 0.0079, 0.0107, 0.0349)),
  // Influencer Hero, same table, Micro Medium 50K–100K: Low < 0.15%, Average 0.5–0.87%, High > 3.40%
  tt(50_000, 100_000, fromBands(0.0015, 0.005, 0.0087, 0.034)),
  // Influencer Hero, same table, Macro 100K–500K: Low < 0.12%, Average 0.68–1%, High > 3.26%
  tt(100_000, 500_000, fromBands(0.0012, 0.0068, 0.01, 0.0326)),
  // Influencer Hero, same table, Mega 500K–1M: Low < 0.23%, Average 0.96–1.29%, High > 3.18%
  tt(500_000, 1_000_000, fromBands(0.0023, 0.0096, 0.0129, 0.0318)),
  // Influencer Hero, same table, Celebrities 1M+: Low < 0.42%, Average 1.11–1.43%, High > 2.91%
  tt(1_000_000, Infinity, fromBands(0.0042, 0.0111, 0.0143, 0.0291)),
];

/** The benchmark for this platform and account size, or undefined where no published figure covers it. */
export function benchmarkFor(platform: PlatformId, followers: number): Benchmark | undefined {
  return BENCHMARKS.find(
    (benchmark) =>
      benchmark.platform === platform &&
      followers >= benchmark.minFollowers &&
      followers < benchmark.maxFollowers,
  );
}
