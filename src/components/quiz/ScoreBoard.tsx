import type { QuizScore } from '../../lib/quiz/score';

/** The two scores side by side: bait spotted and good posts kept. */
export function ScoreBoard({ score }: { score: QuizScore }) {
  return (
    <dl class="quiz-scores">
      <div>
        <dt>Bait spotted</dt>
        <dd>
          {score.baitSpotted.right} of {score.baitSpotted.total}
        </dd>
      </div>
      <div>
        <dt>Good posts kept</dt>
        <dd>
          {score.goodKept.right} of {score.goodKept.total}
        </dd>
      </div>
    </dl>
  );
}
