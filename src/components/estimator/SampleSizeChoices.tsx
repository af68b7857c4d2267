import { useId } from 'preact/hooks';
import type { SampleSizeChoice, SpotMargin } from '../../lib/estimator/hand/spot-check';

/** "How long can you spend?": the hand check's sample sizes by time, as the spot-check and history offer them. */
export function SampleSizeChoices({
  choices,
  margin,
  onChoose,
}: {
  choices: readonly SampleSizeChoice[];
  margin: SpotMargin;
  onChoose: (margin: SpotMargin) => void;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend>How long can you spend?</legend>
      {choices.map((choice) => (
        <label key={choice.margin} class="choice">
          <input
            type="radio"
            name={name}
            checked={margin === choice.margin}
            onChange={() => onChoose(choice.margin)}
          />
          <span>
            {choice.label}, {choice.precision}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
