import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { DraftPlatform, DraftReport, Finding } from '../../lib/draft';
import { DRAFT_PLATFORMS } from '../../lib/draft/platforms';
import { formatCount } from '../../lib/numbers/format';

type CheckDraft = (text: string, platform: DraftPlatform) => DraftReport;

// The checker's rule tables are most of its weight; they load on first use, not with the page.
let checkerLoad: Promise<CheckDraft> | undefined;
const loadChecker = () =>
  (checkerLoad ??= import('../../lib/draft/check').then((module) => module.checkDraft));

// Long enough that the list does not flicker while a word is being typed.
const DEBOUNCE_MS = 250;

const SEVERITY_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export default function DraftChecker() {
  const id = useId();
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<DraftPlatform>('facebook');
  const [report, setReport] = useState<DraftReport | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    if (text.trim() === '') {
      setReport(undefined);
      return;
    }
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      loadChecker()
        .then((checkDraft) => ticket === latest.current && setReport(checkDraft(text, platform)))
        .catch(() => setLoadFailed(true));
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, platform]);

  const problems = report?.findings.filter((finding) => finding.kind === 'problem') ?? [];
  const good = report?.findings.filter((finding) => finding.kind === 'good') ?? [];
  const stats = report?.stats;
  const summary = !report
    ? ''
    : problems.length === 0
      ? `No problems found${good.length ? `, and ${good.length} good ${good.length === 1 ? 'point' : 'points'}` : ''}.`
      : `${problems.length} ${problems.length === 1 ? 'thing' : 'things'} to fix${good.length ? `, ${good.length} good` : ''}.`;

  return (
    <div class="draft-checker">
      <div class="tool-form" role="group" aria-label="Check a draft">
        <div class="field">
          <label for={`${id}-platform`}>Where will you post it?</label>
          <select
            id={`${id}-platform`}
            value={platform}
            onChange={(event) => setPlatform(event.currentTarget.value as DraftPlatform)}
          >
            {DRAFT_PLATFORMS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-text`}>Your draft</label>
          <p class="field-hint" id={`${id}-hint`}>
            Paste or type the post. It is checked on this device as you type and never sent anywhere.
          </p>
          <textarea
            id={`${id}-text`}
            rows={7}
            dir="auto"
            spellcheck
            value={text}
            aria-describedby={`${id}-hint ${id}-count`}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <p class="field-hint" id={`${id}-count`}>
            {stats
              ? `${formatCount(stats.weightedLength)} of ${formatCount(stats.limit)} characters · ${stats.hashtags} ${stats.hashtags === 1 ? 'hashtag' : 'hashtags'} · ${stats.links} ${stats.links === 1 ? 'link' : 'links'}`
              : 'Nothing to check yet.'}
          </p>
        </div>
      </div>

      <section class="tool-result" aria-labelledby={`${id}-result`}>
        <h3 id={`${id}-result`}>What the checker found</h3>
        <p role="status">
          {loadFailed
            ? 'The checker could not load. Your draft is still here: check your connection, copy it, then reload the page.'
            : summary}
        </p>
        {!report && !loadFailed && (
          <p class="meta">
            Findings appear here as you type: engagement bait platforms demote, clickbait, shouting, hashtags,
            length, and what the post already does well.
          </p>
        )}
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
      </section>
    </div>
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
    </li>
  );
}
