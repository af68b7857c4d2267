import { useEffect, useState } from 'preact/hooks';
import type { FormSizes } from '../../lib/quiz/history';
import { otherForm } from '../../lib/quiz/forms';
import { parseQuizProgress, type QuizProgress } from '../../lib/quiz/progress';
import type { QuizShare } from '../../lib/quiz/share-state';
import { $storedQuiz, clearQuizProgress } from '../../stores/quiz';
import { clearQuery } from '../shared/address';
import { loadQuiz, QUIZ_UNAVAILABLE_NOTICE, type LoadedQuiz } from './load-quiz';
import { QuizIntro, type IntroAction } from './QuizIntro';
import type { SessionStart } from './QuizSession';

const CORRUPT_NOTICE = 'Your saved quiz could not be read, so it was cleared. A fresh quiz is ready below.';

interface Props {
  /** The posts in each form, as the page was built. */
  sizes: FormSizes;
  /** The deck's fingerprint: the posts loaded later must be the ones the page was built with. */
  fingerprint: string;
}

/**
 * The quiz island's first view: the intro, the reader's saved place and what the address asks for. The posts,
 * and the session that plays them (QuizSession), load when play starts (load-quiz.ts).
 */
export default function WouldYouClickQuiz({ sizes, fingerprint }: Props) {
  const [session, setSession] = useState<{ loaded: LoadedQuiz; start: SessionStart } | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [own, setOwn] = useState<QuizProgress | undefined>(undefined);
  // A challenge or a retest from the address, offered on the intro.
  const [link, setLink] = useState<QuizShare | undefined>(undefined);
  // What the reader (or a shared result) asked for while the posts load.
  const [pending, setPending] = useState<IntroAction | 'friend' | undefined>(undefined);

  /** Starts the session once the posts are here, loading them first; a failed load is said, and waits. */
  function begin(action: IntroAction | 'friend', start: SessionStart) {
    if (pending) return;
    setPending(action);
    loadQuiz(fingerprint).then(
      (loaded) => {
        setPending(undefined);
        setNotice((shown) => (shown === QUIZ_UNAVAILABLE_NOTICE ? undefined : shown));
        setSession({ loaded, start });
      },
      (error: Error) => {
        setPending(undefined);
        setNotice(error.message);
      },
    );
  }

  // Saved progress and the address are read after hydration: the static page cannot know either.
  useEffect(() => {
    const stored = parseQuizProgress($storedQuiz.get(), sizes);
    if (stored.corrupt) {
      clearQuizProgress();
      setNotice(CORRUPT_NOTICE);
    }
    setOwn(stored.progress);
    if (window.location.search.length < 2) return;
    // The link reader loads only for an address that carries something.
    void import('../../lib/quiz/share-state').then(({ parseQuizShare }) => {
      const { state, legacy, notice: linkNotice } = parseQuizShare(window.location.search, sizes);
      if (linkNotice) {
        setNotice(linkNotice);
        clearQuery();
      }
      // A friend's result needs the posts at once; its link stays until it is shown.
      if (legacy) begin('friend', { kind: 'legacy', legacy });
      else if (state?.answers && !state.challenge) begin('friend', { kind: 'link', share: state });
      else if (state) setLink(state);
    });
  }, [sizes]);

  // A new quiz goes on to the other form once a play is finished, so a second play is a fair retest.
  const newForm = own?.firstPass ? otherForm(own.form) : (own?.form ?? 'a');
  return (
    <div class="quiz">
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      {session ? (
        <session.loaded.screens.QuizSession
          deck={session.loaded.deck}
          start={session.start}
          own={own}
          sizes={sizes}
        />
      ) : (
        <QuizIntro
          size={sizes[newForm]}
          own={own}
          link={link}
          newForm={newForm}
          pending={pending}
          onResume={() => begin('resume', { kind: 'resume' })}
          onLink={() => link && begin('link', { kind: 'link', share: link })}
          onStart={() => begin('start', { kind: 'new', form: newForm })}
        />
      )}
    </div>
  );
}
