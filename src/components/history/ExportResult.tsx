import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { partsAdvice, type HistoryPlatform } from '../../lib/history/formats';
import { PLATFORM_NAMES } from '../../lib/platforms';
import { formatDays } from '../../lib/history/arrivals';
import { BURST_LABELS, type BurstLabel, type HistoryState } from '../../lib/history/state';
import type { SampleScope } from '../../lib/history/summary';
import type { BurstSummary, ExportSummary } from '../../lib/history/summary';
import { countedNumber, countedText } from '../../lib/history/bounds';
import { countOf, formatCount } from '../../lib/numbers/format';
import { burstShareText, exportHeadline } from '../../lib/history/plain';
import { followersInBursts } from '../../lib/stats/bursts';
import { ArrivalChart } from './ArrivalChart';
import { BurstReading } from './BurstList';
import { ShareHistory } from './ShareHistory';

const FORMAT_NAMES = { json: 'JSON', html: 'HTML', txt: 'text', js: 'JavaScript' } as const;

/** What the platform leaves out of its export, said where the result is read. */
const MISSING: Readonly<Record<HistoryPlatform, string>> = {
  instagram:
    'The export lists the people who follow you today. Anyone who has unfollowed, or whom Instagram has since removed, is not in it, so a bought batch the platform has already cleared away looks smaller here than it was.',
  tiktok:
    'The export lists the people who follow you today, with the day each followed. Accounts that left, or that TikTok removed, are not in it.',
  x: 'An X archive lists followers by account number only, with no names and no dates, so there is no history to chart. The sample below links to each account on X.',
  facebook:
    'The export gives display names and dates, not profile links, and lists only the people who follow you today. A Page’s export has no list of followers at all.',
};

