import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instagramFollowersJson, syntheticFollowers } from '../../fixtures/synthetic-exports.mjs';
import { zipBuffer } from '../../fixtures/zip-writer.mjs';
import type { HandAnswer } from '../../../src/lib/estimator/hand/answers';
import { readExport } from '../../../src/lib/history/read-export';
import {
  DAMAGED_HISTORY_LINK_NOTICE,
  decodeHistoryLink,
  encodeHistoryLink,
  historyShareOf,
  HISTORY_LINK_PREFIX,
  LONG_HISTORY_LINK_NOTICE,
  MAX_HISTORY_LINK,
  MAX_SHARED_WEEKS,
  mondayOf,
  OTHER_VERSION_HISTORY_LINK_NOTICE,
  readHistoryShare,
  type HistoryShare,
  type SharedBurst,
  type SharedHandCheck,
} from '../../../src/lib/history/share';
import {
  BURST_LABELS,
  withAnswer,
  withLabel,
  withSample,
  type HistoryState,
} from '../../../src/lib/history/state';
import { drawSample, summariseExport } from '../../../src/lib/history/summary';
import { mulberry32 } from '../../../src/lib/stats/seeded';

/** The fragment's bytes as a link of `version` would carry them: `value` as JSON, deflated. */
async function forge(value: unknown, version = 1): Promise<string> {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const deflated = new Uint8Array(await new Response(stream).arrayBuffer());
  return `${HISTORY_LINK_PREFIX}${Buffer.concat([Buffer.from([version]), deflated]).toString('base64url')}`;
}

async function fragmentOf(share: HistoryShare): Promise<string> {
  const link = await encodeHistoryLink(share);
  if (!('fragment' in link)) throw new Error(`no link: ${JSON.stringify(link)}`);
  return link.fragment;
}

// Two years of a bakery's followers (the example exports' story), with a third burst: 180 readers of a
// press article on 4 June 2025, all the owner's bursts labelled, and a hand check of all followers done.
const followers = syntheticFollowers({ seed: 11 });
for (let i = 0; i < 180; i++)
  followers.push({
    handle: `press.reader${i}`,
    name: '',
    time: Date.UTC(2025, 5, 4, 7) + i * 240_000,
    bought: false,
  });
followers.sort((a, b) => b.time - a.time);
const entries = [
  { name: 'connections/followers_and_following/followers_1.json', data: instagramFollowersJson(followers) },
];
const reading = await readExport([new File([zipBuffer(entries)], 'instagram.zip')]);
const summary = summariseExport(reading, 'instagram.zip');
let state: HistoryState = { summary, labels: {}, samples: [] };
const labels = ['press', 'giveaway', 'unexplained'] as const;
summary.bursts.forEach((burst, index) => (state = withLabel(state, burst.start, labels[index]!)));
state = withSample(state, { scope: { kind: 'all' }, ...drawSample(reading, { kind: 'all' }, 96) }, 0.1);
const answers: HandAnswer[] = [
  'real',
  'real',
  'real',
  'real',
  'real',
  'real',
  'real',
  'real',
  'real',
  'fake',
  'real',
  'unsure',
];
for (let position = 1; position <= 96; position++)
  state = withAnswer(state, 0, position, answers[position % answers.length]!);
const share = historyShareOf(state)!;
const twoYears = await fragmentOf(share);
const twoYearsBytes = new TextEncoder().encode(twoYears).length;

describe('historyShareOf', () => {
  it('puts the weekly counts, the labelled bursts and the hand-check counts in the link, and no name', async () => {
    expect(summary.bursts).toHaveLength(3);
    expect(share.weeks!.counts.length).toBeGreaterThanOrEqual(104);
    expect(share.weeks!.counts.reduce((sum, count) => sum + count, 0)).toBe(summary.dated);
    expect(share.bursts.map((burst) => burst.label)).toEqual(labels);
    expect(share.checks).toEqual([
      { scope: { kind: 'all' }, population: summary.total, drawn: 96, checked: 96, fake: 8, unsure: 8 },
    ]);
    const json = JSON.stringify(share);
    for (const account of state.samples[0]!.accounts) expect(json).not.toContain(account.name);
    expect(Object.keys(share).sort()).toEqual(['bursts', 'checks', 'platform', 'total', 'weeks']);
  });

  it('leaves out samples with no answer yet, and gives nothing for an empty export', () => {
    const unanswered = withSample(
      { summary, labels: {}, samples: [] },
      { scope: { kind: 'all' }, ...drawSample(reading, { kind: 'all' }, 10) },
      0.1,
    );
    expect(historyShareOf(unanswered)!.checks).toEqual([]);
    expect(historyShareOf({ ...unanswered, summary: { ...summary, total: 0 } })).toBeUndefined();
  });
});

