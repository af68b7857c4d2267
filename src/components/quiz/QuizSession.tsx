import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answers } from '../../lib/quiz/discernment';
import { otherForm, type QuizForm } from '../../lib/quiz/forms';
import {
  localDay,
  parseQuizHistory,
  retestPair,
  withPlay,
  type FormSizes,
  type FinishedPlay,
} from '../../lib/quiz/history';
import { newSeed } from '../../lib/quiz/order';
import { progressOnForm, type QuizProgress } from '../../lib/quiz/progress';
import { readingSentence } from '../../lib/quiz/reading';
import { freshRound, resumedRound, roundFinished, roundProgress, type QuizRound } from '../../lib/quiz/round';
import type { QuizDeckPost } from '../../lib/quiz/schema';
import { answersOf, scoreQuiz } from '../../lib/quiz/score';
import type { LegacyQuizResult, QuizShare } from '../../lib/quiz/share-state';
import { NOT_KEPT } from '../../lib/site/not-kept';
import { $storedQuizHistory, saveQuizHistory, saveQuizProgress } from '../../stores/quiz';
import { clearQuery } from '../shared/address';
import { FriendResult } from './FriendResult';
import { QuizPlay } from './QuizPlay';
import { QuizReview } from './QuizReview';
import { RetestOffer } from './RetestOffer';
import { ComparedPlays, SideBySide } from './SideBySide';

/** What the reader asked for on the intro, or what a link opened. */
export type SessionStart =
  | { kind: 'new'; form: QuizForm }
  | { kind: 'resume' }
  | { kind: 'link'; share: QuizShare }
  | { kind: 'legacy'; legacy: LegacyQuizResult };

type Screen =
  | { kind: 'playing' | 'review'; round: QuizRound }
  | { kind: 'friend'; form: QuizForm; seed: number; answers: Answers };

export const HISTORY_SET_ASIDE_NOTICE =
  'Your past plays kept in this browser could not be read back, so they were set aside: a retest will be compared with your next play instead.';

interface Props {
  deck: QuizDeckPost[];
  start: SessionStart;
  /** The reader's own saved progress, as the intro read it. */
  own: QuizProgress | undefined;
  sizes: FormSizes;
}

/**
 * The quiz once its posts are here: play, review, a friend's result, the retest and the side-by-side. The
 * reader's own round is kept in this browser, and each first pass she finishes goes into her play history.
 */
