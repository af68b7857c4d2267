import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { AuditSummary } from '../../lib/audit/summary';
import { PROFILE_FIELDS, type ColumnMapping, type ProfileField } from '../../lib/csv/columns';
import { SNIFF_BYTES, sniffCsvFile } from '../../lib/csv/sniff';
import { messageOnceTyped, parseCount } from '../../lib/numbers/count';
import { formatCount } from '../../lib/numbers/format';
import { extrapolateCount, wilsonInterval } from '../../lib/stats/proportion';
import { publishEstimate } from '../../stores/estimate';
import { TextField } from '../shared/TextField';
import { AuditRun } from './audit-client';
import type { AuditResponse } from './audit-protocol';
import { EstimateFigure } from './EstimateFigure';
import { ScoreHistogram } from './ScoreHistogram';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number; rows: number }
  | { kind: 'mapping'; header: string[]; mapping: ColumnMapping; problems: string[] }
  | { kind: 'done'; summary: AuditSummary; header: string[]; mapping: ColumnMapping; milliseconds: number }
  | { kind: 'failed'; message: string };

const EXAMPLE_FILE = '/samples/followers-example.csv';

export function SampleAudit() {
  const inputId = useId();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [download, setDownload] = useState<{ url: string; name: string } | 'working' | undefined>(undefined);
  const run = useRef<AuditRun | undefined>(undefined);

  useEffect(() => () => run.current?.stop(), []);
  useEffect(
    () => () => (typeof download === 'object' ? URL.revokeObjectURL(download.url) : undefined),
    [download],
  );

  function onWorkerMessage(message: AuditResponse) {
    if (message.type === 'progress')
      setPhase({ kind: 'running', fraction: message.fraction, rows: message.rows });
    else if (message.type === 'needs-mapping') setPhase({ kind: 'mapping', ...message });
    else if (message.type === 'done') setPhase({ kind: 'done', ...message });
    else if (message.type === 'failed') setPhase({ kind: 'failed', message: message.message });
    else if (message.type === 'exported')
      setDownload({ url: URL.createObjectURL(message.blob), name: 'followers-scored.csv' });
  }

  async function start(chosen: File, mapping?: ColumnMapping) {
    run.current?.stop();
    setFile(chosen);
    setDownload(undefined);
    const sniff = sniffCsvFile(new Uint8Array(await chosen.slice(0, SNIFF_BYTES).arrayBuffer()), chosen.size);
    if (!sniff.ok) {
      setPhase({ kind: 'failed', message: sniff.message });
      return;
    }
    setPhase({ kind: 'running', fraction: 0, rows: 0 });
    run.current = new AuditRun(onWorkerMessage);
    run.current.audit(chosen, mapping);
  }

  async function useExample() {
    const response = await fetch(EXAMPLE_FILE);
    const blob = await response.blob();
    void start(new File([blob], 'followers-example.csv', { type: 'text/csv' }));
  }

  function exportScored() {
    if (!file || phase.kind !== 'done' || !run.current || download === 'working') return;
    setDownload('working');
    run.current.exportScored(file, phase.mapping);
  }

  const fileError = phase.kind === 'failed' ? phase.message : undefined;

  return (
    <div class="sample-audit">
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const dropped = event.dataTransfer?.files[0];
          if (dropped) void start(dropped);
        }}
      >
        <label for={inputId}>Choose a CSV file of follower profiles</label>
        <p class="field-hint" id={`${inputId}-hint`}>
          Or drop it here. Exports of the X (Twitter) API and common Instagram export tools are recognised.
          The file is read on your device and never uploaded.
        </p>
        <input
          id={inputId}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          aria-describedby={`${inputId}-hint${fileError ? ` ${inputId}-error` : ''}`}
          aria-invalid={fileError ? 'true' : undefined}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            if (chosen) void start(chosen);
          }}
        />
        {fileError && (
          <p class="field-error" id={`${inputId}-error`} role="alert">
            {fileError}
          </p>
        )}
        <p>
          No file to hand?{' '}
          <button type="button" class="link-button" onClick={() => void useExample()}>
            Try it with an example file
          </button>
        </p>
      </div>

      {phase.kind === 'running' && (
        <div class="audit-progress">
          <progress max={1} value={phase.fraction} aria-label="Audit progress" />
          <p role="status">Scoring… {formatCount(phase.rows)} rows so far.</p>
        </div>
      )}

      {phase.kind === 'mapping' && file && (
        <ColumnMapper
          header={phase.header}
          initial={phase.mapping}
          problems={phase.problems}
          onSubmit={(mapping) => void start(file, mapping)}
        />
      )}

      {phase.kind === 'done' && (
        <AuditResult
          summary={phase.summary}
          milliseconds={phase.milliseconds}
          fileName={file?.name ?? ''}
          download={download}
          onExport={exportScored}
        />
      )}
    </div>
  );
}

const secondsText = (milliseconds: number) =>
  milliseconds < 100 ? 'under a tenth of a second' : `${(milliseconds / 1000).toFixed(1)} seconds`;

