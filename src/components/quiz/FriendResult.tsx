import type { QuizScore } from '../../lib/quiz/score';
import { ScoreBoard } from './ScoreBoard';

/** A friend's shared result: their scores only, and an offer to take the same quiz. */
export function FriendResult({ score, onTake }: { score: QuizScore; onTake: () => void }) {
  return (
    <section class="quiz-friend" aria-labelledby="quiz-friend-title">
      <h3 id="quiz-friend-title">A friend’s result</h3>
      <ScoreBoard score={score} />
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
