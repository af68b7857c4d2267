/*
 * Follower history's state while the owner works on it: the summary of the export read, her labels for the
 * bursts and up to two samples of names with her answers. Every change is a pure function here, so the
 * component only decides when; saved.ts reads the same state back from storage.
 */
import type { HandAnswer } from '../estimator/hand/answers';
import type { ExportComparison } from './compare';
import type { SpotMargin, SpotSignId } from '../estimator/hand/spot-check';
import { sameSampleKind, type ExportSummary, type SampledAccount, type SampleScope } from './summary';

export interface ExportSample {
  scope: SampleScope;
  /** How many followers it was drawn from. */
  population: number;
  margin: SpotMargin;
  accounts: SampledAccount[];
  /** By position in `accounts`, from 1. */
  answers: Record<number, HandAnswer>;
  signs: Record<number, SpotSignId[]>;
}

/** What the owner says brought a burst. The innocent causes come first, as they do on the page. */
export const BURST_LABELS = [
  { id: 'giveaway', label: 'A giveaway or contest' },
  { id: 'press', label: 'A press article or a mention by a bigger account' },
  { id: 'paid', label: 'A paid campaign or advert' },
  { id: 'viral', label: 'A post that spread further than usual' },
  { id: 'other', label: 'Something else I know of' },
  { id: 'unexplained', label: 'I can’t explain it' },
] as const;
export type BurstLabel = (typeof BURST_LABELS)[number]['id'];

const LABEL_IDS: readonly unknown[] = BURST_LABELS.map((label) => label.id);
/** Whether a stored or shared value is one of the labels. */
export const isBurstLabel = (value: unknown): value is BurstLabel => LABEL_IDS.includes(value);

export interface HistoryState {
  summary: ExportSummary;
  /** By the burst's first day. */
  labels: Record<number, BurstLabel>;
  samples: ExportSample[];
  /** The last comparison with another export of the account: its counts only, never its names. */
  comparison?: ExportComparison | undefined;
}

/** The same export read again: its labels and samples still apply. */
export const sameExport = (a: ExportSummary, b: ExportSummary): boolean =>
  a.platform === b.platform &&
  a.total === b.total &&
  a.series?.firstDay === b.series?.firstDay &&
  a.series?.counts.length === b.series?.counts.length;

/**
 * The check after an export is read: the same export keeps its labels and samples; another one starts
 * afresh, unless answers given on the last one would be lost, when it waits (`pending`) for the owner to say.
 */
export function afterRead(
  previous: HistoryState | undefined,
  summary: ExportSummary,
): { state: HistoryState } | { pending: ExportSummary } {
  if (previous && sameExport(previous.summary, summary)) return { state: { ...previous, summary } };
  // Another export: a comparison made with the last one no longer describes what is shown.
  const answered = previous?.samples.some((sample) => Object.keys(sample.answers).length > 0);
  if (answered) return { pending: summary };
  return { state: { summary, labels: {}, samples: [] } };
}

/** Names drawn for a hand check, as the worker sends them. */
export interface DrawnSample {
  scope: SampleScope;
  population: number;
  accounts: SampledAccount[];
}

/**
 * A new sample in place of the one of the same kind: the sample of all followers first, then a burst's. An
 * empty draw changes nothing.
 */
export function withSample(state: HistoryState, drawn: DrawnSample, margin: SpotMargin): HistoryState {
  if (drawn.accounts.length === 0) return state;
  const others = state.samples.filter((sample) => !sameSampleKind(sample.scope, drawn.scope));
  const { scope, population, accounts } = drawn;
  const sample: ExportSample = { scope, population, margin, accounts, answers: {}, signs: {} };
  return { ...state, samples: drawn.scope.kind === 'all' ? [sample, ...others] : [...others, sample] };
}

function withChangedSample(
  state: HistoryState,
  index: number,
  change: (sample: ExportSample) => ExportSample,
): HistoryState {
  if (!state.samples[index]) return state;
  return { ...state, samples: state.samples.map((sample, at) => (at === index ? change(sample) : sample)) };
}

/** The owner's answer for the account at `position` (from 1) of sample `index`. */
export const withAnswer = (state: HistoryState, index: number, position: number, answer: HandAnswer) =>
  withChangedSample(state, index, (sample) => ({
    ...sample,
    answers: { ...sample.answers, [position]: answer },
  }));

/** A sign ticked, or unticked if it was ticked, for the account at `position` of sample `index`. */
export const withSignToggled = (state: HistoryState, index: number, position: number, sign: SpotSignId) =>
  withChangedSample(state, index, (sample) => {
    const ticked = sample.signs[position] ?? [];
    const next = ticked.includes(sign) ? ticked.filter((id) => id !== sign) : [...ticked, sign];
    return { ...sample, signs: { ...sample.signs, [position]: next } };
  });

export const withoutSample = (state: HistoryState, index: number): HistoryState => ({
  ...state,
  samples: state.samples.filter((_, at) => at !== index),
});

/** A comparison with another export, in place of the last one (or none). */
export const withComparison = (
  state: HistoryState,
  comparison: ExportComparison | undefined,
): HistoryState => {
  const { comparison: _previous, ...rest } = state;
  return comparison ? { ...rest, comparison } : rest;
};

/** What the owner says brought the burst that starts on day `start`. */
export const withLabel = (state: HistoryState, start: number, label: BurstLabel): HistoryState => ({
  ...state,
  labels: { ...state.labels, [start]: label },
});
