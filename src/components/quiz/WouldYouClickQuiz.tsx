import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import {
  EXEMPTION_LABELS,
  FAILURE_LABELS,
  PICK_LABELS,
  PRINCIPLE_LABELS,
  type Pick as QuizPick,
} from '../../lib/quiz/labels';
import { newSeed, seededOrder } from '../../lib/quiz/order';
import { parseQuizProgress } from '../../lib/quiz/progress';
import type { QuizDeckPost } from '../../lib/quiz/schema';
import { missedIds, reviewItems, scoreQuiz, scoreSummary, type QuizScore } from '../../lib/quiz/score';
import { encodeQuizShare, parseQuizShare } from '../../lib/quiz/share-state';
import { $storedQuiz, clearQuizProgress, saveQuizProgress } from '../../stores/quiz';
import { clearQuery, shareUrl } from '../shared/address';
import { CopyLinkButton } from '../shared/CopyLinkButton';
import { PostCard } from './PostCard';

type Picks = Record<string, QuizPick>;

interface Round {
  seed: number;
  picks: Picks;
  /** The posts to play this round, in deck order: all of them, or the ones to retry. */
  queue: string[];
  at: number;
  /** Whether this round is saved in the browser (a friend's challenge is not, when it would replace yours). */
  saved: boolean;
}

type Screen =
  | { kind: 'intro' }
  | { kind: 'playing'; round: Round }
  | { kind: 'review'; round: Round }
  | { kind: 'friend'; seed: number; score: QuizScore };

const CORRUPT_NOTICE = 'Your saved quiz could not be read, so it was cleared. A fresh quiz is ready below.';

const PICK_BUTTONS: readonly { pick: QuizPick; label: string }[] = [
  { pick: 'click', label: 'I’d click it' },
  { pick: 'scroll', label: 'I’d scroll past' },
];

export default function WouldYouClickQuiz({ deck }: { deck: QuizDeckPost[] }) {
  const ids = useMemo(() => deck.map((post) => post.id), [deck]);
  const [screen, setScreen] = useState<Screen>({ kind: 'intro' });
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [challengeSeed, setChallengeSeed] = useState<number | undefined>(undefined);
  const [own, setOwn] = useState<Round | undefined>(undefined);

  // Saved progress and the address are read after hydration: the static page cannot know either.
  useEffect(() => {
    const stored = parseQuizProgress($storedQuiz.get(), ids);
    if (stored.corrupt) {
      clearQuizProgress();
      setNotice(CORRUPT_NOTICE);
    }
    const progress = stored.progress;
    if (progress) {
      const order = seededOrder(deck, progress.seed);
      setOwn({
        seed: progress.seed,
        picks: progress.picks,
        queue: progress.finished
          ? []
          : order.filter((post) => !progress.picks[post.id]).map((post) => post.id),
        at: 0,
        saved: true,
      });
    }
    const shared = parseQuizShare(window.location.search, ids);
    if (shared.notice) setNotice(shared.notice);
    if (shared.state?.picks) {
      setScreen({ kind: 'friend', seed: shared.state.seed, score: scoreQuiz(deck, shared.state.picks) });
    } else if (shared.state) {
      setChallengeSeed(shared.state.seed);
    }
    if (shared.notice || shared.state?.picks) clearQuery();
  }, [deck, ids]);

  function play(round: Round) {
    if (round.queue.length === 0 || round.at >= round.queue.length) setScreen({ kind: 'review', round });
    else setScreen({ kind: 'playing', round });
  }

  function fresh(seed: number, saved: boolean): Round {
    return { seed, picks: {}, queue: seededOrder(deck, seed).map((post) => post.id), at: 0, saved };
  }

  function startChallenge(seed: number) {
    // A friend's challenge never replaces your own saved quiz or result: it then lasts for this visit only.
    if (own && own.seed === seed) play(own);
    else play(fresh(seed, own === undefined));
  }

  function startOwn() {
    clearQuery();
    setChallengeSeed(undefined);
    const round = fresh(newSeed(), true);
    save(round);
    play(round);
  }

  /** After an answer, a Next or a retry: keep the round (and, when it is the reader's own, remember it). */
  function continueWith(round: Round) {
    save(round);
    if (round.saved) setOwn(round);
    play(round);
  }

  return (
    <div class="quiz">
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      {screen.kind === 'intro' && (
        <QuizIntro
          total={deck.length}
          own={own}
          challenge={challengeSeed !== undefined}
          onResume={() => own && play(own)}
          onChallenge={() => challengeSeed !== undefined && startChallenge(challengeSeed)}
          onStart={startOwn}
        />
      )}
      {screen.kind === 'friend' && (
        <FriendResult score={screen.score} onTake={() => startChallenge(screen.seed)} />
      )}
      {screen.kind === 'playing' && (
        <QuizPlay
          key={`${screen.round.seed}-${screen.round.queue.length}`}
          deck={deck}
          round={screen.round}
          onChange={continueWith}
        />
      )}
      {screen.kind === 'review' && (
        <QuizReview
          deck={deck}
          round={screen.round}
          ownWaiting={!screen.round.saved && own !== undefined}
          onRetry={continueWith}
          onBackToOwn={() => own && play(own)}
          onNew={startOwn}
        />
      )}
    </div>
  );
}

function save(round: Round) {
  if (!round.saved) return;
  const finished = round.at >= round.queue.length;
  saveQuizProgress({ version: 1, seed: round.seed, picks: round.picks, index: round.at, finished });
}

