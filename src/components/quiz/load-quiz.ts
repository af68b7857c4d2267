import type { QuizDeckPost } from '../../lib/quiz/schema';
import { deckFingerprint } from '../../lib/quiz/fingerprint';
import { loadStylesheet } from '../shared/stylesheet';
import screenStyles from './screens.css?url';
import { sitePath } from '../../lib/site/path';

// Built from the collection by src/pages/tools/would-you-click/deck.js.ts.
const DECK_MODULE = sitePath('/tools/would-you-click/deck.js');

export const QUIZ_UNAVAILABLE_NOTICE = 'The posts could not be loaded. Check your connection and try again.';
export const DECK_CHANGED_NOTICE =
  'The quiz has new posts since this page was opened. Reload the page to play them.';

/** What play needs and the first view does not: the posts, and the screens that show them, with their style. */
export interface LoadedQuiz {
  deck: QuizDeckPost[];
  screens: typeof import('./screens');
}

let loading: Promise<LoadedQuiz> | undefined;

/**
 * The posts and their screens, loaded the first time play needs them and checked against the fingerprint of
 * the deck the page was built with. Rejects with the notice to show: after a failed load the next call tries again, while
 * posts that differ from the page's stay refused until the page is reloaded.
 */
export function loadQuiz(fingerprint: string): Promise<LoadedQuiz> {
  loading ??= Promise.all([
    import(/* @vite-ignore */ DECK_MODULE) as Promise<{ default: QuizDeckPost[] }>,
    import('./screens'),
    loadStylesheet(screenStyles),
  ]).then(
    ([{ default: deck }, screens]) => {
      if (deckFingerprint(deck.map((post) => post.id)) !== fingerprint) {
        throw new Error(DECK_CHANGED_NOTICE);
      }
      return { deck, screens };
    },
    () => {
      loading = undefined;
      throw new Error(QUIZ_UNAVAILABLE_NOTICE);
    },
  );
  return loading;
}
