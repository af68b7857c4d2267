import type { Pick as QuizPick } from '../../lib/quiz/labels';
import type { QuizDeckPost } from '../../lib/quiz/schema';
import { scoreQuiz } from '../../lib/quiz/score';
import { ScoreBoard } from './ScoreBoard';

interface Props {
  deck: QuizDeckPost[];
  /** The friend's answers, from their link. */
  picks: Readonly<Record<string, QuizPick>>;
  onTake: () => void;
}

/** A friend's shared result: their scores only, and an offer to take the same quiz. */
export function FriendResult({ deck, picks, onTake }: Props) {
  return (
    <section class="quiz-friend" aria-labelledby="quiz-friend-title">
      <h3 id="quiz-friend-title">A friend’s result</h3>
      <ScoreBoard score={scoreQuiz(deck, picks)} />
      <p>
        Can you do better? Take the same posts in the same order. Their answers stay hidden until you have
        given yours.
      </p>
      <button type="button" class="button primary" onClick={onTake}>
        Take the same quiz
      </button>
    </section>
  );
}
