import { useId } from 'preact/hooks';
import { formatPercent } from '../../lib/numbers/format';
import type { Estimate } from '../../lib/stats/proportion';

/**
 * The estimate as people and tests look for it: the likely range first, then the best single guess, read
 * "13% to 26% (best guess 19%)", named by `label`. A range too narrow to show as two figures reads "about 0%".
 */
export function EstimateFigure({
  estimate,
  label = 'Likely range of fake followers',
}: {
  estimate: Estimate;
  label?: string;
}) {
  const id = useId();
  const [low, high, share] = [estimate.low, estimate.high, estimate.share].map((value) =>
    formatPercent(value),
  );
  return (
    <p class="figure">
      <span class="figure-label" id={id}>
        {label}
      </span>
      <output aria-labelledby={id} class="figure-value">
        {low === high ? `about ${share}` : `${low} to ${high} (best guess ${share})`}
      </output>
    </p>
  );
}
