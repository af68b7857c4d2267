import type { Answers } from '../../lib/quiz/discernment';
import type { QuizForm } from '../../lib/quiz/forms';
import { encodeQuizShare } from '../../lib/quiz/share-state';
import { shareUrl } from '../shared/address';
import { CopyLinkButton } from '../shared/CopyLinkButton';

interface Props {
  form: QuizForm;
  seed: number;
  answers: Answers;
}

/**
 * Links to copy: a challenge (the same posts in the same order, the figures to beat kept until the friend has
 * played) and the reader's result. Both carry the figures only, never the answers.
 */
export function ShareLinks({ form, seed, answers }: Props) {
  return (
    <>
      <CopyLinkButton
        label="Challenge a friend (copy link)"
        link={() => shareUrl(encodeQuizShare({ form, seed, answers, challenge: true }))}
      />
      <CopyLinkButton
        label="Share your result (copy link)"
        link={() => shareUrl(encodeQuizShare({ form, seed, answers, challenge: false }))}
      />
    </>
  );
}
