import { useEffect, useMemo, useState } from 'preact/hooks';
import { newSeed } from '../../lib/quiz/order';
import { parseQuizProgress } from '../../lib/quiz/progress';
import { freshRound, resumedRound, roundFinished, roundProgress, type QuizRound } from '../../lib/quiz/round';
import type { QuizDeckPost } from '../../lib/quiz/schema';
import { scoreQuiz, type QuizScore } from '../../lib/quiz/score';
import { parseQuizShare } from '../../lib/quiz/share-state';
import { NOT_KEPT } from '../../lib/site/stored';
import { $storedQuiz, clearQuizProgress, saveQuizProgress } from '../../stores/quiz';
import { clearQuery } from '../shared/address';
import { FriendResult } from './FriendResult';
import { QuizIntro } from './QuizIntro';
import { QuizPlay } from './QuizPlay';
import { QuizReview } from './QuizReview';

type Screen =
  | { kind: 'intro' }
  | { kind: 'playing'; round: QuizRound }
  | { kind: 'review'; round: QuizRound }
  | { kind: 'friend'; seed: number; score: QuizScore };

const CORRUPT_NOTICE = 'Your saved quiz could not be read, so it was cleared. A fresh quiz is ready below.';

/**
 * The quiz island: which screen shows, the reader's own round and a friend's challenge. The screens only
 * draw what they are given and hand back the round they made.
 */
export default function WouldYouClickQuiz({ deck }: { deck: QuizDeckPost[] }) {
  const ids = useMemo(() => deck.map((post) => post.id), [deck]);
  const [screen, setScreen] = useState<Screen>({ kind: 'intro' });
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [challengeSeed, setChallengeSeed] = useState<number | undefined>(undefined);
  const [own, setOwn] = useState<QuizRound | undefined>(undefined);
  // Storage refused the reader's own round: it goes on here, and the page says it is not kept.
  const [unsaved, setUnsaved] = useState(false);

  // Saved progress and the address are read after hydration: the static page cannot know either.
  useEffect(() => {
    const stored = parseQuizProgress($storedQuiz.get(), ids);
    if (stored.corrupt) {
      clearQuizProgress();
      setNotice(CORRUPT_NOTICE);
    }
    if (stored.progress) setOwn(resumedRound(deck, stored.progress));
    const shared = parseQuizShare(window.location.search, ids);
    if (shared.notice) setNotice(shared.notice);
    if (shared.state?.picks) {
      setScreen({ kind: 'friend', seed: shared.state.seed, score: scoreQuiz(deck, shared.state.picks) });
    } else if (shared.state) {
      setChallengeSeed(shared.state.seed);
    }
    if (shared.notice || shared.state?.picks) clearQuery();
  }, [deck, ids]);

  function play(round: QuizRound) {
    if (roundFinished(round)) setScreen({ kind: 'review', round });
    else setScreen({ kind: 'playing', round });
  }

  function startChallenge(seed: number) {
    // A friend's challenge never replaces your own saved quiz or result: it then lasts for this visit only.
    if (own && own.seed === seed) play(own);
    else play(freshRound(deck, seed, own === undefined));
  }

  function startOwn() {
    clearQuery();
    setChallengeSeed(undefined);
    const round = freshRound(deck, newSeed(), true);
    keep(round);
    play(round);
  }

  /** Saves the reader's own round in this browser; a friend's challenge is never saved. */
  function keep(round: QuizRound) {
    if (round.saved) setUnsaved(!saveQuizProgress(roundProgress(round)));
  }

  /** After an answer, a Next or a retry: keep the round (and, when it is the reader's own, remember it). */
  function continueWith(round: QuizRound) {
    keep(round);
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
      {unsaved && (
        <p class="notice" role="status">
          {NOT_KEPT}
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
