import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftReport, Finding } from '../../lib/draft';

/*
 * What the checker found, as lists, with the improved draft to copy. A chunk of its own, fetched with the
 * checker's worker on first input, so the page's first view carries none of it.
 */

const SEVERITY_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/** How many characters of the improved draft the preview shows; the button copies all of it. */
const PREVIEW_MAX = 280;

export function DraftFindings({ report }: { report: DraftReport }) {
  const problems = report.findings.filter((finding) => finding.kind === 'problem');
  const good = report.findings.filter((finding) => finding.kind === 'good');
  return (
    <>
      {problems.length > 0 && (
        <>
          <h4>To fix</h4>
          <ul class="findings">
            {problems.map((finding) => (
              <FindingItem key={finding.id} finding={finding} />
            ))}
          </ul>
        </>
      )}
      {report.improved && <ImprovedDraft text={report.improved} />}
      {good.length > 0 && (
        <>
          <h4>Already good</h4>
          <ul class="findings">
            {good.map((finding) => (
              <FindingItem key={finding.id} finding={finding} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li class={`finding ${finding.kind} ${finding.severity ?? ''}`}>
      <p class="finding-title">
        {finding.severity && <span class="severity">{SEVERITY_LABELS[finding.severity]}</span>}{' '}
        <strong>{finding.title}</strong>
        {finding.evidence && (
          <>
            {' '}
            <span class="meta">
              in “<bdi>{finding.evidence}</bdi>”
            </span>
          </>
        )}
      </p>
      <p>{finding.reason}</p>
      {finding.better && (
        <p>
          <strong>Better:</strong> {finding.better}
        </p>
      )}
      {finding.rewrite && (
        <p>
          <strong>Rewrite:</strong> <bdi>{finding.rewrite.after}</bdi>
        </p>
      )}
    </li>
  );
}

/**
 * The draft with every rewrite in place, and a button that copies it. It says so next to the button, as the
 * site's copy-link buttons do (CopyLinkButton, which the draft checker does not import: shared with it, the
 * build would split it into a script file of its own on every page that uses it, past their budgets). A
 * polite live region rather than a second status, so the checker's summary stays its one status.
 */
function ImprovedDraft({ text }: { text: string }) {
  const [message, setMessage] = useState('');
  // When the clipboard refuses, the whole draft is shown, so it can be selected and copied by hand.
  const [whole, setWhole] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const characters = Array.from(text);
  const preview =
    !whole && characters.length > PREVIEW_MAX
      ? `${characters.slice(0, PREVIEW_MAX).join('').trimEnd()}…`
      : text;

  async function copy() {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      // Short enough to sit beside the button on a phone, so nothing below it moves.
      setMessage('Copied.');
    } catch {
      setWhole(true);
      setMessage('Could not copy automatically. Select the improved draft above and copy it.');
    }
    timer.current = window.setTimeout(() => setMessage(''), 8000);
  }

  return (
    <>
      <h4>Improved draft</h4>
      <p class="meta">Each rewrite in place, built from your own words by rules: a start to edit.</p>
      <blockquote dir="auto">
        <p>
          {preview.split('\n').map((line, index) => (
            <Fragment key={index}>
              {index > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      </blockquote>
      <div class="copy-link">
        <button type="button" class="button" onClick={() => void copy()}>
          Copy improved draft
        </button>
        <p aria-live="polite" class="copy-link-status">
          {message}
        </p>
      </div>
    </>
  );
}
