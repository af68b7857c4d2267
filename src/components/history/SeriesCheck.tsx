import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { formatDays } from '../../lib/history/arrivals';
import { MAX_SERIES_TEXT, parseSeries, seriesChanges } from '../../lib/history/series';
import { countOf, formatCount } from '../../lib/numbers/format';
import { localDraft, textFields } from '../../lib/parse/local-draft';
import { findBursts } from '../../lib/stats/bursts';
import { clip } from '../../lib/text/clip';
import { ArrivalChart } from './ArrivalChart';
import { BurstList } from './BurstList';
import { seriesHeadline } from '../../lib/history/plain';

const draft = localDraft('real-reach:follower-series', 1, textFields(['text'], MAX_SERIES_TEXT));
const SOMEONE_ELSE =
  'An ordinary cause is the likeliest: a giveaway, a mention by a bigger account or in the press, a paid promotion, or a post that spread. Ask the account’s owner what happened then. If they cannot say, treat that part of the count as doubtful and check a sample of their followers by hand.';
/** Line problems listed at most; the count says how many more. */
const SHOWN_ERRORS = 5;

/**
 * For an account that is not the owner's (the influencer she may pay): a pasted or uploaded list of dates
 * and follower counts, and the same burst detection run on the day-to-day changes.
 */
export function SeriesCheck() {
  const id = useId();
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState<string | undefined>(undefined);
  useEffect(() => {
    const stored = draft.read();
    if (stored) setText(stored.text);
  }, []);
  function change(next: string) {
    setText(next);
    if (next === '') draft.clear();
    else draft.write({ text: next });
  }
  const parsed = useMemo(() => parseSeries(text), [text]);
  const changes = useMemo(() => seriesChanges(parsed.points), [parsed]);
  const bursts = useMemo(() => {
    if (!changes) return [];
    const { firstDay, counts } = changes.daily;
    return findBursts(counts.map((count) => Math.max(0, count)))
      .slice(0, 8)
      .map((burst) => ({ ...burst, start: firstDay + burst.start, end: firstDay + burst.end }))
      .sort((a, b) => a.start - b.start);
  }, [changes]);
  const errorText =
    parsed.errors.length === 0
      ? undefined
      : `${parsed.errors
          .slice(0, SHOWN_ERRORS)
          .map((error) =>
            error.line === 0 ? error.message : `Line ${formatCount(error.line)} ${error.message}.`,
          )
          .join(
            ' ',
          )}${parsed.errors.length > SHOWN_ERRORS ? ` And ${countOf(parsed.errors.length - SHOWN_ERRORS, 'more line')} like these.` : ''} The other lines are used.`;

  async function load(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_SERIES_TEXT) {
      setFileNote(
        `${clip(file.name, 80)} is larger than 1 MB; a series of counts is much smaller. Nothing was changed.`,
      );
      return;
    }
    try {
      change(await file.text());
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
          spread evenly over the days between.
        </p>
        <textarea
          id={`${id}-text`}
          rows={8}
          value={text}
          spellcheck={false}
          aria-describedby={`${id}-hint${errorText ? ` ${id}-error` : ''}`}
          aria-invalid={errorText ? 'true' : undefined}
          onInput={(event) => change(event.currentTarget.value)}
        />
        {errorText && (
          <p class="field-error" id={`${id}-error`}>
            {errorText}
          </p>
        )}
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
      {text !== '' && (
        <button type="button" class="button" onClick={() => change('')}>
          Clear the series
        </button>
      )}
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
          {parsed.points.length === 1
            ? 'One count so far: add a second date to see the changes.'
            : 'The chart appears once there are two dated counts.'}
        </p>
      )}
    </section>
  );
}