describe('a history link', () => {
  it(`for two years of weekly history with 3 labelled bursts and a hand check is ${twoYearsBytes} bytes, under ${MAX_HISTORY_LINK}`, async ({
    annotate,
  }) => {
    await annotate(`two years of weekly history: ${twoYearsBytes} bytes of fragment`);
    expect(twoYearsBytes).toBeLessThan(MAX_HISTORY_LINK);
    // A fragment is for the page alone: nothing but base64url after the prefix.
    expect(twoYears).toMatch(/^#history=[A-Za-z0-9_-]+$/);
  });

  it('opens the same summary it was made from', async () => {
    expect(await decodeHistoryLink(twoYears)).toEqual({ share });
  });

  it('round-trips any summary the reader accepts', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryShare, async (shared) => {
        expect(readHistoryShare(JSON.parse(JSON.stringify(shared)))).toEqual(shared);
        expect(await decodeHistoryLink(await fragmentOf(shared))).toEqual({ share: shared });
      }),
      { numRuns: 150 },
    );
  });

  it('is no link at all without #history=', async () => {
    expect(await decodeHistoryLink('')).toEqual({});
    expect(await decodeHistoryLink('#get-your-export')).toEqual({});
  });
});

describe('a damaged, forged, too long or old link', () => {
  const damaged = { notice: DAMAGED_HISTORY_LINK_NOTICE };

  it('is refused when cut short, altered or not base64url', async () => {
    for (const fragment of [
      twoYears.slice(0, -12),
      twoYears.slice(0, 40),
      `${twoYears.slice(0, 30)}${twoYears[30] === 'A' ? 'B' : 'A'}${twoYears.slice(31)}`,
      `${twoYears}AAAA`,
      '#history=',
      '#history=AQ',
      `#history=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      '#history=AQ==',
      `${twoYears})`,
    ])
      expect(await decodeHistoryLink(fragment), fragment.slice(0, 60)).toEqual(damaged);
  });

  it('is refused when the bytes inflate but are not a summary', async () => {
    for (const value of [
      'not json',
      '\u00ff\u00fe',
      [],
      null,
      { ...share, names: ['fern.bakes'] },
      JSON.parse(`{"__proto__": 1, ${JSON.stringify(share).slice(1)}`),
    ])
      expect(await decodeHistoryLink(await forge(value))).toEqual(damaged);
  });

  it('refuses numbers the page could not have written', () => {
    const weeks = share.weeks!;
    const [first, second] = share.bursts as [SharedBurst, SharedBurst];
    const check = share.checks[0]!;
    const forged: unknown[] = [
      { ...share, platform: 'linkedin' },
      { ...share, platform: 'constructor' },
      { ...share, total: 0 },
      { ...share, total: 2_000_001 },
      { ...share, total: 4.5 },
      { ...share, total: '4200' },
      { ...share, weeks: { ...weeks, counts: weeks.counts.slice(1) } },
      { ...share, weeks: { ...weeks, counts: [...weeks.counts.slice(0, -1), -1] } },
      { ...share, weeks: { ...weeks, counts: [...weeks.counts.slice(0, -1), 0] } },
      { ...share, weeks: { ...weeks, counts: weeks.counts.map(() => share.total) } },
      { ...share, weeks: { ...weeks, last: weeks.first - 1 } },
      { ...share, weeks: { ...weeks, first: 1 } },
      { ...share, weeks: { ...weeks, extra: 1 } },
      { ...share, weeks: undefined },
      { ...share, bursts: [second, first] },
      { ...share, bursts: [first, first] },
      { ...share, bursts: Array.from({ length: 9 }, () => first) },
      { ...share, bursts: [{ ...first, label: 'bought' }] },
      { ...share, bursts: [{ ...first, label: '<b>x</b>' }] },
      { ...share, bursts: [{ ...first, end: first.start - 1 }] },
      { ...share, bursts: [{ ...first, start: weeks.first - 1 }] },
      { ...share, bursts: [{ ...first, arrived: share.total }] },
      { ...share, bursts: [{ ...first, arrived: 0 }] },
      { ...share, bursts: [{ ...first, minutes: 1e9 }] },
      { ...share, bursts: [{ ...first, usual: 1.5 }] },
      { ...share, checks: [{ ...check, checked: check.drawn + 1 }] },
      { ...share, checks: [{ ...check, fake: check.checked - check.unsure + 1 }] },
      { ...share, checks: [{ ...check, drawn: 1001, checked: 1000, population: share.total }] },
      { ...share, checks: [{ ...check, population: share.total + 1 }] },
      { ...share, checks: [{ ...check, checked: 0, fake: 0, unsure: 0 }] },
      { ...share, checks: [check, check] },
      { ...share, checks: [check, check, check] },
      { ...share, checks: [{ ...check, scope: { kind: 'burst', start: first.start, end: first.end + 1 } }] },
      { ...share, checks: [{ ...check, scope: { kind: 'all', start: 1 } }] },
      { ...share, checks: [{ ...check, name: 'fern.bakes' }] },
    ];
    for (const value of forged)
      expect(readHistoryShare(value), JSON.stringify(value).slice(0, 200)).toBeUndefined();
    // The same numbers, well formed, are read: the reader cannot tell a made-up history from a real one.
    expect(
      readHistoryShare({
        ...share,
        checks: [
          check,
          {
            ...check,
            scope: { kind: 'burst', start: first.start, end: first.end },
            population: first.arrived,
          },
        ],
      }),
    ).toBeDefined();
  });

  it(`is refused, with its own notice, over ${MAX_HISTORY_LINK} characters`, async () => {
    expect(await decodeHistoryLink(`#history=A${'A'.repeat(MAX_HISTORY_LINK)}`)).toEqual({
      notice: LONG_HISTORY_LINK_NOTICE,
    });
    expect(LONG_HISTORY_LINK_NOTICE).toContain('8,192 characters');
    // At the cap it is read (and, being made up, refused as damaged); one more and it is not read at all.
    const atCap = `#history=AQ${'A'.repeat(MAX_HISTORY_LINK - 11)}`;
    expect(atCap).toHaveLength(MAX_HISTORY_LINK);
    expect(await decodeHistoryLink(atCap)).toEqual(damaged);
    expect(await decodeHistoryLink(`${atCap}A`)).toEqual({ notice: LONG_HISTORY_LINK_NOTICE });
  });

  it('holds the largest history the reader accepts well under the cap', async ({ annotate }) => {
    // 1,600 weeks of counts as random as two million followers allow, 8 labelled bursts and 2 hand checks.
    const random = mulberry32(9);
    const counts = Array.from({ length: MAX_SHARED_WEEKS }, () => 1 + Math.floor(random() * 1_249));
    const first = 14_000;
    const monday = mondayOf(first);
    const bursts = Array.from({ length: 8 }, (_, index): SharedBurst => {
      const start = monday + 7 * (100 * index + 3) + 2;
      counts[100 * index + 3] = 1_249;
      return {
        start,
        end: start + 3,
        arrived: 1_200 + index,
        usual: 97,
        minutes: 2_345,
        label: 'unexplained',
      };
    });
    const burst = bursts[7]!;
    const largest: HistoryShare = {
      platform: 'instagram',
      total: 2_000_000,
      weeks: { first, last: monday + 7 * (MAX_SHARED_WEEKS - 1) + 6, counts },
      bursts,
      checks: [
        { scope: { kind: 'all' }, population: 1_999_999, drawn: 1_000, checked: 999, fake: 333, unsure: 111 },
        {
          scope: { kind: 'burst', start: burst.start, end: burst.end },
          population: burst.arrived,
          drawn: 999,
          checked: 998,
          fake: 444,
          unsure: 222,
        },
      ],
    };
    const fragment = await fragmentOf(largest);
    await annotate(`the largest history the reader accepts: ${fragment.length} bytes of fragment`);
    expect(fragment.length).toBeLessThan(MAX_HISTORY_LINK);
    expect(await decodeHistoryLink(fragment)).toEqual({ share: largest });
  });

  it('is refused when it inflates past the cap, so a small link cannot fill memory', async () => {
    const bomb = await forge(`{"platform":"x","total":1,"bursts":[],"checks":[]${' '.repeat(200_000)}}`);
    expect(bomb.length).toBeLessThan(MAX_HISTORY_LINK);
    expect(await decodeHistoryLink(bomb)).toEqual(damaged);
  });

  it('from another version is refused with its own notice', async () => {
    for (const version of [0, 2, 255])
      expect(await decodeHistoryLink(await forge(share, version))).toEqual({
        notice: OTHER_VERSION_HISTORY_LINK_NOTICE,
      });
    expect(await decodeHistoryLink(await forge(share, 1))).toEqual({ share });
  });

  it('never makes a link the reader would refuse', async () => {
    expect(await encodeHistoryLink({ ...share, total: 1 })).toEqual({ unreadable: true });
  });
});

