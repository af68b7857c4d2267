import { useEffect, useId, useRef } from 'preact/hooks';
import type { Pick as QuizPick } from '../../lib/quiz/labels';
import { currentPostId, nextPost, withPick, type QuizRound } from '../../lib/quiz/round';
import type { QuizDeckPost } from '../../lib/quiz/schema';
import { Feedback } from './Feedback';
import { PostCard } from './PostCard';

const PICK_BUTTONS: readonly { pick: QuizPick; label: string }[] = [
  { pick: 'click', label: 'I’d click it' },
  { pick: 'scroll', label: 'I’d scroll past' },
];

interface Props {
  deck: QuizDeckPost[];
  /** A round that is not finished: its current post is the one on screen. */
  round: QuizRound;
  /** Called with the round after an answer or a Next. */
  onChange: (round: QuizRound) => void;
}

/** One post being played: progress, the post, the two choices, then the feedback and the way on. */
export function QuizPlay({ deck, round, onChange }: Props) {
  const id = useId();
  const post = deck.find((candidate) => candidate.id === currentPostId(round))!;
  const pick = round.picks[post.id];
  const card = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLButtonElement>(null);

  // A new post takes focus so it is read out; an answer sends focus on to Next (after the feedback).
  useEffect(() => card.current?.focus(), [post.id]);
  useEffect(() => {
    if (pick) next.current?.focus();
  }, [pick]);

  const last = round.at === round.queue.length - 1;
  const retrying = round.queue.length < deck.length;
  return (
    <div class="quiz-play">
      <p class="quiz-progress-label" id={`${id}-progress`}>
        {retrying ? 'Retry: post' : 'Post'} {round.at + 1} of {round.queue.length}
      </p>
      <progress
        max={round.queue.length}
        value={round.at + (pick ? 1 : 0)}
        aria-labelledby={`${id}-progress`}
      />
      <div
        ref={card}
        tabIndex={-1}
        class="quiz-card-focus"
        aria-label={`Post ${round.at + 1}: ${post.business.name}`}
      >
        <PostCard post={post} headingId={`${id}-business`} highlight={pick && post.signal} />
      </div>
      <div class="quiz-choices" role="group" aria-label="Would you click it?">
        {PICK_BUTTONS.map((choice) => (
          <button
            key={choice.pick}
            type="button"
            class="button choice-button"
            aria-pressed={pick === choice.pick}
            aria-disabled={pick ? 'true' : undefined}
            onClick={() => {
              if (!pick) onChange(withPick(round, post.id, choice.pick));
            }}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <div aria-live="polite" class="quiz-feedback-region">
        {pick && <Feedback post={post} pick={pick} />}
      </div>
      {pick && (
        <button
          ref={next}
          type="button"
          class="button primary"
          onClick={() => onChange(nextPost(round, deck))}
        >
          {last ? 'See your review' : 'Next post'}
        </button>
      )}
    </div>
  );
}