function ColumnMapper({
  header,
  initial,
  problems,
  onSubmit,
}: {
  header: string[];
  initial: ColumnMapping;
  problems: string[];
  onSubmit: (mapping: ColumnMapping) => void;
}) {
  const [mapping, setMapping] = useState<ColumnMapping>(initial);
  const id = useId();
  return (
    <form
      class="tool-form column-mapper"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(mapping);
      }}
    >
      <h3 id={`${id}-title`}>Match the columns by hand</h3>
      <div role="alert">
        <p>The columns of this file were not all recognised, so nothing has been scored yet.</p>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
      <p class="meta">
        Pick the column that holds each piece of information. Leave out what the file does not have.
      </p>
      {PROFILE_FIELDS.map(({ field, label, help }) => (
        <div class="field" key={field}>
          <label for={`${id}-${field}`}>{label}</label>
          <select
            id={`${id}-${field}`}
            aria-describedby={`${id}-${field}-help`}
            value={mapping[field] === undefined ? '' : String(mapping[field])}
            onChange={(event) => setMapping(withColumn(mapping, field, event.currentTarget.value))}
          >
            <option value="">Not in this file</option>
            {header.map((name, index) => (
              <option key={index} value={String(index)}>
                {name || `Column ${index + 1}`}
              </option>
            ))}
          </select>
          <p class="field-hint" id={`${id}-${field}-help`}>
            {help}
          </p>
        </div>
      ))}
      <button type="submit" class="button primary">
        Score the file with these columns
      </button>
    </form>
  );
}

/** A column serves one field only: choosing it for one field takes it away from any other. */
function withColumn(mapping: ColumnMapping, field: ProfileField, value: string): ColumnMapping {
  const next: ColumnMapping = {};
  const column = value === '' ? undefined : Number(value);
  for (const [key, index] of Object.entries(mapping) as [ProfileField, number][]) {
    if (key !== field && index !== column) next[key] = index;
  }
  if (column !== undefined) next[field] = column;
  return next;
}

function AuditResult({
  summary,
  milliseconds,
  fileName,
  download,
  onExport,
}: {
  summary: AuditSummary;
  milliseconds: number;
  fileName: string;
  download: { url: string; name: string } | 'working' | undefined;
  onExport: () => void;
}) {
  const id = useId();
  const saveLink = useRef<HTMLAnchorElement>(null);
  const [totalText, setTotalText] = useState('');
  const total = parseCount(totalText, { label: 'followers', max: 1_000_000_000 });
  const estimate =
    summary.scored > 0 ? wilsonInterval(summary.counts['likely-fake'], summary.scored) : undefined;
  const totalFollowers = total.ok ? total.value : undefined;
  const implied = estimate && totalFollowers ? extrapolateCount(estimate, totalFollowers) : undefined;

  // The file is ready a moment after the click that asked for it: start the download then.
  useEffect(() => {
    if (typeof download === 'object') saveLink.current?.click();
  }, [download]);

  useEffect(() => {
    if (estimate)
      publishEstimate({
        label: `Sample audit of ${formatCount(summary.scored)} profiles`,
        fakeShare: estimate,
        ...(totalFollowers ? { followers: totalFollowers } : {}),
      });
  }, [summary, totalFollowers]);

  return (
    <section class="tool-result" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Audit of {fileName}</h3>
      <p role="status">
        Scored {formatCount(summary.scored)} of {formatCount(summary.rows)} rows in{' '}
        {secondsText(milliseconds)}.
      </p>
      {estimate ? (
        <>
          <EstimateFigure estimate={estimate} />
          <p>
            {formatCount(summary.counts['likely-fake'])} profiles look likely fake,{' '}
            {formatCount(summary.counts.suspicious)} suspicious and{' '}
            {formatCount(summary.counts['looks-real'])} look real. The share counts only the likely fake ones.
          </p>
          <TextField
            label="Total followers of the account (optional)"
            hint="If this file is a sample, enter the full follower count to see how many fakes that implies."
            value={totalText}
            onInput={setTotalText}
            error={messageOnceTyped(totalText, total)}
            inputMode="numeric"
          />
          {implied && totalFollowers && (
            <p>
              Across {formatCount(totalFollowers)} followers that suggests about{' '}
              <strong>{formatCount(implied.count)}</strong> fake followers, between {formatCount(implied.low)}{' '}
              and {formatCount(implied.high)}.
            </p>
          )}
          <ScoreHistogram histogram={summary.histogram} />
          <h4 id={`${id}-suspects`}>The most suspicious accounts</h4>
          <ol class="suspects" aria-labelledby={`${id}-suspects`}>
            {summary.mostSuspicious.map((account) => (
              <li key={account.line}>
                <p>
                  <strong>{account.handle ? `@${account.handle}` : '(no name)'}</strong>{' '}
                  <span class="meta">
                    score {account.score}, line {formatCount(account.line)}
                  </span>
                </p>
                <p>{account.reasons.join('; ')}.</p>
              </li>
            ))}
          </ol>
          <p class="meta">
            Each sign has an innocent explanation too: new customers open new accounts, many real people never
            post or fill in a bio, and a giveaway or an advert brings in followers who stay quiet. A score is
            a reason to look, not proof.
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button"
              aria-disabled={download === 'working'}
              onClick={() => (typeof download === 'object' ? saveLink.current?.click() : onExport())}
            >
              {download === 'working' ? 'Preparing the scored CSV…' : 'Download the scored CSV'}
            </button>
            {typeof download === 'object' && (
              <a href={download.url} download={download.name} ref={saveLink}>
                Save it again
              </a>
            )}
          </div>
        </>
      ) : (
        <p role="alert" class="field-error">
          {summary.rows === 0
            ? 'The file has a header row but no followers under it, so there is nothing to score.'
            : 'None of the rows could be scored. The reasons are listed below.'}
        </p>
      )}
      {summary.skipped > 0 && (
        <details open={summary.scored === 0}>
          <summary>
            {formatCount(summary.skipped)} {summary.skipped === 1 ? 'row was' : 'rows were'} skipped
          </summary>
          <ul>
            {summary.skippedExamples.map((row) => (
              <li key={row.line}>
                Line {formatCount(row.line)}: {row.reason}
              </li>
            ))}
          </ul>
          {summary.skipped > summary.skippedExamples.length && (
            <p class="meta">Only the first {summary.skippedExamples.length} are listed.</p>
          )}
        </details>
      )}
    </section>
  );
}
