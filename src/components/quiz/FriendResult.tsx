import type { Answers } from '../../lib/quiz/discernment';
import { PlayFigures } from './PlayFigures';

interface Props {
  /** The friend's figures, from their link. */
  answers: Answers;
  onTake: () => void;
}

/** A friend's shared result: their scores and what they say, and an offer to take the same posts. */
export function FriendResult({ answers, onTake }: Props) {
  return (
    <section class="quiz-friend" aria-labelledby="quiz-friend-title">
      <h3 id="quiz-friend-title">A friend’s result</h3>
      <PlayFigures answers={answers} player="friend" />
      <p>Can you do better? Take the same posts in the same order.</p>
      <button type="button" class="button primary" onClick={onTake}>
        Take the same quiz
      </button>
    </section>
  );
}
