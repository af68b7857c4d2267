import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { AUDIT_PLATFORMS, type AuditPlatform } from '../../../lib/estimator/audit/plan';
import { auditNotes, holdsWork, type AuditNote } from '../../../lib/estimator/audit/saved';
import type { ColumnMapping } from '../../../lib/csv/columns';
import { SNIFF_BYTES, sniffCsvFile } from '../../../lib/csv/sniff';
import { formatCount } from '../../../lib/numbers/format';
import { clip } from '../../../lib/text/clip';
import type { DoubleSampleEstimate } from '../../../lib/stats/double-sampling';
import { startAuditWorker, type AuditWorker } from './audit-client';
import type { AuditResponse } from './audit-protocol';
import { AuditResult } from './AuditResult';
import { ColumnMapper } from './ColumnMapper';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { DropZone } from '../../shared/DropZone';
import { sitePath } from '../../../lib/site/path';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number; rows: number }
  | ({ kind: 'mapping' } & Extract<AuditResponse, { type: 'needs-mapping' }>)
  | ({ kind: 'done'; example: boolean } & Extract<AuditResponse, { type: 'done' }>)
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

const EXAMPLE_FILE = sitePath('/samples/followers-example.csv');
/** Where a file of follower profiles comes from; read December 2026. */
const X_FOLLOWERS_DOCS = 'https://docs.x.com/x-api/users/follows/introduction';

/**
 * The platform a file is scored as unless the owner says otherwise: the one of the audit she last worked on
 * (typed a count or answered, so that its note keeps it), or Instagram, where the bakery owner this site is written for keeps her followers.
 */
const lastPlatform = (): AuditPlatform => auditNotes.read()?.[0]?.platform ?? 'instagram';
/** File names are shown shortened: a name can be as long as the system allows. */
const MAX_FILE_NAME_CHARS = 80;

