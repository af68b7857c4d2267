import type { ComponentChildren } from 'preact';
import type { QuizRound } from '../../lib/quiz/round';

/** What a button of the intro does; each needs the posts, which may still be loading when it is pressed. */
export type IntroAction = 'start' | 'resume' | 'challenge';

interface Props {
  total: number;
  /** The reader's own saved round, if there is one: in progress, or finished with a result to see. */
  own: QuizRound | undefined;
  /** Whether the address carries a friend's challenge. */
  challenge: boolean;
  /** Set while the posts load: that button says so, and no button starts anything else meanwhile. */
  pending: IntroAction | 'friend' | undefined;
  onResume: () => void;
  onChallenge: () => void;
  onStart: () => void;
}

/** The start screen, and the markup the static page carries before the island wakes. */
export function QuizIntro({ total, own, challenge, pending, onResume, onChallenge, onStart }: Props) {
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
          <IntroButton action="challenge" pending={pending} primary onClick={onChallenge}>
            Take the challenge
          </IntroButton>
        )}
        {own && own.queue.length > 0 && (
          <IntroButton action="resume" pending={pending} primary={!challenge} onClick={onResume}>
            Continue your quiz ({answered} of {total} answered)
          </IntroButton>
        )}
        {own && own.queue.length === 0 && (
          <IntroButton action="resume" pending={pending} onClick={onResume}>
            See your last result
          </IntroButton>
        )}
        <IntroButton action="start" pending={pending} primary={!challenge && !own} onClick={onStart}>
          {own ? 'Start a new quiz' : 'Start the quiz'}
        </IntroButton>
      </div>
    </div>
  );
}

interface IntroButtonProps {
  action: IntroAction;
  pending: Props['pending'];
  primary?: boolean;
  onClick: () => void;
  children: ComponentChildren;
}

/**
 * A button that needs the posts. While they load, the one pressed reads "Loading the posts…" and every one is
 * aria-disabled, not disabled, so focus stays where the reader left it.
 */
function IntroButton({ action, pending, primary = false, onClick, children }: IntroButtonProps) {
  return (
    <button
      type="button"
      class={`button${primary ? ' primary' : ''}`}
      aria-disabled={pending ? 'true' : undefined}
      onClick={onClick}
    >
      {pending === action ? 'Loading the posts…' : children}
    </button>
  );
}
