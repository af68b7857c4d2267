import type { Pick as QuizPick } from '../../lib/quiz/labels';
import { encodeQuizShare } from '../../lib/quiz/share-state';
import { shareUrl } from '../shared/address';
import { CopyLinkButton } from '../shared/CopyLinkButton';

interface Props {
  /** Every post id in the deck: a link names the deck it was made on. */
  deckIds: readonly string[];
  seed: number;
  picks: Readonly<Record<string, QuizPick>>;
}

/** Links to copy: a challenge (the same posts in the same order) and the reader's result. */
export function ShareLinks({ deckIds, seed, picks }: Props) {
  return (
    <>
      <CopyLinkButton
        label="Challenge a friend (copy link)"
        link={() => shareUrl(encodeQuizShare({ seed }, deckIds))}
      />
      <CopyLinkButton
        label="Share your result (copy link)"
        link={() => shareUrl(encodeQuizShare({ seed, picks }, deckIds))}
      />
    </>
  );
}