export function SampleAudit() {
  const inputId = useId();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [download, setDownload] = useState<{ url: string; name: string } | 'working' | undefined>(undefined);
  const [handEstimate, setHandEstimate] = useState<DoubleSampleEstimate | undefined>(undefined);
  // Notes from earlier visits (a follower count, a hand check), read after hydration: the page is static.
  const [notes, setNotes] = useState<AuditNote[]>([]);
  // Set when more files were dropped than one audit reads.
  const [dropNote, setDropNote] = useState<string | undefined>(undefined);
  const status = useRef<HTMLParagraphElement>(null);
  const run = useRef<AuditWorker | undefined>(undefined);
  // The number of the latest run: answers from any earlier one are dropped.
  const latest = useRef(0);
  // The number of the latest hand-check request: an estimate for earlier answers is dropped.
  const latestCheck = useRef(0);
  // Set when the owner asks to score the same file again: the new result's heading then takes the focus.
  const focusResult = useRef(false);
  // Whether the latest run reads the site's made-up example file.
  const runExample = useRef(false);
  // A worker started as soon as the panel opens, so the first file does not wait for its code to load.
  const ready = useRef<AuditWorker | undefined>(undefined);

  useEffect(() => setNotes((auditNotes.read() ?? []).filter(holdsWork)), [phase.kind]);
  useEffect(() => {
    ready.current = startAuditWorker(onWorkerMessage);
    return () => {
      run.current?.stop();
      ready.current?.stop();
    };
  }, []);
  useEffect(
    () => () => (typeof download === 'object' ? URL.revokeObjectURL(download.url) : undefined),
    [download],
  );

  function onWorkerMessage(message: AuditResponse) {
    if (message.run !== latest.current) return;
    if (message.type === 'progress')
      setPhase({ kind: 'running', fraction: message.fraction, rows: message.rows });
    else if (message.type === 'needs-mapping') setPhase({ ...message, kind: 'mapping' });
    else if (message.type === 'done') setPhase({ ...message, example: runExample.current, kind: 'done' });
    else if (message.type === 'failed') setPhase({ kind: 'failed', message: message.message });
    else if (message.type === 'exported')
      setDownload({ url: URL.createObjectURL(message.blob), name: 'followers-scored.csv' });
    else if (message.check === latestCheck.current) setHandEstimate(message.estimate);
  }

  /** Ends the current run, if any: its worker is terminated and anything it still sends is dropped. */
  function stopRun(): number {
    run.current?.stop();
    run.current = undefined;
    return ++latest.current;
  }

  async function start(
    chosen: File,
    options: { mapping?: ColumnMapping; platform?: AuditPlatform } = {},
    example = false,
  ) {
    const runNumber = stopRun();
    runExample.current = example;
    setDropNote(undefined);
    setFile(chosen);
    setDownload(undefined);
    setHandEstimate(undefined);
    latestCheck.current++;
    setPhase({ kind: 'running', fraction: 0, rows: 0 });
    let head: Uint8Array;
    try {
      head = new Uint8Array(await chosen.slice(0, SNIFF_BYTES).arrayBuffer());
    } catch {
      head = new Uint8Array(0);
    }
    // Another file was chosen, or the audit cancelled, while this one was being looked at.
    if (runNumber !== latest.current) return;
    const sniff =
      head.length === 0 && chosen.size > 0
        ? {
            ok: false as const,
            message: 'The file could not be read. Choose it again, or save a fresh copy.',
          }
        : sniffCsvFile(head, chosen.size);
    if (!sniff.ok) {
      setPhase({ kind: 'failed', message: sniff.message });
      return;
    }
    run.current = ready.current ?? startAuditWorker(onWorkerMessage);
    ready.current = undefined;
    run.current.start(runNumber, { type: 'audit', file: chosen, platform: lastPlatform(), ...options });
  }

  function cancel() {
    stopRun();
    setPhase({ kind: 'cancelled' });
    // The Cancel button is gone: the message that says what happened takes the focus.
    status.current?.focus();
    // The next file starts at once, as the first did.
    ready.current ??= startAuditWorker(onWorkerMessage);
  }

  async function useExample() {
    // A file chosen while the example downloads wins: it was the later choice.
    const asked = stopRun();
    const response = await fetch(EXAMPLE_FILE);
    const blob = await response.blob();
    if (asked !== latest.current) return;
    void start(new File([blob], 'followers-example.csv', { type: 'text/csv' }), {}, true);
  }

  function exportScored() {
    if (!file || phase.kind !== 'done' || !run.current || download === 'working') return;
    setDownload('working');
    run.current.send({ type: 'export', file, mapping: phase.mapping, platform: phase.platform });
  }

  const fileError = phase.kind === 'failed' ? phase.message : undefined;

  return (
    <div class="sample-audit">
      <DropZone
        onFiles={(files) => {
          if (!files[0]) return;
          void start(files[0]).then(() => {
            if (files.length > 1)
              setDropNote(
                `${formatCount(files.length)} files were dropped; only the first, ${clip(files[0]!.name, MAX_FILE_NAME_CHARS)}, is audited. Drop one file at a time.`,
              );
          });
        }}
      >
        <label for={inputId}>Choose a CSV file of follower profiles</label>
        <p class="field-hint" id={`${inputId}-hint`}>
          Or drop it here: one row per follower, with how many followers, following and posts each has. It is
          read on your device and never uploaded.
        </p>
        <input
          id={inputId}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          aria-describedby={`${inputId}-hint${fileError ? ` ${inputId}-error` : ''}`}
          aria-invalid={fileError ? 'true' : undefined}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            // Emptied at once, so that choosing the same file again (after Cancel, say) starts it again;
            // the audit's heading names the file.
            event.currentTarget.value = '';
            if (chosen) void start(chosen);
          }}
        />
        {fileError && (
          <p class="field-error" id={`${inputId}-error`} role="alert">
            {fileError}
          </p>
        )}
        <details>
          <summary>Where does such a file come from?</summary>
          <p>
            Not from the platforms’ own “download your data” files: Instagram’s, TikTok’s and Facebook’s list
            your followers’ names and the day each followed, not their counts. Read those with Follower
            history instead.
          </p>
          <p>
            On X (Twitter), the platform’s API lists an account’s followers with these counts, for a developer
            account (<a href={X_FOLLOWERS_DOCS}>X’s documentation of its followers list</a>, read December
            2026); its column names are recognised here. For Instagram, paid third-party tools collect the
            public profiles of an account’s followers into a CSV file. They work outside the platform’s own
            downloads, and some break its terms, so read them before you use one.
          </p>
        </details>
        <p>
          No file to hand?{' '}
          <button type="button" class="link-button" onClick={() => void useExample()}>
            Try it with an example file
          </button>
        </p>
      </DropZone>

      {notes.length > 0 && phase.kind !== 'done' && phase.kind !== 'running' && (
        <SavedNotes
          notes={notes}
          onForget={() => {
            auditNotes.clear();
            setNotes([]);
          }}
        />
      )}

      {phase.kind === 'running' && (
        <div class="audit-progress">
          <progress max={1} value={phase.fraction} aria-label="Audit progress" />
          <button type="button" class="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {dropNote && <p class="meta">{dropNote}</p>}
      <p role="status" class="audit-status" ref={status} tabIndex={-1}>
        {phase.kind === 'running'
          ? `Scoring ${file ? clip(file.name, MAX_FILE_NAME_CHARS) : 'the file'}… ${formatCount(phase.rows)} rows so far.`
          : phase.kind === 'cancelled'
            ? 'Audit cancelled. Nothing from that file was kept: choose a file to start again.'
            : ''}
      </p>

      {phase.kind === 'mapping' && file && (
        <ColumnMapper
          header={phase.header}
          initial={phase.mapping}
          platform={phase.platform}
          problems={phase.problems}
          onSubmit={(mapping, platform) => void start(file, { mapping, platform }, runExample.current)}
        />
      )}

      {phase.kind === 'done' && file && (
        <AuditResult
          outcome={phase.outcome}
          file={{ name: file.name, size: file.size }}
          milliseconds={phase.milliseconds}
          fileName={clip(file.name, MAX_FILE_NAME_CHARS)}
          download={download}
          onExport={exportScored}
          onPlatform={(platform) => {
            // The result is drawn anew: its heading takes the focus the button had.
            focusResult.current = true;
            void start(file, { mapping: phase.mapping, platform }, phase.example);
          }}
          focusHeading={focusResult}
          example={phase.example}
          handEstimate={handEstimate}
          onHandCheck={(sample) => {
            const check = ++latestCheck.current;
            if (sample) run.current?.send({ type: 'hand-check', sample, check });
            else setHandEstimate(undefined);
          }}
        />
      )}
    </div>
  );
}

