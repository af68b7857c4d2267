import type { HandAnswer } from '../../lib/estimator/hand/answers';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { SpotMargin, SpotSignId } from '../../lib/estimator/hand/spot-check';
import { HISTORY_STORAGE_KEY, savedHistory, setAsideReason } from '../../lib/history/saved';
import {
  afterRead,
  withAnswer,
  withComparison,
  withLabel,
  withoutSample,
  withSample,
  withSignToggled,
  type BurstLabel,
  type HistoryState,
} from '../../lib/history/state';
import type { ExportSummary, SampleScope } from '../../lib/history/summary';
import { formatPercent } from '../../lib/numbers/format';
import { clip } from '../../lib/text/clip';
import { NOT_KEPT } from '../../lib/site/not-kept';
import { ExportResult } from './ExportResult';
import { startHistoryWorker, type HistoryWorker } from './history-client';
import type { HistoryResponse } from './history-protocol';
import { HistoryHandCheck } from './HistoryHandCheck';
import { CompareExports, type ComparedNames } from './CompareExports';
import { ExamplePicker } from './ExamplePicker';
import { ReplaceNotice } from './ReplaceNotice';
import { SeriesCheck } from './SeriesCheck';
import { DropZone } from '../shared/DropZone';

const saved = savedHistory();

