import { describe, expect, it } from 'vitest';
import {
  failingAudits,
  medianRun,
  performanceNotes,
  reportSlug,
  summarizePage,
  tableRow,
  thresholdFailures,
  topOpportunities,
  runToRunDifferences,
} from '../../scripts/lib/lighthouse-summary.mjs';

interface FakeAudit {
  title?: string;
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  metricSavings?: Record<string, number>;
  details?: { items: Record<string, unknown>[] };
}

interface FakeRun {
  scores?: Partial<Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>>;
  fcp?: number;
  tti?: number;
  lcp?: number;
  audits?: Record<string, FakeAudit>;
  refs?: Partial<Record<string, { id: string; weight: number; group?: string }[]>>;
  label?: string;
}

/** A Lighthouse result with only what the summary reads; every category passes unless told otherwise. */
function fakeLhr({
  scores = {},
  fcp = 1000,
  tti = 2000,
  lcp = 1200,
  audits = {},
  refs = {},
  label = '',
}: FakeRun) {
  const allAudits: Record<string, FakeAudit & { title: string }> = {
    'first-contentful-paint': { title: 'First Contentful Paint', score: 1, numericValue: fcp },
    interactive: { title: 'Time to Interactive', score: 1, numericValue: tti },
    'largest-contentful-paint': { title: 'Largest Contentful Paint', score: 1, numericValue: lcp },
    'total-blocking-time': { title: 'Total Blocking Time', score: 1, numericValue: 20 },
    'cumulative-layout-shift': { title: 'Cumulative Layout Shift', score: 1, numericValue: 0.01 },
    ...Object.fromEntries(
      Object.entries(audits).map(([id, audit]) => [id, { ...audit, title: audit.title ?? id }]),
    ),
  };
  const category = (id: 'performance' | 'accessibility' | 'best-practices' | 'seo') => ({
    score: scores[id] === undefined ? 1 : scores[id],
    auditRefs: refs[id] ?? [],
  });
  return {
    label,
    categories: {
      performance: category('performance'),
      accessibility: category('accessibility'),
      'best-practices': category('best-practices'),
      seo: category('seo'),
    },
    audits: allAudits,
  };
}

const page = { name: 'guide', path: '/guides/a-guide/' };

describe('medianRun', () => {
  it("takes Lighthouse's choice: the run closest to the median FCP and TTI", () => {
    const runs = [
      fakeLhr({ fcp: 900, tti: 1900, label: 'fast' }),
      fakeLhr({ fcp: 1500, tti: 2600, label: 'slow' }),
      fakeLhr({ fcp: 1000, tti: 2000, label: 'middle' }),
    ];
    expect(medianRun(runs).label).toBe('middle');
  });

  it('leaves out runs without FCP or TTI when others have them', () => {
    const broken = fakeLhr({ label: 'broken' });
    delete (broken.audits as Record<string, unknown>)['interactive'];
    const runs = [broken, fakeLhr({ fcp: 1200, tti: 2200, label: 'ok' })];
    expect(medianRun(runs).label).toBe('ok');
  });

  it('falls back to the median performance score, then the LCP closest to the median, when no run has TTI', () => {
    const runs = [
      fakeLhr({ scores: { performance: 0.9 }, lcp: 3000, label: 'low' }),
      fakeLhr({ scores: { performance: 0.95 }, lcp: 2600, label: 'middle, far LCP' }),
      fakeLhr({ scores: { performance: 0.95 }, lcp: 2400, label: 'middle, near LCP' }),
      fakeLhr({ scores: { performance: 1 }, lcp: 2000, label: 'high' }),
      fakeLhr({ scores: { performance: 1 }, lcp: 2400, label: 'high too' }),
    ];
    for (const run of runs) delete (run.audits as Record<string, unknown>)['interactive'];
    expect(medianRun(runs).label).toBe('middle, near LCP');
  });

  it('refuses an empty list', () => {
    expect(() => medianRun([])).toThrow('No Lighthouse runs');
  });
});

