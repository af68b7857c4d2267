import { useId } from 'preact/hooks';
import { formatCount } from '../../../lib/numbers/format';
import { SCORE_BINS } from '../../../lib/estimator/profile/model';
import { ScrollRegion } from '../../shared/ScrollRegion';

const WIDTH = 320;
const HEIGHT = 140;
const AXIS = 18;

/** A band wholly below the cut-off holds accounts not flagged, one wholly above flagged ones; one spanning it, both. */
const zone = (bin: { low: number; high: number }, flaggedFrom: number) =>
  bin.high < flaggedFrom ? 'real' : bin.low >= flaggedFrom ? 'fake' : 'suspicious';

/**
 * How many profiles fell in each score band, as bars with the same numbers in a table beside them.
 * `flaggedFrom` is the lowest score (0-100) the file's checks call likely fake.
 */
export function ScoreHistogram({
  histogram,
  flaggedFrom,
}: {
  histogram: readonly number[];
  flaggedFrom: number;
}) {
  const id = useId();
  const highest = Math.max(1, ...histogram);
  const barWidth = WIDTH / SCORE_BINS.length;
  return (
    <figure class="chart">
      <figcaption id={id}>
        Profiles by score: higher scores show more signs of a bought account. From {flaggedFrom} up, an
        account is called likely fake.
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-labelledby={id} class="histogram">
        {SCORE_BINS.map((bin, index) => {
          const count = histogram[index] ?? 0;
          const height = count === 0 ? 0 : Math.max(2, (count / highest) * HEIGHT);
          return (
            <rect
              key={bin.label}
              class={`bar zone-${zone(bin, flaggedFrom)}`}
              x={index * barWidth + 2}
              y={HEIGHT - height}
              width={barWidth - 4}
              height={height}
            />
          );
        })}
        <line class="axis" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
        {SCORE_BINS.filter((_, index) => index % 2 === 0).map((bin, index) => (
          <text key={bin.label} class="tick" x={index * 2 * barWidth + 2} y={HEIGHT + AXIS - 4}>
            {bin.low}
          </text>
        ))}
      </svg>
      <details>
        <summary>The numbers in the chart</summary>
        <ScrollRegion label="Profiles by score">
          <table>
            <thead>
              <tr>
                <th scope="col">Score</th>
                <th scope="col">Profiles</th>
              </tr>
            </thead>
            <tbody>
              {SCORE_BINS.map((bin, index) => (
                <tr key={bin.label}>
                  <th scope="row">{bin.label}</th>
                  <td>{formatCount(histogram[index] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
