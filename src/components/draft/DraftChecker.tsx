import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { DraftReport } from '../../lib/draft';
import { PLATFORM_NAMES, PLATFORMS, type Platform } from '../../lib/platforms';
import { textDirection } from '../../lib/draft/direction';
import { MAX_KEPT_DRAFT } from '../../lib/draft/limits';
import { tameText, untouched, type TamedText } from '../../lib/text/tame';
import { CHANGE, DROP, PASTE, RESTORED, tamedNote, type TamedSource } from '../../lib/text/tame-note';
import { insertTamed, tameBox } from '../shared/tamed-input';
import { DEFAULT_DRAFT_PLATFORM, MAX_SAVED_CHARS, savedDraft } from '../../lib/draft/saved';
import type { DraftRequest, DraftResponse } from './draft-protocol';
import { latestAnswer } from '../../lib/site/latest-answer';
import { countOf, formatCount } from '../../lib/numbers/format';
import { NOT_KEPT } from '../../lib/site/not-kept';
import type { DraftFindings } from './DraftFindings';

const DRAFT_LIMIT = `a draft stops at ${formatCount(MAX_KEPT_DRAFT)} characters, far longer than any post`;

/**
 * The checker runs in a Web Worker, started on first input: its rule tables are most of its weight, and a
 * very long draft must not hold up typing. Answers to older text are dropped. The lists that show its
 * answers are fetched at the same time (DraftFindings).
 */
function createChecker(onReport: (report: DraftReport) => void, onFail: () => void) {
  const worker = latestAnswer<Omit<DraftRequest, 'id'>, DraftResponse>(
    () =>
      new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module', name: 'draft-checker' }),
    (answer) => onReport(answer.report),
    onFail,
  );
  return { check: (text: string, platform: Platform) => worker.ask({ text, platform }), stop: worker.stop };
}

// Long enough that the list does not flicker while a word is being typed.
const DEBOUNCE_MS = 250;

export default function DraftChecker() {
  const id = useId();
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>(DEFAULT_DRAFT_PLATFORM);
  const [report, setReport] = useState<DraftReport | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  // Why the draft is not kept in this browser, when it is not: too long to save, or storage refused it.
  const [notKept, setNotKept] = useState<'long' | 'refused' | undefined>(undefined);
  // What the last paste, drop or restore left out, said next to the field.
  const [pasteNote, setPasteNote] = useState<string | undefined>(undefined);
  // Nothing is written before the first edit: opening the page only reads.
  const edited = useRef(false);
  const checker = useRef<ReturnType<typeof createChecker> | undefined>(undefined);
  const [Findings, setFindings] = useState<typeof DraftFindings>();

  useEffect(() => {
    const saved = savedDraft.read();
    if (saved) {
      // A stored draft that breaks a bound (kept before the bound, or by hand) comes back tamed, and says so.
      const tamed = tameText(saved.text, MAX_KEPT_DRAFT);
      setText(tamed.text);
      setPlatform(saved.platform);
      setPasteNote(tamedNote(tamed, RESTORED, DRAFT_LIMIT));
    }
    return () => checker.current?.stop();
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      // The platform is kept with an empty draft too, so the next post starts where the last one went.
      if (edited.current)
        setNotKept(
          text.length > MAX_SAVED_CHARS
            ? 'long'
            : !savedDraft.write({ text, platform }) && text !== ''
              ? 'refused'
              : undefined,
        );
      if (text.trim() === '') {
        setReport(undefined);
        return;
      }
      if (!checker.current) {
        checker.current = createChecker(setReport, () => setLoadFailed(true));
        void import('./DraftFindings').then(
          (module) => setFindings(() => module.DraftFindings),
          () => setLoadFailed(true),
        );
      }
      checker.current.check(text, platform);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, platform]);

  /**
   * Text goes in as it is unless it would freeze the text box: runs of combining marks past Unicode's
   * Stream-Safe limit are cut, and the draft stops at MAX_KEPT_DRAFT characters. Either way the owner is told.
   */
  function took(value: string, tamed: TamedText | undefined, source: TamedSource) {
    edited.current = true;
    setText(value);
    setPasteNote(tamed && tamedNote(tamed, source, DRAFT_LIMIT));
  }
  function insert(event: Event & { currentTarget: HTMLTextAreaElement }, given: string, source: TamedSource) {
    const tamed = insertTamed(event, given, MAX_KEPT_DRAFT);
    if (tamed) took(event.currentTarget.value, tamed, source);
    else setPasteNote(undefined);
  }

  function clearDraft() {
    edited.current = true;
    savedDraft.clear();
    setText('');
    setPasteNote(undefined);
    setReport(undefined);
    setNotKept(undefined);
  }

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
            onChange={(event) => {
              edited.current = true;
              setPlatform(event.currentTarget.value as Platform);
            }}
          >
            {PLATFORMS.map((option) => (
              <option key={option} value={option}>
                {PLATFORM_NAMES[option]}
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
            dir={textDirection(text)}
            spellcheck
            maxLength={MAX_KEPT_DRAFT}
            value={text}
            aria-describedby={`${id}-hint ${id}-count${pasteNote ? ` ${id}-paste` : ''}`}
            onInput={(event) => {
              const tamed = tameBox(event.currentTarget, MAX_KEPT_DRAFT);
              if (untouched(tamed)) {
                edited.current = true;
                setText(tamed.text);
              } else took(tamed.text, tamed, CHANGE);
            }}
            onPaste={(event) => insert(event, event.clipboardData?.getData('text/plain') ?? '', PASTE)}
            onDrop={(event) => insert(event, event.dataTransfer?.getData('text/plain') ?? '', DROP)}
          />
          {pasteNote && (
            <p class="field-hint" id={`${id}-paste`} role="status">
              {pasteNote}
            </p>
          )}
          <p class="field-hint" id={`${id}-count`}>
            {stats
              ? `${formatCount(stats.weightedLength)} of ${formatCount(stats.limit)} characters · ${countOf(stats.hashtags, 'hashtag')} · ${countOf(stats.links, 'link')}${stats.checked === undefined ? '' : ` · only the first ${formatCount(stats.checked)} characters were checked`}`
              : 'Nothing to check yet.'}
          </p>
          <p class="field-hint draft-saved">
            <span>
              {notKept === 'refused'
                ? NOT_KEPT
                : notKept === 'long'
                  ? `This draft is longer than the ${formatCount(MAX_SAVED_CHARS)} characters this browser keeps, so it lasts until you leave.`
                  : 'Your draft is kept in this browser only, so a reload keeps it.'}
            </span>{' '}
            <button type="button" class="link-button" onClick={clearDraft} disabled={text === ''}>
              Clear draft
            </button>
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
        {report && Findings && <Findings report={report} />}
      </section>
    </div>
  );
}
