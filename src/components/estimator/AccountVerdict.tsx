import { HAND_ANSWER_LABELS, HAND_ANSWERS, type HandAnswer } from '../../lib/estimator/hand/answers';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { SPOT_SIGNS, type SpotSignId } from '../../lib/estimator/hand/spot-check';

/**
 * One sampled account to judge by hand: the signs to look for (optional ticks) and the owner's verdict,
 * with Previous, Next and Next unchecked. The spot-check and follower history's hand check both use it, so the
 * checklist is the same whichever way the sample was drawn.
 */
export function AccountVerdict({
  title,
  about,
  subject,
  answer,
  signs,
  onAnswer,
  onToggleSign,
  index,
  count,
  allAnswered,
  onMove,
  onNextOpen,
}: {
  title: ComponentChildren;
  about: ComponentChildren;
  /** How the verdict's legend names the account: "follower number 2,718", "crumb.bakes". */
  subject: string;
  answer: HandAnswer | undefined;
  signs: readonly SpotSignId[];
  onAnswer: (answer: HandAnswer) => void;
  onToggleSign: (sign: SpotSignId) => void;
  index: number;
  count: number;
  allAnswered: boolean;
  onMove: (index: number) => void;
  onNextOpen: () => void;
}) {
  const name = useId();
  return (
    <section class="spot-account" aria-labelledby={`${name}-title`}>
      <h3 id={`${name}-title`}>
        {title}{' '}
        <span class="meta">
          ({index + 1} of {count})
        </span>
      </h3>
      {about}
      <fieldset>
        <legend>Signs you can see (optional)</legend>
        {SPOT_SIGNS.map((sign) => (
          <label key={sign.id} class="choice">
            <input type="checkbox" checked={signs.includes(sign.id)} onChange={() => onToggleSign(sign.id)} />
            {sign.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Your verdict on {subject}</legend>
        {HAND_ANSWERS.map((value) => (
          <label key={value} class="choice">
            <input type="radio" name={name} checked={answer === value} onChange={() => onAnswer(value)} />
            {HAND_ANSWER_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <div class="button-row">
        <button type="button" class="button" disabled={index === 0} onClick={() => onMove(index - 1)}>
          Previous
        </button>
        <button type="button" class="button" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
          Next
        </button>
        <button type="button" class="button primary" disabled={allAnswered} onClick={onNextOpen}>
          Next unchecked
        </button>
      </div>
    </section>
  );
}
