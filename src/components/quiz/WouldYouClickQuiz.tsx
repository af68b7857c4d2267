import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Pick as QuizPick } from '../../lib/quiz/labels';
import { newSeed } from '../../lib/quiz/order';
import { parseQuizProgress } from '../../lib/quiz/progress';
import { freshRound, resumedRound, roundFinished, roundProgress, type QuizRound } from '../../lib/quiz/round';
import { parseQuizShare } from '../../lib/quiz/share-state';
import { NOT_KEPT } from '../../lib/site/not-kept';
import { $storedQuiz, clearQuizProgress, saveQuizProgress } from '../../stores/quiz';
import { clearQuery } from '../shared/address';
import { loadQuiz, QUIZ_UNAVAILABLE_NOTICE, type LoadedQuiz } from './load-quiz';
import { QuizIntro, type IntroAction } from './QuizIntro';
import { ShareLinks } from './ShareLinks';

type Screen =
  | { kind: 'intro' }
  | { kind: 'playing'; loaded: LoadedQuiz; round: QuizRound }
  | { kind: 'review'; loaded: LoadedQuiz; round: QuizRound }
  | { kind: 'friend'; loaded: LoadedQuiz; seed: number; picks: Readonly<Record<string, QuizPick>> };

const CORRUPT_NOTICE = 'Your saved quiz could not be read, so it was cleared. A fresh quiz is ready below.';

/**
 * The quiz island: which screen shows, the reader's own round and a friend's challenge. The page gives it the
 * posts' ids only; the posts, and the screens that show them, load when play starts (load-quiz.ts). The
 * screens only draw what they are given and hand back the round they made.
 */
export default function WouldYouClickQuiz({ ids }: { ids: string[] }) {
  // A round's order depends on the ids alone, so rounds are made before the posts are here.
  const posts = useMemo(() => ids.map((id) => ({ id })), [ids]);
  const [screen, setScreen] = useState<Screen>({ kind: 'intro' });
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [challengeSeed, setChallengeSeed] = useState<number | undefined>(undefined);
  const [own, setOwn] = useState<QuizRound | undefined>(undefined);
  // Storage refused the reader's own round: it goes on here, and the page says it is not kept.
  const [unsaved, setUnsaved] = useState(false);

  // What the reader (or a shared result) asked for while the posts load.
  const [pending, setPending] = useState<IntroAction | 'friend' | undefined>(undefined);

  /** Runs `then` once the posts are here, loading them first if need be; a failed load is said, and waits. */
  function withPosts(action: IntroAction | 'friend', then: (loaded: LoadedQuiz) => void) {
    if (pending) return;
    setPending(action);
    loadQuiz(ids).then(
      (loaded) => {
        setPending(undefined);
        setNotice((shown) => (shown === QUIZ_UNAVAILABLE_NOTICE ? undefined : shown));
        then(loaded);
      },
      (error: Error) => {
        setPending(undefined);
        setNotice(error.message);
      },
    );
  }

  // Saved progress and the address are read after hydration: the static page cannot know either.
  useEffect(() => {
    const stored = parseQuizProgress($storedQuiz.get(), ids);
    if (stored.corrupt) {
      clearQuizProgress();
      setNotice(CORRUPT_NOTICE);
    }
    if (stored.progress) setOwn(resumedRound(posts, stored.progress));
    const { state, notice: linkNotice } = parseQuizShare(window.location.search, ids);
    if (linkNotice) setNotice(linkNotice);
    const picks = state?.picks;
    if (state && picks) {
      // A friend's result needs the posts at once, to score it; its link stays until it is shown.
      withPosts('friend', (loaded) => {
        clearQuery();
        setScreen({ kind: 'friend', loaded, seed: state.seed, picks });
      });
    } else if (state) {
      setChallengeSeed(state.seed);
    }
    if (linkNotice) clearQuery();
  }, [ids, posts]);

  function play(loaded: LoadedQuiz, round: QuizRound) {
    setScreen({ kind: roundFinished(round) ? 'review' : 'playing', loaded, round });
  }

  function startChallenge(loaded: LoadedQuiz, seed: number) {
    // A friend's challenge never replaces your own saved quiz or result: it then lasts for this visit only.
    if (own && own.seed === seed) play(loaded, own);
    else play(loaded, freshRound(posts, seed, own === undefined));
  }

  function startOwn(loaded: LoadedQuiz) {
    clearQuery();
    setChallengeSeed(undefined);
    const round = freshRound(posts, newSeed(), true);
    keep(round);
    play(loaded, round);
  }

  /** Saves the reader's own round in this browser; a friend's challenge is never saved. */
  function keep(round: QuizRound) {
    if (round.saved) setUnsaved(!saveQuizProgress(roundProgress(round)));
  }

  /** After an answer, a Next or a retry: keep the round (and, when it is the reader's own, remember it). */
  function continueWith(loaded: LoadedQuiz, round: QuizRound) {
    keep(round);
    if (round.saved) setOwn(round);
    play(loaded, round);
  }

  /** The screens that show posts, from the module loaded with them. */
  function played(screen: Exclude<Screen, { kind: 'intro' }>) {
    const { loaded } = screen;
    const { FriendResult, QuizPlay, QuizReview } = loaded.screens;
    if (screen.kind === 'friend') {
      return (
        <FriendResult
          deck={loaded.deck}
          picks={screen.picks}
          onTake={() => startChallenge(loaded, screen.seed)}
        />
      );
    }
    if (screen.kind === 'playing') {
      return (
        <QuizPlay
          key={`${screen.round.seed}-${screen.round.queue.length}`}
          deck={loaded.deck}
          round={screen.round}
          onChange={(round) => continueWith(loaded, round)}
        />
      );
    }
    return (
      <QuizReview
        deck={loaded.deck}
        round={screen.round}
        ownWaiting={!screen.round.saved && own !== undefined}
        // The share links need only the ids, which the island has: they come with it, as the other tools'
        // copy buttons do, rather than with the posts.
        shareLinks={<ShareLinks deckIds={ids} seed={screen.round.seed} picks={screen.round.picks} />}
        onRetry={(round) => continueWith(loaded, round)}
        onBackToOwn={() => own && play(loaded, own)}
        onNew={() => startOwn(loaded)}
      />
    );
  }

  return (
    <div class="quiz">
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
      {screen.kind === 'intro' && (
        <QuizIntro
          total={ids.length}
          own={own}
          challenge={challengeSeed !== undefined}
          pending={pending}
          onResume={() => own && withPosts('resume', (loaded) => play(loaded, own))}
          onChallenge={() =>
            challengeSeed !== undefined &&
            withPosts('challenge', (loaded) => startChallenge(loaded, challengeSeed))
          }
          onStart={() => withPosts('start', startOwn)}
        />
      )}
      {screen.kind !== 'intro' && played(screen)}
    </div>
  );
}
