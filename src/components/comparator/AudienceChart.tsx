import { useId } from 'preact/hooks';
import type { AudienceFigures } from '../../lib/audience/compare';
import { countOf, formatCount } from '../../lib/numbers/format';

const WIDTH = 400;
const BAR = 18;
const GAP = 6;
const LABEL = 128;
const GROUP = 3 * (BAR + GAP) + 28;

const SERIES = [
  { key: 'followers', label: 'Followers', value: (figure: AudienceFigures) => figure.followers },
  { key: 'real', label: 'Likely real', value: (figure: AudienceFigures) => figure.real.count },
  { key: 'engaged', label: 'Engaged per post', value: (figure: AudienceFigures) => figure.engagedPerPost },
] as const;

/** Three bars per account on one scale, so a big hollow audience and a small engaged one sit side by side. */
export function AudienceChart({
  names,
  figures,
}: {
  names: readonly string[];
  figures: readonly AudienceFigures[];
}) {
  const id = useId();
  const largest = Math.max(1, ...figures.map((figure) => figure.followers));
  const scale = (value: number) => (value === 0 ? 0 : Math.max(2, ((WIDTH - LABEL - 64) * value) / largest));
  const summary = figures
    .map(
      (figure, index) =>
        `${names[index]}: ${countOf(figure.followers, 'follower')}, about ${formatCount(figure.real.count)} likely real, ${formatCount(figure.engagedPerPost)} engaged per post`,
    )
    .join('. ');
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${figures.length * GROUP}`}
        role="img"
        aria-labelledby={id}
        class="audience-chart"
      >
        <title id={id}>{summary}</title>
        {figures.map((figure, group) => (
          <g key={group} transform={`translate(0 ${group * GROUP})`}>
            <text class="chart-group" x={0} y={16}>
              {names[group]}
            </text>
            {SERIES.map((series, row) => {
              const y = 24 + row * (BAR + GAP);
              const width = scale(series.value(figure));
              return (
                <g key={series.key}>
                  <text class="chart-label" x={0} y={y + BAR - 6}>
                    {series.label}
                  </text>
                  <rect class={`bar series-${series.key}`} x={LABEL} y={y} width={width} height={BAR} />
                  <text class="chart-value" x={LABEL + width + 6} y={y + BAR - 6}>
                    {formatCount(series.value(figure))}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </figure>
  );
}
