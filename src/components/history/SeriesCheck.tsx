import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { DAY_MS, formatDays } from '../../lib/history/arrivals';
import { MAX_SERIES_LINES, MAX_SERIES_TEXT, type SeriesReading } from '../../lib/history/series';
import { countOf, formatCount } from '../../lib/numbers/format';
import { localDraft, textFields } from '../../lib/parse/local-draft';
import { clip } from '../../lib/text/clip';
import { tameText, untouched, type TamedText } from '../../lib/text/tame';
import { CHANGE, DROP, PASTE, RESTORED, tamedNote, type TamedSource } from '../../lib/text/tame-note';
import { KeptNote } from '../shared/KeptNote';
import { insertTamed, tameBox } from '../shared/tamed-input';
import { ArrivalChart } from './ArrivalChart';
import { BurstList } from './BurstList';
import { seriesHeadline } from '../../lib/history/plain';
import type { SeriesRequest, SeriesResponse } from './series-protocol';
import { latestAnswer } from '../../lib/site/latest-answer';

// A longer text than the box keeps (kept before the bound, or by hand) comes back tamed, with a note.
const draft = localDraft('real-reach:follower-series', 1, textFields(['text']));
const SOMEONE_ELSE =
  'An ordinary cause is the likeliest: a giveaway, a mention by a bigger account or in the press, a paid promotion, or a post that spread. Ask the account’s owner what happened then. If they cannot say, treat that part of the count as doubtful and check a sample of their followers by hand.';
/** Line problems listed at most; the count says how many more. */
const SHOWN_ERRORS = 5;
// Long enough that a series is not read again for every key of a word being typed.
const DEBOUNCE_MS = 200;
const SERIES_LIMIT = `the box keeps at most ${formatCount(MAX_SERIES_TEXT)} characters`;
const FILE: TamedSource = { from: 'that file', of: 'the file' };

/** The reader's calendar day, as a day number: counts dated after it are flagged. */
function today(): number {
  const now = new Date();
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
}

/**
 * The series is read in a Web Worker, started on first input, so that reading 2,000 lines never holds up
 * typing. Answers to older text are dropped.
 */
function createSeriesReader(onReading: (reading: SeriesReading) => void, onFail: () => void) {
  const worker = latestAnswer<Omit<SeriesRequest, 'id'>, SeriesResponse>(
    () =>
      new Worker(new URL('./series.worker.ts', import.meta.url), { type: 'module', name: 'series-reader' }),
    (answer) => onReading(answer.reading),
    onFail,
  );
  return { read: (text: string) => worker.ask({ text, today: today() }), stop: worker.stop };
}

/**
 * For an account that is not the owner's (the influencer she may pay): a pasted or uploaded list of dates
 * and follower counts, and the same burst detection run on the day-to-day changes.
 */