describe('reportSlug', () => {
  it.each([
    ['/', 'home'],
    ['/guides/', 'guides'],
    ['/tools/would-you-click/', 'tools-would-you-click'],
    ['/404.html', '404'],
  ])('names the report of %s %s', (path, slug) => {
    expect(reportSlug(path)).toBe(slug);
  });
});

describe('failingAudits', () => {
  const lhr = fakeLhr({
    scores: { accessibility: 0.9 },
    refs: {
      accessibility: [
        { id: 'color-contrast', weight: 7 },
        { id: 'image-alt', weight: 10 },
        { id: 'aria-allowed-role', weight: 1 },
        { id: 'region', weight: 0 },
      ],
    },
    audits: {
      'color-contrast': {
        title: 'Background and foreground colors do not have a sufficient contrast ratio.',
        score: 0,
        details: { items: [{ node: { selector: 'p.lede' } }, { node: { selector: 'footer > a' } }] },
      },
      'image-alt': { score: 1 },
      'aria-allowed-role': { score: null },
      region: { score: 0 },
    },
  });

  it('lists only the weighted, scored audits that did not pass, with the elements to fix', () => {
    expect(failingAudits(lhr, 'accessibility')).toEqual([
      {
        id: 'color-contrast',
        title: 'Background and foreground colors do not have a sufficient contrast ratio.',
        detail: '2 elements: p.lede, footer > a',
      },
    ]);
  });

  it('names a console error by its message', () => {
    const withError = fakeLhr({
      refs: { 'best-practices': [{ id: 'errors-in-console', weight: 1 }] },
      audits: {
        'errors-in-console': {
          score: 0,
          details: { items: [{ source: 'network', description: 'Failed to load resource: 404' }] },
        },
      },
    });
    expect(failingAudits(withError, 'best-practices')[0]?.detail).toBe(
      '1 item: Failed to load resource: 404',
    );
  });
});

describe('topOpportunities', () => {
  it('orders failed insights by the time they would save and leaves out passed and hidden ones', () => {
    const lhr = fakeLhr({
      refs: {
        performance: [
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'render-blocking-insight', weight: 0, group: 'insights' },
          { id: 'font-display-insight', weight: 0, group: 'insights' },
          { id: 'unused-css-rules', weight: 0, group: 'hidden' },
          { id: 'dom-size-insight', weight: 0, group: 'insights' },
        ],
      },
      audits: {
        'render-blocking-insight': {
          title: 'Render-blocking requests',
          score: 0,
          metricSavings: { FCP: 150, LCP: 150 },
        },
        'font-display-insight': { title: 'Font display', score: 0, metricSavings: { FCP: 400 } },
        'unused-css-rules': { title: 'Reduce unused CSS', score: 0, metricSavings: { LCP: 900 } },
        'dom-size-insight': { title: 'Optimize DOM size', score: 1 },
      },
    });
    expect(topOpportunities(lhr)).toEqual([
      'Font display (FCP -400 ms)',
      'Render-blocking requests (FCP -150 ms, LCP -150 ms)',
    ]);
  });
});

