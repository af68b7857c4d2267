// What npm run lighthouse makes of Lighthouse results (LHRs), kept free of Chromium and files so it can be
// unit tested with small fake LHRs: the representative run of a page, its summary, the table row, the
// enforced thresholds with the audits that break them, and what holds performance below 100.
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';

/**
 * @typedef {{ id: string, weight: number, group?: string }} AuditRef
 * @typedef {{ score: number | null, auditRefs: AuditRef[] }} Category
 * @typedef {{ selector?: string, snippet?: string }} NodeDetails
 * @typedef {{ node?: NodeDetails, [key: string]: unknown }} DetailsItem
 * @typedef {{
 *   title: string,
 *   score: number | null,
 *   scoreDisplayMode?: string,
 *   numericValue?: number,
 *   displayValue?: string,
 *   metricSavings?: Record<string, number | undefined>,
 *   details?: { items?: DetailsItem[] },
 * }} AuditResult
 * @typedef {{
 *   categories: Record<string, Category>,
 *   audits: Record<string, AuditResult>,
 *   runtimeError?: { code: string, message: string },
 *   runWarnings?: string[],
 * }} Lhr
 * @typedef {{ name: string, path: string }} PageConfig
 * @typedef {{ id: string, title: string, detail: string }} FailingAudit
 * @typedef {{
 *   name: string,
 *   path: string,
 *   scores: Record<string, number | null>,
 *   runScores: Record<string, (number | null)[]>,
 *   runCls: (number | null)[],
 *   lcpMs: number | null,
 *   tbtMs: number | null,
 *   cls: number | null,
 *   failingAudits: Record<string, FailingAudit[]>,
 *   metricsLosingPoints: string[],
 *   opportunities: string[],
 *   runtimeError: string | null,
 *   warnings: string[],
 * }} PageSummary
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {Record<string, string>} */
const CATEGORY_TITLES = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};
export const TABLE_HEADER = [
  'page',
  ...CATEGORIES.map((id) => CATEGORY_TITLES[id]),
  'LCP (s)',
  'TBT (ms)',
  'CLS',
];

/** @param {Lhr} lhr @param {string} id */
const numeric = (lhr, id) => lhr.audits[id]?.numericValue ?? null;

/** @param {Lhr} lhr @param {string} category */
const score100 = (lhr, category) => {
  const score = lhr.categories[category]?.score;
  return typeof score === 'number' ? score * 100 : null;
};

/** The middle value, the lower one of the two for an even count. @param {number[]} values */
const middle = (values) => values.toSorted((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

/**
 * The run that stands for a page: Lighthouse's own choice (closest to the median FCP and TTI, as PageSpeed
 * Insights and Lighthouse CI pick it) among the runs that have those metrics. When none has them, the run with
 * the median performance score, ties going to the run whose LCP is closest to the median LCP.
 * @template {Lhr} T
 * @param {T[]} runs
 * @returns {T}
 */
export function medianRun(runs) {
  const [first] = runs;
  if (!first) throw new Error('No Lighthouse runs to choose from');
  const valid = filterToValidRuns(/** @type {any} */ (runs));
  if (valid.length > 0) return /** @type {T} */ (computeMedianRun(valid));
  const performance = (/** @type {T} */ run) => score100(run, 'performance') ?? -1;
  const lcp = (/** @type {T} */ run) => numeric(run, 'largest-contentful-paint') ?? Infinity;
  const middleScore = middle(runs.map(performance));
  const middleLcp = middle(runs.map(lcp));
  const lcpDistance = (/** @type {T} */ run) => Math.abs(lcp(run) - middleLcp);
  return (
    runs
      .filter((run) => performance(run) === middleScore)
      .sort((a, b) => lcpDistance(a) - lcpDistance(b))[0] ?? first
  );
}

/** The name of a page's report file: `/` -> `home`, `/tools/quiz/` -> `tools-quiz`. */
export function reportSlug(/** @type {string} */ path) {
  const slug = path
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean)
    .join('-')
    .replace(/[^a-z0-9-]/gi, '_');
  return slug || 'home';
}

/**
 * The audits that take points off a category: weighted, scored and not passed, each with what failed
 * (the elements, for accessibility and SEO; the value, for others).
 * @param {Lhr} lhr
 * @param {string} category
 * @returns {FailingAudit[]}
 */
export function failingAudits(lhr, category) {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) return [];
      return [{ id: ref.id, title: audit.title, detail: auditDetail(audit) }];
    });
}