/** What an earlier visit left of the owner's work on audits, and how to carry on with it or forget it. */
function SavedNotes({ notes, onForget }: { notes: AuditNote[]; onForget: () => void }) {
  return (
    <div class="notice" role="region" aria-label="Saved from an earlier visit">
      <p>Saved in this browser from an earlier visit:</p>
      <ul>
        {notes.map((note) => {
          const answered = Object.keys(note.handCheck?.answers ?? {}).length;
          const label = AUDIT_PLATFORMS.find((option) => option.id === note.platform)!.label;
          const platform = note.platform === 'other' ? label.toLowerCase() : label;
          const parts = [
            answered > 0 &&
              `your hand check, ${formatCount(answered)} of ${formatCount(note.handCheck!.accounts.length)} accounts answered`,
            note.followers !== '' && 'the follower count you typed',
          ].filter(Boolean);
          return (
            <li key={`${note.file.name}:${note.file.size}:${note.platform}`}>
              <strong>{clip(note.file.name, MAX_FILE_NAME_CHARS)}</strong>, scored as followers on {platform}:{' '}
              {parts.join(' and ')}.
            </li>
          );
        })}
      </ul>
      <p>The file itself is never kept: choose it again and the audit carries on where you left it.</p>
      <ConfirmButton
        label="Forget what was saved"
        question="Forget the saved answers and counts?"
        onConfirm={onForget}
      />
    </div>
  );
}