describe('thresholdFailures', () => {
  const enforce = { accessibility: 100, 'best-practices': 100, seo: 100 };

  it('passes a page that scores 100 in every enforced category', () => {
    const summary = summarizePage(page, [fakeLhr({})], fakeLhr({ scores: { performance: 0.7 } }));
    expect(thresholdFailures([summary], enforce)).toEqual([]);
  });

  it('names the page, the category and the audits to fix', () => {
    const lhr = fakeLhr({
      scores: { seo: 0.92 },
      refs: { seo: [{ id: 'link-text', weight: 1 }] },
      audits: {
        'link-text': {
          title: 'Links do not have descriptive text',
          score: 0,
          details: { items: [{ href: '/guides/', text: 'here' }] },
          displayValue: '1 link found',
        },
      },
    });
    const [failure] = thresholdFailures([summarizePage(page, [lhr], lhr)], enforce);
    expect(failure).toBe(
      'guide (/guides/a-guide/): SEO 92 < 100\n    - link-text: Links do not have descriptive text (1 link found)',
    );
  });

  it('fails a score that only rounds to 100', () => {
    const lhr = fakeLhr({ scores: { accessibility: 0.996 } });
    const summary = summarizePage(page, [lhr], lhr);
    expect(tableRow(summary)[2]).toBe('100');
    expect(thresholdFailures([summary], enforce)).toEqual([
      'guide (/guides/a-guide/): Accessibility 99.6 < 100',
    ]);
  });

  it('reports a category Lighthouse could not score, with the reason', () => {
    const lhr = {
      ...fakeLhr({ scores: { 'best-practices': null } }),
      runtimeError: { code: 'NO_FCP', message: 'No paint' },
    };
    expect(thresholdFailures([summarizePage(page, [lhr], lhr)], enforce)).toEqual([
      'guide (/guides/a-guide/): Best practices has no score (NO_FCP: No paint)',
    ]);
  });

  it('does not enforce a category whose minimum is null', () => {
    const lhr = fakeLhr({ scores: { seo: 0.5 } });
    expect(thresholdFailures([summarizePage(page, [lhr], lhr)], { ...enforce, seo: null })).toEqual([]);
  });
});

describe('tableRow', () => {
  it('shows rounded scores, LCP in seconds, TBT in milliseconds and CLS to three places', () => {
    const lhr = fakeLhr({ scores: { performance: 0.984 }, lcp: 2345.6 });
    expect(tableRow(summarizePage(page, [lhr], lhr))).toEqual([
      'guide (/guides/a-guide/)',
      '98',
      '100',
      '100',
      '100',
      '2.35',
      '20',
      '0.010',
    ]);
  });
});

describe('performanceNotes', () => {
  it('explains each page below 100 by the metrics losing points and the top opportunities', () => {
    const slow = fakeLhr({
      scores: { performance: 0.93 },
      refs: { performance: [{ id: 'render-blocking-insight', weight: 0, group: 'insights' }] },
      audits: {
        'largest-contentful-paint': { score: 0.8, numericValue: 2900, displayValue: '2.9 s' },
        'render-blocking-insight': {
          title: 'Render-blocking requests',
          score: 0,
          metricSavings: { LCP: 300 },
        },
      },
    });
    const fast = fakeLhr({});
    const notes = performanceNotes([
      summarizePage(page, [slow], slow),
      summarizePage({ name: 'home', path: '/' }, [fast], fast),
    ]);
    expect(notes).toEqual([
      'guide (/guides/a-guide/): performance 93; losing points: LCP 2.9 s (score 0.80); opportunities: Render-blocking requests (LCP -300 ms)',
    ]);
  });
});

describe('runToRunDifferences', () => {
  it('flags an enforced category whose score changed between runs', () => {
    const runs = [fakeLhr({}), fakeLhr({ scores: { 'best-practices': 0.96 } }), fakeLhr({})];
    expect(runToRunDifferences([summarizePage(page, runs, runs[0]!)])).toEqual([
      'guide (/guides/a-guide/): Best practices varied between runs: 100, 96, 100',
    ]);
  });

  it('flags a layout shift that the median run did not have', () => {
    const shifting = (cls: number) =>
      fakeLhr({ audits: { 'cumulative-layout-shift': { score: 1, numericValue: cls } } });
    const runs = [shifting(0.023), shifting(0), shifting(0.023)];
    expect(runToRunDifferences([summarizePage(page, runs, runs[1]!)])).toEqual([
      'guide (/guides/a-guide/): CLS 0.000 in the median run, up to 0.023 in 2 of 3 runs',
    ]);
  });

  it('says nothing when every run agrees', () => {
    const runs = [fakeLhr({}), fakeLhr({}), fakeLhr({})];
    expect(runToRunDifferences([summarizePage(page, runs, runs[0]!)])).toEqual([]);
  });
});
