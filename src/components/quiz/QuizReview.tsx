import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import { seededOrder } from '../../lib/quiz/order';
import { retryRound, type QuizRound } from '../../lib/quiz/round';
import type { QuizDeckPost } from '../../lib/quiz/schema';
import { missedIds, scoreQuiz, scoreSummary } from '../../lib/quiz/score';
import { ReviewList } from './ReviewList';
import { ScoreBoard } from './ScoreBoard';

interface Props {
  deck: QuizDeckPost[];
  /** A finished round; the review covers the whole deck, in the round's seeded order. */
  round: QuizRound;
  /** Whether this is a friend's challenge played beside the reader's own saved quiz, which waits. */
  ownWaiting: boolean;
  /** The links to share this round (ShareLinks), drawn below the buttons. */
  shareLinks: ComponentChildren;
  onRetry: (round: QuizRound) => void;
  onBackToOwn: () => void;
  onNew: () => void;
}

/** The result screen: the scores and what they mean, the ways on, the links to share and every post. */
export function QuizReview({ deck, round, ownWaiting, shareLinks, onRetry, onBackToOwn, onNew }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const order = useMemo(() => seededOrder(deck, round.seed), [deck, round.seed]);
  const score = scoreQuiz(order, round.picks);
  const missed = missedIds(order, round.picks);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section class="quiz-review" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        Your review
      </h3>
      <ScoreBoard score={score} />
      <p>{scoreSummary(score)}</p>
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
          Start a new quiz
        </button>
      </div>
      {shareLinks}
      <ReviewList posts={order} picks={round.picks} missed={missed.length} filterName={`${id}-filter`} />
    </section>
  );
}