function QuizIntro({
  total,
  own,
  challenge,
  onResume,
  onChallenge,
  onStart,
}: {
  total: number;
  own: Round | undefined;
  challenge: boolean;
  onResume: () => void;
  onChallenge: () => void;
  onStart: () => void;
}) {
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

function QuizPlay({
  deck,
  round,
  onChange,
}: {
  deck: QuizDeckPost[];
  round: Round;
  onChange: (round: Round) => void;
}) {
  const id = useId();
  const post = deck.find((candidate) => candidate.id === round.queue[round.at])!;
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
        <PostCard post={post} headingId={`${id}-business`} />
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
              if (!pick) onChange({ ...round, picks: { ...round.picks, [post.id]: choice.pick } });
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
          onClick={() => onChange({ ...round, at: round.at + 1 })}
        >
          {last ? 'See your review' : 'Next post'}
        </button>
      )}
    </div>
  );
}

function Feedback({ post, pick }: { post: QuizDeckPost; pick: QuizPick }) {
  const right = pick === post.answer;
  return (
    <div class={`quiz-feedback ${right ? 'right' : 'wrong'}`}>
      <p>
        <strong>{right ? 'Good call.' : 'Not this time.'}</strong>{' '}
        {post.answer === 'click' ? 'This one is worth the click' : 'This one is worth scrolling past'}:{' '}
        {post.verdict.toLowerCase()}.
      </p>
      <p>{post.explanation}</p>
      <PostLabels post={post} />
    </div>
  );
}

function PostLabels({ post }: { post: QuizDeckPost }) {
  return (
    <p class="meta">
      {post.failures.length > 0 && (
        <>Named: {post.failures.map((failure) => FAILURE_LABELS[failure]).join(', ')}. </>
      )}
      {post.exemption && <>Exempt from bait rules: {EXEMPTION_LABELS[post.exemption].toLowerCase()}. </>}
      Shows: {post.principles.map((principle) => PRINCIPLE_LABELS[principle]).join('; ')}.
    </p>
  );
}

function ScoreBoard({ score }: { score: QuizScore }) {
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

function QuizReview({
  deck,
  round,
  ownWaiting,
  onRetry,
  onBackToOwn,
  onNew,
}: {
  deck: QuizDeckPost[];
  round: Round;
  ownWaiting: boolean;
  onRetry: (round: Round) => void;
  onBackToOwn: () => void;
  onNew: () => void;
}) {
  const id = useId();
  const [onlyMissed, setOnlyMissed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const order = useMemo(() => seededOrder(deck, round.seed), [deck, round.seed]);
  const score = scoreQuiz(order, round.picks);
  const missed = missedIds(order, round.picks);
  const items = reviewItems(order, round.picks).filter((item) => !onlyMissed || !item.correct);
  useEffect(() => heading.current?.focus(), []);

  function retry() {
    const picks = { ...round.picks };
    for (const postId of missed) delete picks[postId];
    onRetry({ ...round, picks, queue: missed, at: 0 });
  }

  return (
    <section class="quiz-review" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        Your review
      </h3>
      <ScoreBoard score={score} />
      <p>{scoreSummary(score)}</p>
      <div class="button-row">
        {missed.length > 0 && (
          <button type="button" class="button primary" onClick={retry}>
            Retry the {missed.length} I missed
          </button>
        )}
        {ownWaiting && (
          <button type="button" class="button" onClick={onBackToOwn}>
            Back to your own quiz
          </button>
        )}
        <button type="button" class="button" onClick={onNew}>
          Start a new quiz
        </button>
      </div>
      <CopyLinkButton
        label="Challenge a friend (copy link)"
        link={() =>
          shareUrl(
            encodeQuizShare(
              { seed: round.seed },
              deck.map((post) => post.id),
            ),
          )
        }
      />
      <CopyLinkButton
        label="Share your result (copy link)"
        link={() =>
          shareUrl(
            encodeQuizShare(
              { seed: round.seed, picks: round.picks },
              deck.map((post) => post.id),
            ),
          )
        }
      />

      <fieldset class="quiz-filter">
        <legend>Show</legend>
        <label class="choice">
          <input
            type="radio"
            name={`${id}-filter`}
            checked={!onlyMissed}
            onChange={() => setOnlyMissed(false)}
          />
          Every post ({order.length})
        </label>
        <label class="choice">
          <input
            type="radio"
            name={`${id}-filter`}
            checked={onlyMissed}
            onChange={() => setOnlyMissed(true)}
          />
          Only the ones I missed ({missed.length})
        </label>
      </fieldset>
      {items.length === 0 ? (
        <p>You missed none. Well judged.</p>
      ) : (
        <ol class="quiz-review-list">
          {items.map((item) => (
            <li key={item.post.id} class={item.correct ? 'right' : 'wrong'}>
              <p class="quiz-review-post">
                <strong>{item.post.business.name}</strong> <span class="meta">({item.post.platform})</span>:{' '}
                {item.post.text.length > 140 ? `${item.post.text.slice(0, 140).trimEnd()}…` : item.post.text}
              </p>
              <p>
                <span class="quiz-mark" aria-hidden="true">
                  {item.correct ? '✓' : '✗'}
                </span>{' '}
                Your pick: <strong>{item.pick ? PICK_LABELS[item.pick] : 'Not answered'}</strong>.
                Recommended: <strong>{PICK_LABELS[item.recommended]}</strong> (
                {item.post.verdict.toLowerCase()}).
              </p>
              <p>{item.post.explanation}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function FriendResult({ score, onTake }: { score: QuizScore; onTake: () => void }) {
  return (
    <section class="quiz-friend" aria-labelledby="quiz-friend-title">
      <h3 id="quiz-friend-title">A friend’s result</h3>
      <ScoreBoard score={score} />
      <p>
        Can you do better? Take the same posts in the same order. Their answers stay hidden until you have
        given yours.
      </p>
      <button type="button" class="button primary" onClick={onTake}>
        Take the same quiz
      </button>
    </section>
  );
}
