import { describe, expect, it } from 'vitest';
import { exampleExports } from '../../fixtures/synthetic-exports.mjs';
import { zipBuffer } from '../../fixtures/zip-writer.mjs';
import { readExport } from '../../../src/lib/history/read-export';
import { HISTORY_VERSION, parseHistoryState, setAsideReason } from '../../../src/lib/history/saved';
import type { HistoryState } from '../../../src/lib/history/state';
import { drawSample, summariseExport } from '../../../src/lib/history/summary';

const example = exampleExports()[0]!;
const reading = await readExport([new File([zipBuffer(example.entries)], example.file)]);
const summary = summariseExport(reading, example.file);

describe('summariseExport and drawSample', () => {
  it('finds the bought batch landing within hours and the giveaway spread over a day or more', () => {
    const [giveaway, bought] = summary.bursts;
    expect(summary.bursts).toHaveLength(2);
    expect(bought!.spanHours).toBeLessThan(5);
    expect(giveaway!.spanHours).toBeGreaterThan(12);
  });

  it('draws distinct names from the whole list or from one burst only', () => {
    const bought = summary.bursts[1]!;
    const all = drawSample(reading, { kind: 'all' }, 50);
    expect(all.population).toBe(summary.total);
    expect(new Set(all.accounts.map((account) => account.name)).size).toBe(50);
    const burst = drawSample(reading, { kind: 'burst', start: bought.start, end: bought.end }, 40);
    expect(burst.population).toBe(bought.arrived);
    expect(
      burst.accounts.every((account) => account.day! >= bought.start && account.day! <= bought.end),
    ).toBe(true);
    // The bought batch's handles are random letters and digits, not words.
    expect(burst.accounts.filter((account) => /^[a-z0-9]{8,12}$/.test(account.name)).length).toBeGreaterThan(
      35,
    );
  });
});