export function QuizSession({ deck, start, own: ownAtStart, sizes }: Props) {
  const [own, setOwn] = useState(ownAtStart);
  const [plays, setPlays] = useState<FinishedPlay[]>([]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [unsaved, setUnsaved] = useState(false);
  // The figures a friend's challenge link carried, set beside the reader's own once she has played.
  const [toBeat, setToBeat] = useState<Answers | undefined>(undefined);
  const today = useMemo(() => localDay(new Date()), []);
  const postsOf = (form: QuizForm) => deck.filter((post) => post.form === form);

  function roundOf(progress: QuizProgress): QuizRound {
    const posts = postsOf(progress.form);
    return resumedRound(
      posts,
      progressOnForm(
        progress,
        posts.map((post) => post.id),
      ),
    );
  }

  function screenFor(round: QuizRound): Screen {
    return { kind: roundFinished(round) ? 'review' : 'playing', round };
  }

  /** A round on the link's form and seed; her own is taken up if it is that very round. */
  function linkRound(share: QuizShare): QuizRound {
    const seed = share.seed ?? newSeed();
    if (own && own.seed === seed && own.form === share.form) return roundOf(own);
    // A friend's round never replaces your own unfinished quiz: it then lasts for this visit only.
    return freshRound(share.form, postsOf(share.form), seed, own === undefined || own.finished);
  }

  function firstScreen(): Screen {
    switch (start.kind) {
      case 'new':
        return screenFor(freshRound(start.form, postsOf(start.form), newSeed(), true));
      case 'resume':
        return screenFor(roundOf(own!));
      case 'legacy': {
        const answers = answersOf(scoreQuiz(deck, start.legacy.picks));
        return { kind: 'friend', form: 'a', seed: start.legacy.seed, answers };
      }
      case 'link': {
        const { share } = start;
        if (share.answers && !share.challenge && share.seed !== undefined) {
          return { kind: 'friend', form: share.form, seed: share.seed, answers: share.answers };
        }
        return screenFor(linkRound(share));
      }
    }
  }

  const [screen, setScreen] = useState<Screen>(firstScreen);

  useEffect(() => {
    const history = parseQuizHistory($storedQuizHistory.get(), sizes, today);
    if (history.tampered) {
      saveQuizHistory([]);
      setNotice(HISTORY_SET_ASIDE_NOTICE);
    }
    setPlays(history.plays);
    if (start.kind === 'link' && start.share.challenge) setToBeat(start.share.answers);
    if (start.kind === 'new') keep(screen.kind === 'friend' ? undefined : screen.round);
    if (start.kind !== 'resume') clearQuery();
  }, []);

  /** Saves the reader's own round in this browser; a friend's challenge beside her own is never saved. */
  function keep(round: QuizRound | undefined) {
    if (!round?.saved) return;
    const progress = roundProgress(round);
    setOwn(progress);
    if (!saveQuizProgress(progress)) setUnsaved(true);
  }

  /** After an answer, a Next or a retry. A first pass just finished goes into her history. */
  function continueWith(round: QuizRound) {
    const before = screen.kind === 'friend' ? undefined : screen.round;
    if (round.saved && round.firstPass && !before?.firstPass) {
      const next = withPlay(plays, { form: round.form, day: today, ...round.firstPass });
      setPlays(next);
      if (!saveQuizHistory(next)) setUnsaved(true);
    }
    keep(round);
    setScreen(screenFor(round));
  }

  function startNew(form: QuizForm) {
    setToBeat(undefined);
    const round = freshRound(form, postsOf(form), newSeed(), true);
    keep(round);
    setScreen(screenFor(round));
  }

  function forget() {
    setPlays([]);
    saveQuizHistory([]);
  }

  function review(round: QuizRound) {
    const pair = round.saved && round.firstPass ? retestPair(plays) : undefined;
    const next = otherForm(round.form);
    return (
      <QuizReview
        posts={postsOf(round.form)}
        round={round}
        ownWaiting={!round.saved && own !== undefined}
        nextForm={next}
        onRetry={continueWith}
        onBackToOwn={() => own && setScreen(screenFor(roundOf(own)))}
        onNew={() => startNew(next)}
      >
        {toBeat && round.firstPass && <FriendBeside friend={toBeat} you={round.firstPass} />}
        {pair && pair.after.form === round.form && <SideBySide before={pair.before} after={pair.after} />}
        {round.saved && <RetestOffer form={next} today={today} />}
        {plays.length > 0 && (
          <p class="meta">
            Each quiz you finish is kept in this browser as its form, its day and your two scores, to set a
            retest beside it.{' '}
            <button type="button" class="link-button" onClick={forget}>
              Forget my past plays
            </button>
          </p>
        )}
      </QuizReview>
    );
  }

  return (
    <>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      {unsaved && (
        <p class="notice" role="status">
          {NOT_KEPT}
        </p>
      )}
      {screen.kind === 'friend' && (
        <FriendResult
          answers={screen.answers}
          onTake={() => {
            setToBeat(screen.answers);
            setScreen(screenFor(linkRound({ form: screen.form, seed: screen.seed, challenge: true })));
          }}
        />
      )}
      {screen.kind === 'playing' && (
        <QuizPlay
          key={`${screen.round.seed}-${screen.round.form}-${screen.round.queue.length}`}
          deck={postsOf(screen.round.form)}
          round={screen.round}
          onChange={continueWith}
        />
      )}
      {screen.kind === 'review' && review(screen.round)}
    </>
  );
}

/** A challenge's figures beside the reader's own, once she has played the same posts. */
function FriendBeside({ friend, you }: { friend: Answers; you: Answers }) {
  return (
    <ComparedPlays
      id="quiz-friend-beside"
      title="You and the friend who challenged you"
      sentence={`${readingSentence(friend, 'friend')} ${readingSentence(you)}`}
      first={{ answers: friend, label: 'Friend' }}
      second={{ answers: you, label: 'You' }}
    />
  );
}
