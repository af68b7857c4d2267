import { useId } from 'preact/hooks';
import type { ExportComparison } from '../../lib/history/compare';
import { formatCount } from '../../lib/numbers/format';
import { barsPath, ValueAxis } from './bars';

const WIDTH = 480;
const HEIGHT = 160;
const TOP = 12;
// Room for the scale's labels, drawn large enough to read on a phone.
const LEFT = 60;

/**
 * Both exports in one chart: for each week, the followers who came that week by the earlier export, split
 * into those the later export still lists and those gone. A purged batch is a tall bar that is mostly gone.
 */
export function ComparisonChart({ weekly }: { weekly: NonNullable<ExportComparison['weekly']> }) {
  const id = useId();
  const { before, still } = weekly;
  const highest = Math.max(1, ...before);
  const barWidth = (WIDTH - LEFT) / before.length;
  const x = (i: number) => LEFT + i * barWidth;
  const y = (v: number) => TOP + (HEIGHT - TOP) * (1 - v / highest);
  const stayed = still.reduce((sum, v) => sum + v, 0);
  const total = before.reduce((sum, v) => sum + v, 0);
  const worst = before.reduce((best, v, i) => (v - still[i]! > before[best]! - still[best]! ? i : best), 0);
  return (
    <figure class="chart arrival-chart">
      <figcaption id={`${id}-caption`}>
        Followers by the week they came: still following (dark) and gone since (highlighted)
      </figcaption>
      <p class="meta">
        Scale on the left: followers per week they came, as the earlier export lists them, from 0 up to{' '}
        {formatCount(highest)}.
      </p>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${id}-caption ${id}-desc`}
      >
        <desc id={`${id}-desc`}>
          Of {formatCount(total)} dated followers in the earlier export, {formatCount(stayed)} are still in
          the later one. The week with the most gone lost {formatCount(before[worst]! - still[worst]!)} of{' '}
          {formatCount(before[worst]!)}.
        </desc>
        <ValueAxis left={LEFT} width={WIDTH} highest={highest} y={y} />
        <path
          class="series-followers"
          d={barsPath(before.length, (i) => still[i]!, x, y, Math.max(barWidth * 0.85, 0.6))}
        />
        <path
          class="series-burst"
          d={barsPath(
            before.length,
            (i) => before[i]! - still[i]!,
            x,
            y,
            Math.max(barWidth * 0.85, 0.6),
            (i) => still[i]!,
          )}
        />
      </svg>
    </figure>
  );
}
