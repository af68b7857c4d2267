import { useState } from 'preact/hooks';
import { RETEST_DAYS, retestCalendar } from '../../lib/quiz/calendar';
import type { QuizForm } from '../../lib/quiz/forms';
import { addDays, dayInWords } from '../../lib/quiz/history';
import { encodeQuizShare } from '../../lib/quiz/share-state';
import { sitePath } from '../../lib/site/path';

interface Props {
  /** The form not played last: the retest's posts. */
  form: QuizForm;
  /** Today, as the local calendar day YYYY-MM-DD. */
  today: string;
}

/** Saves a file the browser made, without sending anything anywhere. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Retest in a week": a calendar file for the day, holding only that day and the link to the posts not seen
 * yet. A week on, the first play's posts have faded, so the retest shows judgement rather than memory.
 */
export function RetestOffer({ form, today }: Props) {
  const [saved, setSaved] = useState('');
  const day = addDays(today, RETEST_DAYS);
  const link = `${window.location.origin}${sitePath('/tools/would-you-click/')}${encodeQuizShare({ form, challenge: false })}`;
  return (
    <section class="quiz-retest" aria-labelledby="quiz-retest-title">
      <h4 id="quiz-retest-title">Retest in a week</h4>
      <p>
        A second play shows whether you have learned to tell bait from good posts, or only to scroll past
        more. The retest uses form {form.toUpperCase()}: other posts, matched to these, so it tests judgement
        rather than memory.
      </p>
      <button
        type="button"
        class="button primary"
        onClick={() => {
          download('would-you-click-retest.ics', 'text/calendar', retestCalendar(day, link));
          setSaved(
            `Calendar file saved. Open it to add the retest to your calendar on ${dayInWords(day, 'long')}.`,
          );
        }}
      >
        Add the retest to my calendar
      </button>
      <p role="status" class="meta">
        {saved || 'The file holds the day and the link to the retest, nothing else: no scores, no answers.'}
      </p>
    </section>
  );
}
