import { describe, expect, it } from 'vitest';
import {
  afterRead,
  withAnswer,
  withComparison,
  withLabel,
  withoutSample,
  withSample,
  withSignToggled,
  type HistoryState,
} from '../../../src/lib/history/state';
import { sampleScopeKey, sampleScopeText, type ExportSummary } from '../../../src/lib/history/summary';

const summary = (total: number, firstDay = 20_000): ExportSummary =>
  ({
    file: 'followers.zip',
    platform: 'instagram',
    format: 'json',
    total,
    series: { firstDay, counts: [3, 4, 5] },
    bursts: [],
  }) as unknown as ExportSummary;

const drawn = (kind: 'all' | 'burst', names: string[]) => ({
  scope:
    kind === 'all' ? ({ kind: 'all' } as const) : ({ kind: 'burst', start: 20_001, end: 20_002 } as const),
  population: 100,
  accounts: names.map((name) => ({ name })),
});

const empty: HistoryState = { summary: summary(100), labels: {}, samples: [] };

describe('afterRead', () => {
  it('keeps labels and samples when the same export is read again', () => {
    const state = withLabel(withSample(empty, drawn('all', ['a']), 0.1), 20_001, 'giveaway');
    const next = afterRead(state, summary(100));
    expect(next).toEqual({ state: { ...state, summary: summary(100) } });
  });

  it('starts afresh for another export when nothing was answered', () => {
    const state = withSample(empty, drawn('all', ['a']), 0.1);
    expect(afterRead(state, summary(250))).toEqual({
      state: { summary: summary(250), labels: {}, samples: [] },
    });
    expect(afterRead(undefined, summary(250))).toEqual({
      state: { summary: summary(250), labels: {}, samples: [] },
    });
  });

  it('waits for the owner before another export replaces answered samples', () => {
    const state = withAnswer(withSample(empty, drawn('all', ['a']), 0.1), 0, 1, 'fake');
    expect(afterRead(state, summary(250))).toEqual({ pending: summary(250) });
  });
});

describe('withSample', () => {
  it('puts the sample of all followers first and replaces one of the same kind', () => {
    let state = withSample(empty, drawn('burst', ['b1']), 0.1);
    state = withSample(state, drawn('all', ['a1']), 0.05);
    expect(state.samples.map((sample) => sample.scope.kind)).toEqual(['all', 'burst']);
    state = withSample(state, drawn('all', ['a2']), 0.15);
    expect(state.samples).toHaveLength(2);
    expect(state.samples[0]).toEqual({
      scope: { kind: 'all' },
      population: 100,
      margin: 0.15,
      accounts: [{ name: 'a2' }],
      answers: {},
      signs: {},
    });
  });

  it('keeps only the sample’s own fields from the worker’s message, and ignores an empty draw', () => {
    const message = { type: 'sample', run: 3, ...drawn('all', ['a']) };
    expect(Object.keys(withSample(empty, message, 0.1).samples[0]!).sort()).toEqual(
      ['accounts', 'answers', 'margin', 'population', 'scope', 'signs'].sort(),
    );
    expect(withSample(empty, drawn('all', []), 0.1)).toBe(empty);
  });
});

describe('answers, signs, labels', () => {
  const state = withSample(withSample(empty, drawn('all', ['a', 'b']), 0.1), drawn('burst', ['c']), 0.1);

  it('records an answer in the one sample named, and a changed mind replaces it', () => {
    const answered = withAnswer(withAnswer(state, 1, 1, 'real'), 1, 1, 'unsure');
    expect(answered.samples[1]!.answers).toEqual({ 1: 'unsure' });
    expect(answered.samples[0]!.answers).toEqual({});
    expect(withAnswer(state, 5, 1, 'fake')).toEqual(state);
  });

  it('ticks a sign and unticks it on a second toggle', () => {
    const ticked = withSignToggled(state, 0, 2, 'few-posts');
    expect(ticked.samples[0]!.signs).toEqual({ 2: ['few-posts'] });
    expect(withSignToggled(ticked, 0, 2, 'few-posts').samples[0]!.signs).toEqual({ 2: [] });
  });

  it('discards one sample and labels a burst by its first day', () => {
    expect(withoutSample(state, 0).samples.map((sample) => sample.scope.kind)).toEqual(['burst']);
    expect(withLabel(state, 20_001, 'press').labels).toEqual({ 20_001: 'press' });
  });
});

describe('sample scopes', () => {
  it('tells samples apart and names where they came from', () => {
    expect(sampleScopeKey({ kind: 'all' })).not.toBe(sampleScopeKey({ kind: 'burst', start: 1, end: 2 }));
    expect(sampleScopeText({ kind: 'all' }, 4_198)).toBe('all 4,198 followers');
    expect(sampleScopeText({ kind: 'burst', start: 20_000, end: 20_000 }, 10)).toMatch(
      /^the followers who came on /,
    );
  });
});

describe('withComparison', () => {
  it('keeps one comparison, replaces it, and drops it with another export', () => {
    const comparison = { left: 1 } as unknown as Parameters<typeof withComparison>[1];
    const compared = withComparison(empty, comparison);
    expect(compared.comparison).toBe(comparison);
    expect('comparison' in withComparison(compared, undefined)).toBe(false);
    const next = afterRead(compared, summary(250));
    expect('state' in next ? next.state.comparison : 'pending').toBeUndefined();
    const same = afterRead(compared, summary(100));
    expect('state' in same ? same.state.comparison : undefined).toBe(comparison);
  });
});