export function SeriesCheck() {
  const id = useId();
  const [text, setText] = useState('');
  // What the last paste, drop, file or restore left out, said next to the field.
  const [note, setNote] = useState<string | undefined>(undefined);
  const [fileNote, setFileNote] = useState<string | undefined>(undefined);
  const [reading, setReading] = useState<SeriesReading | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  // Nothing is written before the first edit: opening the page only reads.
  const edited = useRef(false);
  const reader = useRef<ReturnType<typeof createSeriesReader> | undefined>(undefined);

  useEffect(() => {
    const stored = draft.read();
    if (stored) {
      const tamed = tameText(stored.text, MAX_SERIES_TEXT);
      setText(tamed.text);
      setNote(tamedNote(tamed, RESTORED, SERIES_LIMIT));
    }
    return () => reader.current?.stop();
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (edited.current) {
        if (text === '') draft.clear();
        // The text stays in the box whatever storage says: only keeping it past the page is lost.
        setUnsaved(text !== '' && !draft.write({ text }));
      }
      if (text.trim() === '') {
        setReading(undefined);
        return;
      }
      reader.current ??= createSeriesReader(setReading, () => setFailed(true));
      reader.current.read(text);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  function change(next: string, tamed?: TamedText, source?: TamedSource) {
    edited.current = true;
    setText(next);
    setNote(tamed && source && tamedNote(tamed, source, SERIES_LIMIT));
  }
  function insert(event: Event & { currentTarget: HTMLTextAreaElement }, given: string, source: TamedSource) {
    const tamed = insertTamed(event, given, MAX_SERIES_TEXT);
    if (tamed) change(event.currentTarget.value, tamed, source);
    else setNote(undefined);
  }

  const parsed = reading?.parsed;
  const changes = text.trim() === '' ? undefined : reading?.changes;
  const bursts = reading?.bursts ?? [];
  const errorText =
    !parsed || parsed.errors.length === 0
      ? undefined
      : `${parsed.errors
          .slice(0, SHOWN_ERRORS)
          .map((error) => `Line ${formatCount(error.line)} ${error.message}.`)
          .join(
            ' ',
          )}${parsed.errors.length > SHOWN_ERRORS ? ` And ${countOf(parsed.errors.length - SHOWN_ERRORS, 'more line')} like these.` : ''} ${parsed.points.length > 0 ? 'The other lines are used.' : 'No line has a date and a count to use.'}`;
  const limitText =
    parsed && parsed.linesLeftOut > 0
      ? `Only the first ${formatCount(MAX_SERIES_LINES)} lines are read: the other ${countOf(parsed.linesLeftOut, 'line')} ${parsed.linesLeftOut === 1 ? 'is' : 'are'} left out.`
      : undefined;
  const described = [
    `${id}-hint`,
    note && `${id}-note`,
    limitText && `${id}-limit`,
    errorText && `${id}-error`,
  ].filter(Boolean);

  async function load(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_SERIES_TEXT) {
      setFileNote(
        `${clip(file.name, 80)} is larger than ${formatCount(MAX_SERIES_TEXT)} bytes, more than the box keeps; a series of counts is much smaller. Nothing was changed.`,
      );
      return;
    }
    try {
      const tamed = tameText(await file.text(), MAX_SERIES_TEXT);
      change(tamed.text, tamed, FILE);
      setFileNote(`Loaded ${clip(file.name, 80)}. You can edit it below.`);
    } catch {
      setFileNote('The file could not be read. Nothing was changed.');
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} class="series-check">
      <h3 id={`${id}-title`}>Someone else’s account: follower counts over time</h3>
      <p>
        You cannot download an influencer’s export, but you can note their follower count every day or two, or
        copy a public tracker’s table. Paste one date and count per line and the same burst check runs on the
        changes.
      </p>
      <div class={`field${errorText ? ' has-error' : ''}`}>
        <label for={`${id}-text`}>Dates and follower counts, one pair per line</label>
        <p class="field-hint" id={`${id}-hint`}>
          For example <code>2026-03-12, 4,210</code> or <code>12 Mar 2026 4.2k</code>. Counts days apart are
          spread evenly over the days between. Up to {formatCount(MAX_SERIES_LINES)} lines are read, and the
          box keeps up to {formatCount(MAX_SERIES_TEXT)} characters.
        </p>
        <textarea
          id={`${id}-text`}
          rows={8}
          value={text}
          spellcheck={false}
          maxLength={MAX_SERIES_TEXT}
          aria-describedby={described.join(' ')}
          aria-invalid={errorText ? 'true' : undefined}
          onInput={(event) => {
            const tamed = tameBox(event.currentTarget, MAX_SERIES_TEXT);
            if (untouched(tamed)) change(tamed.text);
            else change(tamed.text, tamed, CHANGE);
          }}
          onPaste={(event) => insert(event, event.clipboardData?.getData('text/plain') ?? '', PASTE)}
          onDrop={(event) => insert(event, event.dataTransfer?.getData('text/plain') ?? '', DROP)}
        />
        {note && (
          <p class="field-hint" id={`${id}-note`} role="status">
            {note}
          </p>
        )}
        {limitText && (
          <p class="field-hint" id={`${id}-limit`}>
            {limitText}
          </p>
        )}
        {errorText && (
          <p class="field-error" id={`${id}-error`}>
            {errorText}
          </p>
        )}
        {failed && (
          <p class="field-error">
            The series could not be read here: your text is still in the box. Reload the page to try again.
          </p>
        )}
        <KeptNote unsaved={unsaved} canClear={text !== ''} onClear={() => change('')}>
          Clear the series
        </KeptNote>
      </div>
      <div class="field">
        <label for={`${id}-file`}>Or choose a CSV or text file of them</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onChange={(event) => void load(event.currentTarget.files?.[0])}
        />
        {fileNote && <p class="field-hint">{fileNote}</p>}
      </div>
      {changes ? (
        <div class="tool-result">
          <p class="headline">{seriesHeadline(bursts)}</p>
          <ArrivalChart
            daily={changes.daily}
            bursts={bursts.map((burst, index) => ({ start: burst.start, end: burst.end, number: index + 1 }))}
            what="Change in followers"
          />
          {changes.gaps.length > 0 && (
            <p class="meta">
              {countOf(changes.gaps.length, 'gap')} of more than a month between counts (
              {changes.gaps
                .slice(0, 3)
                .map((gap) => formatDays(gap.from, gap.to))
                .join('; ')}
              ): a burst inside one would be spread too thin to see.
            </p>
          )}
          {bursts.length === 0 ? (
            <p>A bought batch usually shows as a jump.</p>
          ) : (
            <BurstList bursts={bursts} adviceFor={() => SOMEONE_ELSE} />
          )}
        </div>
      ) : (
        <p class="meta">
          {parsed?.points.length === 1
            ? 'One count so far: add a second date to see the changes.'
            : 'The chart appears once there are two dated counts.'}
        </p>
      )}
    </section>
  );
}
