import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import { seededOrder } from '../../lib/quiz/order';
import { retryRound, type QuizRound } from '../../lib/quiz/round';
import type { QuizDeckPost } from '../../lib/quiz/schema';
import { answersOf, missedIds, scoreQuiz } from '../../lib/quiz/score';
import { PlayFigures } from './PlayFigures';
import { ReviewList } from './ReviewList';
import { ShareLinks } from './ShareLinks';

interface Props {
  /** The posts of the round's form; the review covers them all, in the round's seeded order. */
  posts: QuizDeckPost[];
  /** A finished round. */
  round: QuizRound;
  /** Whether this is a friend's challenge played beside the reader's own saved quiz, which waits. */
  ownWaiting: boolean;
  /** What goes between the result and the posts: a friend's figures, the retest, the side-by-side. */
  children?: ComponentChildren;
  /** The form a new quiz uses: the one not played last. */
  nextForm: string;
  onRetry: (round: QuizRound) => void;
  onBackToOwn: () => void;
  onNew: () => void;
}

/** The result screen: the scores and what they mean, the ways on, the links to share and every post. */
export function QuizReview({
  posts,
  round,
  ownWaiting,
  children,
  nextForm,
  onRetry,
  onBackToOwn,
  onNew,
}: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const order = useMemo(() => seededOrder(posts, round.seed), [posts, round.seed]);
  const answers = round.firstPass ?? answersOf(scoreQuiz(order, round.picks));
  const missed = missedIds(order, round.picks);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section class="quiz-review" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        Your review: form {round.form.toUpperCase()}
      </h3>
      <PlayFigures answers={answers} />
      {round.firstPass && round.queue.length < order.length && (
        <p class="meta">
          These figures are from your first pass: a retry is practice on posts already explained.
        </p>
      )}
      <div class="button-row">
        {missed.length > 0 && (
          <button type="button" class="button primary" onClick={() => onRetry(retryRound(round, missed))}>
            Retry the {missed.length} I missed
          </button>
        )}
        {ownWaiting && (
          <button type="button" class="button" onClick={onBackToOwn}>
            Back to your own quiz
          </button>
        )}
        <button type="button" class="button" onClick={onNew}>
          Start a new quiz (form {nextForm.toUpperCase()})
        </button>
      </div>
      <ShareLinks form={round.form} seed={round.seed} answers={answers} />
      {children}
      <ReviewList posts={order} picks={round.picks} missed={missed.length} filterName={`${id}-filter`} />
    </section>
  );
}