describe('parseHistoryState', () => {
  const state: HistoryState = {
    summary,
    labels: { [summary.bursts[0]!.start]: 'giveaway' },
    samples: [
      {
        scope: { kind: 'all' },
        population: summary.total,
        margin: 0.1,
        accounts: drawSample(reading, { kind: 'all' }, 3).accounts,
        answers: { 1: 'real', 3: 'fake' },
        signs: { 3: ['few-followers'] },
      },
    ],
  };

  it('reads back exactly what was stored', () => {
    expect(parseHistoryState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('keeps the counts of impossible dates and NUL names, and reads a result saved before them as none', () => {
    const flagged: HistoryState = {
      ...state,
      summary: { ...summary, futureDates: 2, earlyDates: 1, nulNames: 3 },
    };
    expect(parseHistoryState(JSON.parse(JSON.stringify(flagged)))).toEqual(flagged);
    const older = JSON.parse(JSON.stringify(state)) as { summary: Record<string, unknown> };
    for (const key of ['futureDates', 'earlyDates', 'nulNames']) delete older.summary[key];
    expect(parseHistoryState(older)?.summary).toEqual(summary);
  });

  it('keeps the mark of a made-up example export, and nothing but true for it', () => {
    const example: HistoryState = { ...state, summary: { ...summary, example: true } };
    expect(parseHistoryState(JSON.parse(JSON.stringify(example)))).toEqual(example);
    const marked = JSON.parse(JSON.stringify(example)) as { summary: Record<string, unknown> };
    marked.summary['example'] = 'yes';
    expect(parseHistoryState(marked)).toBeUndefined();
  });

  it('drops anything unexpected: unknown keys, labels for bursts that are not there, answers out of range', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a stored copy, changed at will
    type Copy = Record<string, any>;
    const bad = (change: (copy: Copy) => void) => {
      const copy = JSON.parse(JSON.stringify(state)) as Copy;
      change(copy);
      expect(parseHistoryState(copy)).toBeUndefined();
    };
    bad((copy) => (copy['extra'] = 1));
    bad((copy) => (copy['labels'] = { 12345: 'giveaway' }));
    bad((copy) => (copy['labels'][summary.bursts[0]!.start] = 'bribe'));
    bad((copy) => (copy['samples'][0].answers = { 4: 'real' }));
    bad((copy) => (copy['samples'][0].accounts[0].name = '<b>'.repeat(50)));
    bad((copy) => (copy['summary'].platform = 'myspace'));
    bad((copy) => (copy['summary'].series.counts[3] = -1));
    bad((copy) => (copy['summary'].total = 1e12));
    bad((copy) => (copy['samples'] = [copy['samples'][0], copy['samples'][0], copy['samples'][0]]));
  });

  it('keeps a comparison’s counts, never names, and refuses one that could not be true', () => {
    const comparison = {
      platform: summary.platform,
      earlier: {
        label: 'a.zip',
        identity: { dated: 'file', account: 'fern.bakes', day: 20_532 },
        total: 3_013,
      },
      later: { label: 'b.zip', identity: { dated: 'latest-follow', day: 20_777 }, total: 3_378 },
      left: 820,
      came: 1_185,
      bursts: [{ start: 20_524, end: 20_524, arrived: 901, gone: 720 }],
      ordinary: { of: 1_765, gone: 85 },
      weekly: { firstDay: 20_300, before: [10, 901], still: [9, 181] },
    } as const;
    const compared = { ...state, comparison };
    expect(parseHistoryState(JSON.parse(JSON.stringify(compared)))).toEqual(compared);
    for (const forged of [
      { ...comparison, left: 4_000 },
      { ...comparison, bursts: [{ start: 20_524, end: 20_524, arrived: 10, gone: 11 }] },
      { ...comparison, weekly: { firstDay: 20_300, before: [10], still: [11] } },
      { ...comparison, earlier: { ...comparison.earlier, identity: { dated: 'file', account: '<b>' } } },
      { ...comparison, platform: 'x' },
      { ...comparison, names: ['fern'] },
    ])
      expect(parseHistoryState({ ...state, comparison: forged })).toBeUndefined();
  });

  it('keeps the sign that the list was only part of a download, and refuses a forged one', () => {
    const parted = { ...state, summary: { ...summary, parts: { missing: [1], lastFull: false } } };
    expect(parseHistoryState(JSON.parse(JSON.stringify(parted)))).toEqual(parted);
    for (const parts of [
      { missing: [0], lastFull: false },
      { missing: [], lastFull: 'yes' },
      { missing: [1] },
    ])
      expect(parseHistoryState({ ...parted, summary: { ...summary, parts } })).toBeUndefined();
  });
});

describe('setAsideReason', () => {
  const stored = (value: unknown, version = HISTORY_VERSION) => JSON.stringify({ version, value });
  const state: HistoryState = { summary, labels: {}, samples: [] };

  it('gives no reason for a check that reads back, or for nothing stored', () => {
    expect(setAsideReason(stored(state))).toBeUndefined();
    expect(setAsideReason(null)).toBeUndefined();
  });

  it('names what could not be read back: the version, the summary, a label, a sample, the comparison', () => {
    expect(setAsideReason(stored(state, 0))).toMatch(/^it was saved by another version of this page/);
    expect(setAsideReason('{"version":')).toMatch(/^it is not the text this page saves/);
    expect(setAsideReason(stored({ ...state, summary: { ...summary, total: -1 } }))).toMatch(
      /^its summary of the export holds a value this page never keeps, so it may have been changed by hand/,
    );
    expect(setAsideReason(stored({ ...state, labels: { 20000: 'giveaway' } }))).toMatch(
      /^a label of a burst/,
    );
    expect(setAsideReason(stored({ ...state, samples: [{}] }))).toMatch(/^a sample of names/);
    expect(setAsideReason(stored({ ...state, comparison: {} }))).toMatch(
      /^its comparison with another export/,
    );
  });
});