/** Why the check kept in this browser could not be read back, if it could not. */
function setAsideNow(): string | undefined {
  try {
    return setAsideReason(window.localStorage.getItem(HISTORY_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; share: number; label: string }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

export function FollowerHistory() {
  const inputId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [state, setState] = useState<HistoryState | undefined>(undefined);
  const [storageNotice, setStorageNotice] = useState<string | undefined>(undefined);
  // Why a check kept from an earlier visit could not be read back; it goes once another takes its place.
  const [setAside, setSetAside] = useState<string | undefined>(undefined);
  const [canDraw, setCanDraw] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [requested, setRequested] = useState<SampleScope | undefined>(undefined);
  // A different export, read while answered samples of the last one are kept: held until the owner says.
  const [pending, setPending] = useState<ExportSummary | undefined>(undefined);
  // Who left and who came, for the comparison on screen: shown, never stored.
  const [names, setNames] = useState<ComparedNames | undefined>(undefined);
  const [compareError, setCompareError] = useState<string | undefined>(undefined);
  const [comparing, setComparing] = useState(false);
  const run = useRef<HistoryWorker | undefined>(undefined);
  const latest = useRef(0);
  const stateRef = useRef<HistoryState | undefined>(undefined);
  // Whether the export being read is one of the site's made-up examples.
  const readingExample = useRef(false);
  // The margin chosen for the sample being drawn, kept until the worker sends the names.
  const pendingMargin = useRef<SpotMargin>(0.1);

  useEffect(() => {
    const stored = saved.read();
    if (stored) update(stored, false);
    else setSetAside(setAsideNow());
    return () => run.current?.stop();
  }, []);

  /** Keeps the check, and saves it in this browser unless told not to. */
  function update(next: HistoryState | undefined, store = true) {
    stateRef.current = next;
    setState(next);
    if (!store) return;
    setSetAside(undefined);
    if (!next) saved.clear();
    else if (!saved.write(next)) setStorageNotice(NOT_KEPT);
  }

  function onMessage(message: HistoryResponse) {
    if (message.run !== latest.current) return;
    if (message.type === 'progress') {
      setPhase((current) => (current.kind === 'reading' ? { ...current, share: message.share } : current));
    } else if (message.type === 'failed') {
      setDrawing(false);
      setPhase({ kind: 'failed', message: message.message });
    } else if (message.type === 'read') {
      setPhase({ kind: 'idle' });
      const summary = readingExample.current
        ? { ...message.summary, example: true as const }
        : message.summary;
      const next = afterRead(stateRef.current, summary);
      if ('pending' in next) {
        setPending(next.pending);
        return;
      }
      update(next.state);
      setCanDraw(summary.total > 0);
    } else if (message.type === 'compared' || message.type === 'compare-failed') {
      setComparing(false);
      const problem =
        message.type === 'compared'
          ? message.result.ok
            ? undefined
            : message.result.problem
          : message.message;
      setCompareError(problem);
      if (message.type !== 'compared' || !message.result.ok) return;
      const { comparison, leftNames, cameNames } = message.result;
      setNames({ left: leftNames, came: cameNames });
      change((state) => withComparison(state, comparison));
    } else {
      setDrawing(false);
      const current = stateRef.current;
      if (!current) return;
      const next = withSample(current, message, pendingMargin.current);
      if (next !== current) update(next);
    }
  }

  function stopRun(): number {
    run.current?.stop();
    run.current = undefined;
    setCanDraw(false);
    setDrawing(false);
    return ++latest.current;
  }

  function read(files: File[], example = false) {
    if (files.length === 0) return;
    const number = stopRun();
    readingExample.current = example;
    setPending(undefined);
    setNames(undefined);
    setCompareError(undefined);
    const label = clip(files.map((file) => file.name).join(', '), 80);
    setPhase({ kind: 'reading', share: 0, label });
    run.current = startHistoryWorker(onMessage);
    run.current.start(number, { type: 'read', files });
  }

  function cancel() {
    stopRun();
    setPhase({ kind: 'cancelled' });
  }

  function compare(files: File[]) {
    if (files.length === 0) return;
    if (!run.current) {
      setCompareError('Choose your export again first, then the one to compare it with.');
      return;
    }
    setComparing(true);
    setCompareError(undefined);
    setNames(undefined);
    run.current.send({ type: 'compare', files });
  }

  function draw(scope: SampleScope, margin: SpotMargin, size: number) {
    if (!run.current) return;
    pendingMargin.current = margin;
    setDrawing(true);
    run.current.send({ type: 'sample', scope, size });
  }

  /** Applies a change to the check, if there is one, and saves it. */
  function change(how: (state: HistoryState) => HistoryState) {
    const current = stateRef.current;
    if (current) update(how(current));
  }
  const answer = (index: number, position: number, value: HandAnswer) =>
    change((state) => withAnswer(state, index, position, value));
  const toggleSign = (index: number, position: number, sign: SpotSignId) =>
    change((state) => withSignToggled(state, index, position, sign));
  const discard = (index: number) => change((state) => withoutSample(state, index));
  const label = (start: number, value: BurstLabel) => change((state) => withLabel(state, start, value));

  const fileError = phase.kind === 'failed' ? phase.message : undefined;
  return (
    <div class="follower-history">
      {storageNotice && (
        <p class="notice" role="alert">
          {storageNotice}
        </p>
      )}
      <section aria-labelledby="own-export-title">
        <h3 id="own-export-title">Your own account: its data export</h3>
        <p>
          Every platform lets you download your own data, and the download lists your followers, most with the
          day they followed. Choose the ZIP as it came, or the follower files taken out of it;{' '}
          <a href="#get-your-export">how to get it</a> is below the tool. It is read on your device and never
          uploaded.
        </p>
        {setAside && (
          <p class="notice" role="status">
            Your saved follower history could not be read back, so it was set aside: {setAside}. It stays in
            this browser until you read an export, which takes its place.
          </p>
        )}
        <DropZone onFiles={read}>
          <label for={inputId}>Choose your export (ZIP, JSON, HTML, TXT or JS)</label>
          <p class="field-hint" id={`${inputId}-hint`}>
            Or drop it here. Instagram, TikTok, X (Twitter) and Facebook exports are recognised; you can
            choose several files at once.
          </p>
          <input
            id={inputId}
            type="file"
            multiple
            accept=".zip,.json,.html,.htm,.txt,.js,application/zip,application/json,text/html,text/plain"
            aria-describedby={`${inputId}-hint${fileError ? ` ${inputId}-error` : ''}`}
            aria-invalid={fileError ? 'true' : undefined}
            onChange={(event) => read([...(event.currentTarget.files ?? [])])}
          />
          {fileError && (
            <p class="field-error" id={`${inputId}-error`} role="alert">
              {fileError}
            </p>
          )}
          <ExamplePicker
            onFile={(file) => read([file], true)}
            onFailed={(message) => setPhase({ kind: 'failed', message })}
          />
        </DropZone>
        {phase.kind === 'reading' && (
          <div class="audit-progress">
            <progress max={1} value={phase.share} aria-label="Reading progress" />
            <button type="button" class="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
        {pending && state && (
          <ReplaceNotice
            pending={pending}
            current={state.summary}
            onReplace={() => {
              update({ summary: pending, labels: {}, samples: [] });
              setCanDraw(pending.total > 0);
              setPending(undefined);
            }}
            onKeep={() => {
              // The worker holds the new export's names: it goes, so no sample is drawn from the wrong list.
              stopRun();
              setPending(undefined);
            }}
          />
        )}
        <p role="status" class="audit-status">
          {phase.kind === 'reading'
            ? `Reading ${phase.label}… ${formatPercent(phase.share, 0)}`
            : phase.kind === 'cancelled'
              ? 'Reading cancelled. Choose the export to start again.'
              : ''}
        </p>
        {state && (
          <ExportResult
            state={state}
            onLabel={label}
            onSampleBurst={(scope) => {
              setRequested(scope);
              document.getElementById('name-sample-title')?.scrollIntoView({ block: 'start' });
            }}
            onStartAgain={() => {
              stopRun();
              setPending(undefined);
              update(undefined);
              setPhase({ kind: 'idle' });
            }}
          >
            <HistoryHandCheck
              example={state.summary.example === true}
              platform={state.summary.platform}
              total={state.summary.total}
              bursts={state.summary.bursts}
              samples={state.samples}
              requested={requested}
              canDraw={canDraw}
              drawing={drawing}
              onDraw={draw}
              onAnswer={answer}
              onToggleSign={toggleSign}
              onDiscard={discard}
            />
          </ExportResult>
        )}
        {state && (
          <CompareExports
            example={state.summary.example === true}
            comparison={state.comparison}
            names={names}
            error={compareError}
            comparing={comparing}
            onCompare={compare}
          />
        )}
      </section>
      <SeriesCheck />
    </div>
  );
}
