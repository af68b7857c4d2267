import { useId } from 'preact/hooks';
import type { AudienceFigures } from '../../lib/audience/compare';
import { countOf, formatCount } from '../../lib/numbers/format';

// Narrow enough that the 13px labels stay about that size on a phone, where the chart fills the width.
const WIDTH = 320;
const BAR = 18;
// Below this a bar reads as a hairline; a bar this wide still says "a little" beside a long one.
const MIN_BAR = 8;
const TITLE = 20;
const ROW = 16 + BAR + 10;
const GROUP = TITLE + 2 * ROW + 12;

const SERIES = [
  { key: 'followers', label: 'Followers', value: (figure: AudienceFigures) => figure.followers },
  { key: 'real', label: 'Likely real people', value: (figure: AudienceFigures) => figure.real?.count },
  {
    key: 'engaged',
    label: 'Engaged people per post',
    value: (figure: AudienceFigures) => figure.engagedPerPost,
  },
] as const;

/**
 * One group of bars per figure (followers, likely real, engaged per post), the two accounts side by side in
 * each, every group on its own scale: engaged people are a sliver of a follower count, and on one scale
 * their bars would be hairlines.
 */
export function AudienceChart({
  names,
  figures,
}: {
  names: readonly string[];
  figures: readonly AudienceFigures[];
}) {
  const id = useId();
  const summary = figures
    .map(
      (figure, index) =>
        `${names[index]}: ${countOf(figure.followers, 'follower')}, ${figure.real ? `about ${formatCount(figure.real.count)} likely real` : 'likely real not known'}, ${formatCount(figure.engagedPerPost)} engaged per post`,
    )
    .join('. ');
  return (
    <figure class="chart">
      <figcaption>Each group of bars has its own scale.</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${SERIES.length * GROUP}`}
        role="img"
        aria-labelledby={id}
        class="audience-chart"
      >
        <title id={id}>{summary}</title>
        {SERIES.map((series, group) => {
          const largest = Math.max(1, ...figures.map((figure) => series.value(figure) ?? 0));
          return (
            <g key={series.key} transform={`translate(0 ${group * GROUP})`}>
              <text class="chart-group" x={0} y={14}>
                {series.label}
              </text>
              {figures.map((figure, row) => {
                const value = series.value(figure);
                const y = TITLE + row * ROW;
                const width = value ? Math.max(MIN_BAR, (WIDTH * value) / largest) : 0;
                return (
                  <g key={row}>
                    <text class="chart-label" x={0} y={y + 12}>
                      {names[row]}: {value === undefined ? 'not known' : formatCount(value)}
                    </text>
                    {width > 0 && (
                      <rect class={`bar series-${series.key}`} x={0} y={y + 16} width={width} height={BAR} />
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