/** What an item of an audit's details names: an element, a message (console errors) or a URL. */
const itemLabel = (/** @type {DetailsItem} */ item) =>
  item.node?.selector ??
  (typeof item.description === 'string' ? item.description : undefined) ??
  (typeof item.url === 'string' ? item.url : undefined);

/** @param {AuditResult} audit */
function auditDetail(audit) {
  const items = audit.details?.items ?? [];
  const labels = items.flatMap((item) => itemLabel(item) ?? []);
  if (labels.length > 0) {
    const noun = items.some((item) => item.node) ? 'element' : 'item';
    const shown = labels.slice(0, 3).join(', ');
    return `${labels.length} ${noun}${labels.length === 1 ? '' : 's'}: ${shown}${labels.length > 3 ? ', …' : ''}`;
  }
  if (audit.displayValue) return audit.displayValue;
  return items.length > 0 ? `${items.length} item${items.length === 1 ? '' : 's'}` : '';
}

/** @type {Record<string, string>} */
const SAVINGS_UNITS = { LCP: 'ms', FCP: 'ms', TBT: 'ms', INP: 'ms', CLS: '' };

/**
 * What Lighthouse suggests for performance, the largest estimated savings first: insights and diagnostics
 * that failed, as `title (LCP -300 ms, FCP -150 ms)`.
 * @param {Lhr} lhr
 * @param {number} [limit]
 */
export function topOpportunities(lhr, limit = 3) {
  const refs = (lhr.categories.performance?.auditRefs ?? []).filter(
    (ref) => ref.weight === 0 && ref.group !== 'hidden',
  );
  const failing = refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 0.9) return [];
    const savings = Object.entries(audit.metricSavings ?? {}).filter(
      /** @returns {entry is [string, number]} */ (entry) => typeof entry[1] === 'number' && entry[1] > 0,
    );
    const timeSaved = savings.reduce((sum, [metric, value]) => sum + (metric === 'CLS' ? 0 : value), 0);
    const layoutSaved = savings.find(([metric]) => metric === 'CLS')?.[1] ?? 0;
    const text = savings
      .map(([metric, value]) =>
        metric === 'CLS'
          ? `CLS -${value.toFixed(3)}`
          : `${metric} -${Math.round(value)} ${SAVINGS_UNITS[metric] ?? ''}`,
      )
      .join(', ');
    return [{ title: audit.title, timeSaved, layoutSaved, text }];
  });
  return failing
    .sort((a, b) => b.timeSaved - a.timeSaved || b.layoutSaved - a.layoutSaved)
    .slice(0, limit)
    .map((item) => (item.text ? `${item.title} (${item.text.trim()})` : item.title));
}

const SCORED_METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'Speed Index',
};

/** The performance metrics scoring below 1, as `LCP 2.6 s (score 0.88)`. @param {Lhr} lhr */
export function metricsLosingPoints(lhr) {
  return Object.entries(SCORED_METRICS).flatMap(([id, label]) => {
    const audit = lhr.audits[id];
    if (!audit || audit.score === null || audit.score >= 1) return [];
    return [`${label} ${audit.displayValue ?? audit.numericValue} (score ${audit.score.toFixed(2)})`];
  });
}

/**
 * One page's result: the median run's scores (0-100, unrounded), metrics and failing audits, plus every run's
 * scores so that an unstable category shows.
 * @param {PageConfig} page
 * @param {Lhr[]} runs
 * @param {Lhr} median
 * @returns {PageSummary}
 */
export function summarizePage(page, runs, median) {
  return {
    name: page.name,
    path: page.path,
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, score100(median, category)])),
    runScores: Object.fromEntries(
      CATEGORIES.map((category) => [category, runs.map((run) => score100(run, category))]),
    ),
    runCls: runs.map((run) => numeric(run, 'cumulative-layout-shift')),
    lcpMs: numeric(median, 'largest-contentful-paint'),
    tbtMs: numeric(median, 'total-blocking-time'),
    cls: numeric(median, 'cumulative-layout-shift'),
    failingAudits: Object.fromEntries(
      CATEGORIES.map((category) => [category, failingAudits(median, category)]),
    ),
    metricsLosingPoints: metricsLosingPoints(median),
    opportunities: topOpportunities(median),
    runtimeError: median.runtimeError ? `${median.runtimeError.code}: ${median.runtimeError.message}` : null,
    warnings: median.runWarnings ?? [],
  };
}

