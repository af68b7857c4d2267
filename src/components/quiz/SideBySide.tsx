import { discernment } from '../../lib/quiz/discernment';
import { dayInWords, type FinishedPlay } from '../../lib/quiz/history';
import type { ComponentChildren } from 'preact';
import { comparisonSentence, formatMeasure, inAWord } from '../../lib/quiz/reading';
import { DiscernmentPicture, type Mark } from './DiscernmentPicture';

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
    ['In a word', (_, index) => inAWord(measures[index]!)],
  ];
  return (
    <ComparedPlays
      id="quiz-compare-title"
      title="Your retest beside your first play"
      sentence={sentence}
      first={{ answers: before, label: 'Before' }}
      second={{ answers: after, label: 'Retest' }}
    >
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
    </ComparedPlays>
  );
}

interface ComparedProps {
  id: string;
  title: string;
  /** What the comparison says; also the picture's accessible name. */
  sentence: string;
  first: Mark;
  second: Mark;
  /** What goes between the sentence and the picture, such as a table of the two plays. */
  children?: ComponentChildren;
}

/** Two plays compared: a heading, the sentence that compares them, and both in the picture. */
export function ComparedPlays({ id, title, sentence, first, second, children }: ComparedProps) {
  return (
    <section class="quiz-compare" aria-labelledby={id}>
      <h4 id={id}>{title}</h4>
      <p class="quiz-reading">{sentence}</p>
      {children}
      <DiscernmentPicture marks={[first, second]} description={sentence} />
    </section>
  );
}
