import { discernment } from '../../lib/quiz/discernment';
import { dayInWords, type FinishedPlay } from '../../lib/quiz/history';
import { comparisonSentence, formatMeasure, verdict } from '../../lib/quiz/reading';
import { DiscernmentPicture } from './DiscernmentPicture';

interface Props {
  before: FinishedPlay;
  after: FinishedPlay;
}

/** A retest beside the play before it, on the other form: did discernment rise, or only suspicion? */
export function SideBySide({ before, after }: Props) {
  const plays = [before, after];
  const measures = plays.map((play) => discernment(play));
  const sentence = comparisonSentence(before, after);
  const rows: readonly [string, (play: FinishedPlay, index: number) => string][] = [
    ['Bait spotted', (play) => `${play.baitCaught} of ${play.baitAnswered}`],
    ['Good posts kept', (play) => `${play.goodAnswered - play.goodPassed} of ${play.goodAnswered}`],
    ['Discernment (d′)', (_, index) => formatMeasure(measures[index]!.dPrime)],
    ['Leaning (c)', (_, index) => formatMeasure(measures[index]!.criterion)],
    ['In a word', (_, index) => verdict(measures[index]!).replace(/^you are /, '')],
  ];
  return (
    <section class="quiz-compare" aria-labelledby="quiz-compare-title">
      <h4 id="quiz-compare-title">Your retest beside your first play</h4>
      <p class="quiz-reading">{sentence}</p>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <td />
              {plays.map((play, index) => (
                <th key={index} scope="col">
                  {index === 0 ? 'Before' : 'Retest'}: form {play.form.toUpperCase()},{' '}
                  {dayInWords(play.day, 'short')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {plays.map((play, index) => (
                  <td key={index}>{value(play, index)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DiscernmentPicture
        marks={[
          { answers: before, label: 'Before' },
          { answers: after, label: 'Retest' },
        ]}
        description={sentence}
      />
    </section>
  );
}
