import type { ComponentChildren } from 'preact';
import type { QuizForm } from '../../lib/quiz/forms';
import type { QuizProgress } from '../../lib/quiz/progress';
import type { QuizShare } from '../../lib/quiz/share-state';

/** What a button of the intro does; each needs the posts, which may still be loading when it is pressed. */
export type IntroAction = 'start' | 'resume' | 'link';

interface Props {
  /** Posts in a play. */
  size: number;
  /** The reader's own saved play, if there is one: in progress, or finished with a result to see. */
  own: QuizProgress | undefined;
  /** A friend's challenge or a retest, from the address. */
  link: QuizShare | undefined;
  /** The form a new quiz plays. */
  newForm: QuizForm;
  /** Set while the posts load: that button says so, and no button starts anything else meanwhile. */
  pending: IntroAction | 'friend' | undefined;
  onResume: () => void;
  onLink: () => void;
  onStart: () => void;
}

/** The start screen, and the markup the static page carries before the island wakes. */
export function QuizIntro({ size, own, link, newForm, pending, onResume, onLink, onStart }: Props) {
  const answered = own ? Object.keys(own.picks).length : 0;
  const inProgress = own && !own.finished;
  const retest = link && !link.challenge;
  return (
    <div class="quiz-intro">
      <p>
        {size} example posts from made-up small businesses. For each one, decide: would you click it and read
        it, or scroll past? You hear at once why, and at the end you see how well you tell bait from good
        posts. Being suspicious of everything does not win.
      </p>
      {link && (
        <p>
          <strong>{retest ? 'Your retest is ready' : 'A friend has challenged you'}</strong>
          {retest
            ? `: form ${link.form.toUpperCase()}, posts matched to the ones you played.`
            : ' to the same posts.'}
          {inProgress && ' Your own quiz in progress is kept as it is.'}
        </p>
      )}
      <div class="button-row">
        {link && (
          <IntroButton action="link" pending={pending} primary onClick={onLink}>
            {retest ? 'Take the retest' : 'Take the challenge'}
          </IntroButton>
        )}
        {own && (
          <IntroButton action="resume" pending={pending} primary={!link && inProgress} onClick={onResume}>
            {inProgress
              ? `Continue your quiz (${Math.min(answered, size)} of ${size} answered)`
              : 'See your last result'}
          </IntroButton>
        )}
        <IntroButton action="start" pending={pending} primary={!link && !inProgress} onClick={onStart}>
          {own ? `Start a new quiz (form ${newForm.toUpperCase()})` : 'Start the quiz'}
        </IntroButton>
      </div>
    </div>
  );
}

interface IntroButtonProps {
  action: IntroAction;
  pending: Props['pending'];
  primary?: boolean | undefined;
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
