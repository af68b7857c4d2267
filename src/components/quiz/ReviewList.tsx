import { useState } from 'preact/hooks';
import { reviewExcerpt } from '../../lib/quiz/excerpt';
import { PICK_LABELS, type Pick as QuizPick } from '../../lib/quiz/labels';
import type { QuizDeckPost } from '../../lib/quiz/schema';
import { reviewItems } from '../../lib/quiz/score';

interface Props {
  /** The whole deck in the round's order. */
  posts: QuizDeckPost[];
  picks: Readonly<Record<string, QuizPick>>;
  /** How many posts were missed (answered against the recommendation, or not at all). */
  missed: number;
  /** The name the filter's radio buttons share, unique on the page. */
  filterName: string;
}

/** Every post with the reader's pick and the recommended one, or only the missed ones. */
export function ReviewList({ posts, picks, missed, filterName }: Props) {
  const [onlyMissed, setOnlyMissed] = useState(false);
  const items = reviewItems(posts, picks).filter((item) => !onlyMissed || !item.correct);
  return (
    <>
      <fieldset class="quiz-filter">
        <legend>Show</legend>
        <label class="choice">
          <input type="radio" name={filterName} checked={!onlyMissed} onChange={() => setOnlyMissed(false)} />
          Every post ({posts.length})
        </label>
        <label class="choice">
          <input type="radio" name={filterName} checked={onlyMissed} onChange={() => setOnlyMissed(true)} />
          Only the ones I missed ({missed})
        </label>
      </fieldset>
      {items.length === 0 ? (
        <p>You missed none. Well judged.</p>
      ) : (
        <ol class="quiz-review-list">
          {items.map((item) => (
            <li key={item.post.id} class={item.correct ? 'right' : 'wrong'}>
              <p class="quiz-review-post">
                <strong>{item.post.business.name}</strong> <span class="meta">({item.post.platform})</span>:{' '}
                {reviewExcerpt(item.post.text)}
              </p>
              <p>
                <span class="quiz-mark" aria-hidden="true">
                  {item.correct ? '✓' : '✗'}
                </span>{' '}
                Your pick: <strong>{item.pick ? PICK_LABELS[item.pick] : 'Not answered'}</strong>.
                Recommended: <strong>{PICK_LABELS[item.recommended]}</strong> (
                {item.post.verdict.toLowerCase()}).
              </p>
              <p>{item.post.explanation}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
