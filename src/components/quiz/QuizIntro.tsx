import type { QuizRound } from '../../lib/quiz/round';

interface Props {
  total: number;
  /** The reader's own saved round, if there is one: in progress, or finished with a result to see. */
  own: QuizRound | undefined;
  /** Whether the address carries a friend's challenge. */
  challenge: boolean;
  onResume: () => void;
  onChallenge: () => void;
  onStart: () => void;
}

/** The start screen, and the markup the static page carries before the island wakes. */
export function QuizIntro({ total, own, challenge, onResume, onChallenge, onStart }: Props) {
  const answered = own ? Object.keys(own.picks).length : 0;
  return (
    <div class="quiz-intro">
      <p>
        {total} example posts from made-up small businesses. For each one, decide: would you click it and read
        it, or scroll past? You hear at once why, and at the end you get two scores: bait you spotted, and
        good posts you kept. Being suspicious of everything does not win.
      </p>
      {challenge && (
        <p>
          <strong>A friend has challenged you</strong> to the same posts in the same order.
          {own && own.queue.length > 0 && ' Your own quiz in progress is kept as it is.'}
        </p>
      )}
      <div class="button-row">
        {challenge && (
          <button type="button" class="button primary" onClick={onChallenge}>
            Take the challenge
          </button>
        )}
        {own && own.queue.length > 0 && (
          <button type="button" class={`button${challenge ? '' : ' primary'}`} onClick={onResume}>
            Continue your quiz ({answered} of {total} answered)
          </button>
        )}
        {own && own.queue.length === 0 && (
          <button type="button" class="button" onClick={onResume}>
            See your last result
          </button>
        )}
        <button type="button" class={`button${challenge || own ? '' : ' primary'}`} onClick={onStart}>
          {own ? 'Start a new quiz' : 'Start the quiz'}
        </button>
      </div>
    </div>
  );
}
