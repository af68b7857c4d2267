import { discernment, type Answers } from '../../lib/quiz/discernment';
import { formatMeasure, readingSentence, readingTip, type Player } from '../../lib/quiz/reading';
import { sitePath } from '../../lib/site/path';
import { DiscernmentPicture } from './DiscernmentPicture';
import { ScoreBoard } from './ScoreBoard';

interface Props {
  answers: Answers;
  player?: Player;
}

/**
 * One play's result: the two scores, the sentence that reads them, the picture, and the measures behind it
 * for anyone who wants them.
 */
export function PlayFigures({ answers, player = 'you' }: Props) {
  const measures = discernment(answers);
  const sentence = readingSentence(answers, player);
  // The most this many posts can show: every bait post caught and every good one kept.
  const best = discernment({ ...answers, baitCaught: answers.baitAnswered, goodPassed: 0 });
  return (
    <>
      <ScoreBoard answers={answers} />
      <p class="quiz-reading">{sentence}</p>
      <DiscernmentPicture
        marks={[{ answers, label: player === 'you' ? 'You' : 'Your friend' }]}
        description={sentence}
      />
      {player === 'you' && <p>{readingTip(answers)}</p>}
      <p class="meta">
        Discernment (d′) {formatMeasure(measures.dPrime)}, where 0 is guessing and{' '}
        {formatMeasure(best.dPrime)} is every post right; leaning (c) {formatMeasure(measures.criterion)},
        below 0 towards scrolling past; A′ {measures.aPrime.toFixed(2)}.{' '}
        <a href={sitePath('/tools/would-you-click/#discernment')}>How these are worked out</a>
      </p>
    </>
  );
}