/** A 0-100 score as Lighthouse shows it (rounded), or `error` when the category could not be scored. */
const shownScore = (/** @type {number | null} */ score) =>
  score === null ? 'error' : String(Math.round(score));

/** @param {PageSummary} summary @returns {string[]} */
export function tableRow(summary) {
  return [
    `${summary.name} (${summary.path})`,
    ...CATEGORIES.map((category) => shownScore(summary.scores[category] ?? null)),
    summary.lcpMs === null ? '-' : (summary.lcpMs / 1000).toFixed(2),
    summary.tbtMs === null ? '-' : String(Math.round(summary.tbtMs)),
    summary.cls === null ? '-' : summary.cls.toFixed(3),
  ];
}

/**
 * Every enforced category below its minimum, as messages naming the page, the category and the audits to fix.
 * The unrounded score is compared, so one failed audit is never hidden by rounding to 100.
 * @param {PageSummary[]} summaries
 * @param {Record<string, number | null>} enforce minimum 0-100 score by category id; null enforces nothing
 * @returns {string[]}
 */
export function thresholdFailures(summaries, enforce) {
  return summaries.flatMap((summary) =>
    Object.entries(enforce).flatMap(([category, minimum]) => {
      if (minimum === null) return [];
      const score = summary.scores[category] ?? null;
      const title = CATEGORY_TITLES[category] ?? category;
      const where = `${summary.name} (${summary.path})`;
      if (score === null) {
        return [`${where}: ${title} has no score${summary.runtimeError ? ` (${summary.runtimeError})` : ''}`];
      }
      if (score >= minimum) return [];
      const audits = summary.failingAudits[category] ?? [];
      const lines = audits.map(
        (audit) => `    - ${audit.id}: ${audit.title}${audit.detail ? ` (${audit.detail})` : ''}`,
      );
      const shown = Number.isInteger(score) ? String(score) : score.toFixed(1);
      return [[`${where}: ${title} ${shown} < ${minimum}`, ...lines].join('\n')];
    }),
  );
}

/**
 * A line per page whose performance is below 100: the metrics that lose points and the top opportunities.
 * Performance is reported, not enforced.
 * @param {PageSummary[]} summaries
 * @returns {string[]}
 */
export function performanceNotes(summaries) {
  return summaries.flatMap((summary) => {
    const score = summary.scores.performance ?? null;
    if (score === null || score >= 100) return [];
    const parts = [
      summary.metricsLosingPoints.length > 0
        ? `losing points: ${summary.metricsLosingPoints.join(', ')}`
        : '',
      summary.opportunities.length > 0 ? `opportunities: ${summary.opportunities.join('; ')}` : '',
    ].filter(Boolean);
    return [`${summary.name} (${summary.path}): performance ${Math.round(score)}; ${parts.join('; ')}`];
  });
}

/**
 * What the median run can hide: an enforced category whose score changed between runs (a flaky audit, such as
 * a console error in one run), or a layout shift in other runs when the median run had less. The median is
 * chosen by FCP and TTI, so it says nothing about CLS.
 * @param {PageSummary[]} summaries
 */
export function runToRunDifferences(summaries) {
  return summaries.flatMap((summary) => {
    const where = `${summary.name} (${summary.path})`;
    const categories = CATEGORIES.filter((category) => category !== 'performance').flatMap((category) => {
      const scores = summary.runScores[category] ?? [];
      return new Set(scores).size > 1
        ? [`${where}: ${CATEGORY_TITLES[category]} varied between runs: ${scores.map(shownScore).join(', ')}`]
        : [];
    });
    const medianCls = summary.cls ?? 0;
    const shifted = summary.runCls.filter((cls) => cls !== null && cls - medianCls >= 0.001);
    const worst = Math.max(...shifted.map((cls) => cls ?? 0));
    const layout =
      shifted.length > 0
        ? [
            `${where}: CLS ${medianCls.toFixed(3)} in the median run, up to ${worst.toFixed(3)} in ${shifted.length} of ${summary.runCls.length} runs`,
          ]
        : [];
    return [...categories, ...layout];
  });
}
