import type { Source } from '../lib/guides/schema';
import { BENCHMARKS } from '../lib/estimator/quick/benchmarks';

/** The published work the estimator's method rests on, cited on its page as [1], [2], ... in this order. */
export const METHOD_SOURCES: readonly Source[] = [
  {
    title: 'Fame for sale: efficient detection of fake Twitter followers',
    publisher: 'Decision Support Systems 80 (Elsevier)',
    year: 2015,
    url: 'https://doi.org/10.1016/j.dss.2015.09.003',
  },
  {
    title: 'Determining Sample Size (PEOD6), after Cochran’s formula with the finite population correction',
    publisher: 'University of Florida IFAS Extension',
    year: 1992,
    url: 'https://edis.ifas.ufl.edu/publication/PD006',
  },
  {
    title: 'Probable Inference, the Law of Succession, and Statistical Inference',
    publisher: 'Journal of the American Statistical Association 22 (158)',
    year: 1927,
    url: 'https://www.jstor.org/stable/2276774',
  },
  {
    title: 'Instagram Fake and Automated Account Detection (the InstaFake data set)',
    publisher: 'Innovations in Intelligent Systems and Applications Conference (ASYU), IEEE',
    year: 2019,
    url: 'https://arxiv.org/abs/1910.03090',
  },
  {
    title: 'Estimating prevalence from the results of a screening test',
    publisher: 'American Journal of Epidemiology 107 (1)',
    year: 1978,
    url: 'https://pubmed.ncbi.nlm.nih.gov/623091/',
  },
  {
    title: 'A double sampling scheme for estimating from binomial data with misclassifications',
    publisher: 'Journal of the American Statistical Association 65 (331)',
    year: 1970,
    url: 'https://doi.org/10.1080/01621459.1970.10481170',
  },
  {
    title: 'The paradigm-shift of social spambots: evidence, theories, and tools for the arms race',
    publisher: 'WWW ’17 Companion, International World Wide Web Conference',
    year: 2017,
    url: 'https://arxiv.org/abs/1701.03017',
  },
  {
    title:
      'Detecting outliers: do not use standard deviation around the mean, use absolute deviation around the median',
    publisher: 'Journal of Experimental Social Psychology 49 (4)',
    year: 2013,
    url: 'https://doi.org/10.1016/j.jesp.2013.03.013',
  },
  {
    title: 'How to download a copy of your information on Instagram',
    publisher: 'Instagram Help Centre (Meta)',
    year: 2026,
    url: 'https://help.instagram.com/181231772500920',
  },
  {
    title: 'Requesting your data',
    publisher: 'TikTok Support',
    year: 2026,
    url: 'https://support.tiktok.com/en/account-and-privacy/personalized-ads-and-data/requesting-your-data',
  },
  {
    title: 'How to download your X archive',
    publisher: 'X Help Center',
    year: 2026,
    url: 'https://help.x.com/en/managing-your-account/how-to-download-your-x-archive',
  },
  {
    title: 'How to download a copy of your information on Facebook',
    publisher: 'Facebook Help Centre (Meta)',
    year: 2026,
    url: 'https://www.facebook.com/help/212802592074644',
  },
  {
    title:
      'Scalable and generalizable social bot detection through data selection (the Bot Repository’s 2019 sets)',
    publisher: 'AAAI Conference on Artificial Intelligence 34 (1)',
    year: 2020,
    url: 'https://arxiv.org/abs/1911.09179',
  },
  {
    title: 'Instagram Fake Account Detection: the data set of real and fake accounts (OldDataSet.csv)',
    publisher:
      'University of Parma student project, GitHub repository BeleRicks11/Instagram_Fake_Account_Detection',
    year: 2020,
    url: 'https://github.com/BeleRicks11/Instagram_Fake_Account_Detection',
  },
  {
    title: 'Meta-analysis in clinical trials',
    publisher: 'Controlled Clinical Trials 7 (3)',
    year: 1986,
    url: 'https://doi.org/10.1016/0197-2456(86)90046-2',
  },
  {
    title: 'The transformation of Poisson, binomial and negative-binomial data',
    publisher: 'Biometrika 35 (3/4)',
    year: 1948,
    url: 'https://doi.org/10.1093/biomet/35.3-4.246',
  },
  {
    title: 'A re-evaluation of random-effects meta-analysis',
    publisher: 'Journal of the Royal Statistical Society, Series A 172 (1)',
    year: 2009,
    url: 'https://doi.org/10.1111/j.1467-985X.2008.00552.x',
  },
  {
    title:
      'On the two different aspects of the representative method: the method of stratified sampling and the method of purposive selection',
    publisher: 'Journal of the Royal Statistical Society 97 (4)',
    year: 1934,
    url: 'https://doi.org/10.2307/2342192',
  },
  {
    // The 2025 report itself could not be read here; its figures are as reported in summaries like this one.
    title: '2025 Social Media Industry Benchmark Report, a summary of Rival IQ’s report',
    publisher: 'ELMA Europe',
    year: 2025,
    url: 'https://elma-europe.com/blog/2025-social-media-industry-benchmark-report',
  },
  {
    // Behind the Facebook and X figures: the 2024 report's all-industry medians, as its summaries give them.
    title: 'Rival IQ’s 2024 Social Media Industry Benchmark Report, a summary of the all-industry medians',
    publisher: 'SMK',
    year: 2024,
    url: 'https://smk.co/?p=31338',
  },
];

// Benchmark sources (each report, then the summaries they were read from) are listed once each, after the
// method's own sources, numbered in order of first use; a summary the method text already cites keeps its number.
const cited = new Set(METHOD_SOURCES.map((source) => source.url));
const benchmarkSources = [
  ...new Map(
    BENCHMARKS.flatMap((row) => [row.source, ...row.readFrom])
      .filter((source) => !cited.has(source.url))
      .map((source) => [source.url, source]),
  ).values(),
];

/** The estimator page's source list: the method's own, then the benchmarks', cited [1], [2], ... in this order. */
export const ESTIMATOR_PAGE_SOURCES = [...METHOD_SOURCES, ...benchmarkSources];

/** A source's number in the estimator page's list, for a citation. */
export const estimatorSourceNumber = (url: string) =>
  ESTIMATOR_PAGE_SOURCES.findIndex((source) => source.url === url) + 1;

/** Source numbers, each once, in order. */
export const sourceNumbers = (...lists: readonly (readonly number[])[]): number[] =>
  [...new Set(lists.flat())].sort((a, b) => a - b);

/** The numbers of the sources a text cites (`<a href="#source-N">`), each once, in order. */
export const sourcesCitedIn = (...texts: string[]): number[] =>
  sourceNumbers(
    texts.flatMap((text) => [...text.matchAll(/#source-(\d+)/g)].map((match) => Number(match[1]))),
  );

/** The numbers of the sources the benchmark table cites: each benchmark's report and the summaries it was read from. */
export const BENCHMARK_SOURCE_NUMBERS = sourceNumbers(
  BENCHMARKS.flatMap((row) => [row.source, ...row.readFrom]).map((source) =>
    estimatorSourceNumber(source.url),
  ),
);