function BurstItem({
  burst,
  number,
  label,
  onLabel,
  onSample,
}: {
  burst: BurstSummary;
  number: number;
  label: BurstLabel | undefined;
  onLabel: (label: BurstLabel) => void;
  onSample: () => void;
}) {
  const id = useId();
  return (
    <li class="burst" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        Burst {number}: {formatDays(burst.start, burst.end)}
      </h4>
      <BurstReading burst={burst} />
      <fieldset>
        <legend>What brought them?</legend>
        {BURST_LABELS.map((option) => (
          <label key={option.id} class="choice">
            <input type="radio" name={id} checked={label === option.id} onChange={() => onLabel(option.id)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <button type="button" class="button" onClick={onSample}>
        Check a sample of these {formatCount(burst.arrived)}
      </button>
    </li>
  );
}

function notesOf(summary: ExportSummary): string[] {
  const notes: string[] = [];
  if (summary.duplicates > 0)
    notes.push(
      `${countedText(summary.duplicates, 'account')} listed twice ${summary.duplicates === 1 ? 'was' : 'were'} counted once.`,
    );
  if (summary.unreadable > 0)
    notes.push(
      `${countedText(summary.unreadable, 'entry', 'entries')} could not be read and ${summary.unreadable === 1 ? 'is' : 'are'} left out.`,
    );
  if (summary.undatable > 0)
    notes.push(
      `${countedText(summary.undatable, 'date')} ${summary.undatable === 1 ? 'is' : 'are'} written in a language this page does not read yet, so ${summary.undatable === 1 ? 'that follower is' : 'those followers are'} left out of the chart. Ask for the JSON format next time: its dates are numbers.`,
    );
  if (summary.futureDates > 0)
    notes.push(
      `${countedText(summary.futureDates, 'follower')} ${summary.futureDates === 1 ? 'is' : 'are'} dated after today, which cannot be, so ${summary.futureDates === 1 ? 'that follower is' : 'those followers are'} left out of the chart. The file may have been changed since the platform wrote it.`,
    );
  if (summary.earlyDates > 0)
    notes.push(
      `${countedText(summary.earlyDates, 'follower')} ${summary.earlyDates === 1 ? 'is' : 'are'} dated before 2006, before any of these platforms let anyone follow, so ${summary.earlyDates === 1 ? 'that follower is' : 'those followers are'} left out of the chart.`,
    );
  if (summary.guessedList !== undefined)
    notes.push(
      `${summary.guessedList} was taken for your list of followers because its lines are laid out as TikTok’s lists are; this page does not know its name. If it lists the accounts you follow instead, these figures are about them.`,
    );
  if (summary.unsafeNames > 0)
    notes.push(
      `${countedText(summary.unsafeNames, 'entry', 'entries')} with names pointing outside the archive ${summary.unsafeNames === 1 ? 'was' : 'were'} refused.`,
    );
  if (summary.nulNames > 0)
    notes.push(
      `${countedText(summary.nulNames, 'entry', 'entries')} with a NUL character in ${summary.nulNames === 1 ? 'its name' : 'their names'}, which no file name can hold, ${summary.nulNames === 1 ? 'was' : 'were'} refused.`,
    );
  if (summary.otherPlatforms.length > 0)
    notes.push(
      `Lists from ${summary.otherPlatforms.map((platform) => PLATFORM_NAMES[platform]).join(' and ')} were chosen too; they were not read. Choose one platform’s export at a time.`,
    );
  // A count that stopped past its limit begins "more than": each note is a sentence.
  return notes.map((note) => note.charAt(0).toUpperCase() + note.slice(1));
}

export function ExportResult({
  state,
  onLabel,
  onSampleBurst,
  onStartAgain,
  children,
}: {
  state: HistoryState;
  onLabel: (start: number, label: BurstLabel) => void;
  onSampleBurst: (scope: SampleScope) => void;
  onStartAgain: () => void;
  children?: ComponentChildren;
}) {
  const { summary, labels } = state;
  const platform = PLATFORM_NAMES[summary.platform];
  const unexplained = summary.bursts.filter(
    (burst) => (labels[burst.start] ?? 'unexplained') === 'unexplained',
  );
  const share = followersInBursts(unexplained);
  const unlabelled = summary.bursts.filter((burst) => labels[burst.start] === undefined).length;
  const notes = notesOf(summary);
  const example = summary.example === true;
  return (
    <section class="tool-result export-result" aria-labelledby="export-result-title">
      <h3 id="export-result-title">What the export says</h3>
      <p class="headline">
        {exportHeadline({
          platform,
          total: summary.total,
          dated: summary.series !== undefined,
          bursts: summary.bursts.length,
          example,
        })}
      </p>
      {example && (
        <p class="notice">
          Its names, dates and bursts were made up to show how the check works: no real account is behind
          them, so none of its names links to a profile.
        </p>
      )}
      <p>
        Read from {summary.read.map((path) => path.split('/').pop()).join(', ')} (
        {summary.formats.map((format) => FORMAT_NAMES[format]).join(' and ')})
        {summary.following !== undefined &&
          `; ${example ? 'the example account follows' : 'you follow'} ${countedNumber(summary.following)}`}
        .
      </p>
      {summary.parts && <p class="notice">{partsAdvice(summary.parts)}</p>}
      {notes.length > 0 && (
        <ul class="export-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p class="meta">{MISSING[summary.platform]}</p>

      {summary.total === 0 ? (
        <p>The list of followers in this export is empty, so there is nothing to chart or check.</p>
      ) : summary.series ? (
        <>
          <h3>When they arrived</h3>
          <ArrivalChart
            daily={summary.series}
            bursts={summary.bursts.map((burst, index) => ({
              start: burst.start,
              end: burst.end,
              number: index + 1,
            }))}
          />
          {summary.dated < summary.total && (
            <p class="meta">
              {countOf(summary.total - summary.dated, 'follower')} without a date{' '}
              {summary.total - summary.dated === 1 ? 'is' : 'are'} not in the chart.
            </p>
          )}
          <h3>Bursts</h3>
          {summary.bursts.length === 0 ? (
            <p>
              No day stands out: your followers came at a steady pace. A bought batch usually shows as a
              burst, so this is a good sign, though it cannot rule out fakes that trickled in.
            </p>
          ) : (
            <>
              <p>
                Days when far more people followed than on the days around them (more than five times the
                usual spread above the median of the four weeks around, and at least ten more than usual; see
                the method).
              </p>
              <ol class="burst-list">
                {summary.bursts.map((burst, index) => (
                  <BurstItem
                    key={burst.start}
                    burst={burst}
                    number={index + 1}
                    label={labels[burst.start]}
                    onLabel={(label) => onLabel(burst.start, label)}
                    onSample={() => onSampleBurst({ kind: 'burst', start: burst.start, end: burst.end })}
                  />
                ))}
              </ol>
              <p class="burst-share" role="status">
                {unexplained.length === 0
                  ? 'You have explained every burst. That leaves no burst to look into: the sample of all followers below is the check that remains.'
                  : burstShareText(
                      share,
                      summary.total,
                      unexplained.length === summary.bursts.length && unlabelled === summary.bursts.length,
                    )}
              </p>
              <p class="meta">
                The low end counts only the followers above the burst bar, the high end everyone who followed
                on those days, and the middle those beyond a usual day. A burst without a label counts as
                unexplained.
              </p>
            </>
          )}
        </>
      ) : (
        <p>
          This export has no follow dates{summary.platform === 'x' ? '' : ' that this page can read'}, so
          there is no history to chart. The sample of names below still works.
        </p>
      )}
      {summary.total > 0 && children}
      <ShareHistory state={state} />
      <p>
        <button type="button" class="button" onClick={onStartAgain}>
          Clear this export and its samples
        </button>
      </p>
    </section>
  );
}
