import type { Answers } from '../../lib/quiz/discernment';

/** The two scores side by side: bait spotted and good posts kept, of the posts answered. */
export function ScoreBoard({ answers }: { answers: Answers }) {
  return (
    <dl class="quiz-scores">
      <div>
        <dt>Bait spotted</dt>
        <dd>
          {answers.baitCaught} of {answers.baitAnswered}
        </dd>
      </div>
      <div>
        <dt>Good posts kept</dt>
        <dd>
          {answers.goodAnswered - answers.goodPassed} of {answers.goodAnswered}
        </dd>
      </div>
    </dl>
  );
}
