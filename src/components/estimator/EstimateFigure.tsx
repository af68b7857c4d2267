import { useId } from 'preact/hooks';
import { formatPercent } from '../../lib/numbers/format';
import type { Estimate } from '../../lib/stats/proportion';

/** The estimate as people and tests look for it: named "Estimated fake share", read "23% (95% interval 19%-27%)". */
export function EstimateFigure({
  estimate,
  label = 'Estimated fake share',
}: {
  estimate: Estimate;
  label?: string;
}) {
  const id = useId();
  return (
    <p class="figure">
      <span class="figure-label" id={id}>
        {label}
      </span>
      <output aria-labelledby={id} class="figure-value">
        {`${formatPercent(estimate.share)} (95% interval ${formatPercent(estimate.low)}-${formatPercent(estimate.high)})`}
      </output>
    </p>
  );
}