/** Any summary the page could share: weeks, ordered bursts inside them, at most one check of each kind. */
const arbitraryShare: fc.Arbitrary<HistoryShare> = fc
  .record({
    platform: fc.constantFrom('instagram', 'tiktok', 'x', 'facebook' as const),
    first: fc.integer({ min: 13_149, max: 46_000 }),
    counts: fc.array(fc.nat({ max: 5_000 }), { minLength: 1, maxLength: 160 }),
    lastOffset: fc.nat({ max: 6 }),
    extra: fc.nat({ max: 100_000 }),
    dated: fc.boolean(),
    bursts: fc.array(
      fc.record({
        at: fc.nat(),
        length: fc.nat({ max: 20 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        usual: fc.nat({ max: 5_000 }),
        minutes: fc.nat({ max: 1_440 }),
        label: fc.option(fc.constantFrom(...BURST_LABELS.map((label) => label.id)), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    checks: fc.array(
      fc.record({
        burst: fc.boolean(),
        population: fc.double({ min: 0, max: 1, noNaN: true }),
        drawn: fc.integer({ min: 1, max: 1_000 }),
        checked: fc.double({ min: 0, max: 1, noNaN: true }),
        fake: fc.double({ min: 0, max: 1, noNaN: true }),
        unsure: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 2 },
    ),
  })
  .map((raw): HistoryShare => {
    const counts = [...raw.counts];
    counts[0] = Math.max(1, counts[0]!);
    counts[counts.length - 1] = Math.max(1, counts.at(-1)!);
    const monday = mondayOf(raw.first);
    const weeks = {
      first: raw.first,
      last: Math.max(raw.first, monday + 7 * (counts.length - 1) + raw.lastOffset),
      counts,
    };
    const sum = counts.reduce((total, count) => total + count, 0);
    const total = sum + raw.extra;
    const bursts: SharedBurst[] = [];
    if (raw.dated) {
      let after = weeks.first - 1;
      for (const burst of raw.bursts) {
        const start = after + 1 + (burst.at % 30);
        const end = Math.min(weeks.last, start + burst.length);
        if (start > weeks.last) break;
        const around = counts
          .slice(Math.floor((start - monday) / 7), Math.floor((end - monday) / 7) + 1)
          .reduce((total, count) => total + count, 0);
        if (around === 0) continue;
        const arrived = Math.max(1, Math.round(burst.share * around));
        const minutes = Math.min(burst.minutes * (end - start + 1), (end - start + 2) * 1_440);
        bursts.push({
          start,
          end,
          arrived,
          usual: burst.usual,
          minutes,
          ...(burst.label ? { label: burst.label } : {}),
        });
        after = end;
      }
    }
    const checks: SharedHandCheck[] = [];
    for (const check of raw.checks) {
      const burst = check.burst ? bursts[0] : undefined;
      if (
        checks.some((other) => (other.scope.kind === 'burst') === Boolean(burst)) ||
        (check.burst && !burst)
      )
        continue;
      const population = Math.max(1, Math.round(check.population * (burst ? burst.arrived : total)));
      const drawn = Math.min(check.drawn, population);
      const checked = Math.max(1, Math.round(check.checked * drawn));
      const fake = Math.round(check.fake * checked);
      const unsure = Math.round(check.unsure * (checked - fake));
      const scope = burst
        ? { kind: 'burst' as const, start: burst.start, end: burst.end }
        : { kind: 'all' as const };
      checks.push({ scope, population, drawn, checked, fake, unsure });
    }
    return {
      platform: raw.platform,
      total,
      ...(raw.dated ? { weeks } : {}),
      bursts,
      checks,
    };
  });
