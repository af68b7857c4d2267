import { useId, useMemo, useState } from 'preact/hooks';
import { arrivalsByWeek, formatDay, isoDay, weekday, type ArrivalSeries } from '../../lib/history/arrivals';
import { formatCount } from '../../lib/numbers/format';
import { ScrollRegion } from '../shared/ScrollRegion';
import { barsPath, ValueAxis } from './bars';

const WIDTH = 480;
const HEIGHT = 160;
// Room for labels that stay readable on a phone, where the chart is drawn at about two thirds of its size.
const TOP = 22;
const LEFT = 60;
const BOTTOM = 26;
/** Rows the table shows at most; the chart always shows every day. */
const MAX_ROWS = 1_500;

export interface ChartBurst {
  start: number;
  end: number;
  /** Its number in the list of bursts below the chart. */
  number: number;
}

type View = 'day' | 'week';

/** Counts already per week (a shared history): from the Monday of `first`'s week, over `first` to `last`. */
export interface WeekCounts {
  first: number;
  last: number;
  counts: readonly number[];
}

/**
 * New followers over time as bars, per day or per week, with the bursts marked and numbered, and the same
 * numbers in a table. The SVG has a fixed aspect ratio, so the page does not move when it draws. `what`
 * names the counts ("new followers", or "change in followers" for a pasted series, which can fall). Given
 * `weekly` counts instead of `daily` ones, it shows weeks only.
 */
export function ArrivalChart({
  daily,
  weekly,
  bursts,
  what = 'New followers',
}: ({ daily: ArrivalSeries; weekly?: undefined } | { daily?: undefined; weekly: WeekCounts }) & {
  bursts: readonly ChartBurst[];
  what?: string;
}) {
  const id = useId();
  const [view, setView] = useState<View>(!daily || daily.counts.length > 120 ? 'week' : 'day');
  const [tableOpen, setTableOpen] = useState(false);
  const series = useMemo(
    () =>
      daily
        ? view === 'week'
          ? arrivalsByWeek(daily)
          : daily
        : { firstDay: weekly.first - weekday(weekly.first), counts: weekly.counts },
    [daily, weekly, view],
  );
  const shownFirst = daily ? daily.firstDay : weekly.first;
  const step = view === 'week' ? 7 : 1;
  const { counts, firstDay } = series;
  const highest = Math.max(1, ...counts.map((count) => Math.round(count)));
  const lowest = Math.min(0, ...counts.map((count) => Math.round(count)));
  const plotWidth = WIDTH - LEFT;
  const barWidth = plotWidth / Math.max(1, counts.length);
  const x = (index: number) => LEFT + index * barWidth;
  const y = (value: number) => TOP + ((highest - value) / (highest - lowest)) * (HEIGHT - TOP);
  const bucketOf = (day: number) => Math.floor((day - firstDay) / step);
  const inBurst = (index: number) =>
    bursts.some((burst) => bucketOf(burst.start) <= index && bucketOf(burst.end) >= index);
  const lastDay = daily ? daily.firstDay + daily.counts.length - 1 : weekly.last;
  const unit = view === 'week' ? 'week' : 'day';
  const largest =
    bursts.length > 0
      ? `${bursts.length} ${bursts.length === 1 ? 'burst is' : 'bursts are'} marked and numbered as in the list below.`
      : 'No bursts stand out.';
  const years: number[] = [];
  for (
    let year = new Date(shownFirst * 86_400_000).getUTCFullYear() + 1;
    year <= new Date(lastDay * 86_400_000).getUTCFullYear();
    year++
  )
    years.push(year);

  const rows = counts
    .map((count, index) => ({ day: firstDay + index * step, count, index }))
    .filter((row) => view === 'week' || row.count !== 0 || inBurst(row.index));
  return (
    <figure class="chart arrival-chart">
      <figcaption id={`${id}-caption`}>
        {what} per {unit}, {formatDay(shownFirst)} to {formatDay(lastDay)}. {largest}
      </figcaption>
      {daily && (
        <fieldset class="chart-view">
          <legend>Show</legend>
          {(['day', 'week'] as const).map((option) => (
            <label key={option} class="choice inline">
              <input
                type="radio"
                name={`${id}-view`}
                checked={view === option}
                onChange={() => setView(option)}
              />
              Per {option}
            </label>
          ))}
        </fieldset>
      )}
      <p class="meta">
        Scale on the left: {what.toLowerCase()} per {unit}, from 0 up to {formatCount(highest)}.
      </p>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + BOTTOM}`}
        width={WIDTH}
        height={HEIGHT + BOTTOM}
        role="img"
        aria-labelledby={`${id}-caption ${id}-desc`}
      >
        <desc id={`${id}-desc`}>
          The busiest {unit} had {formatCount(highest)}.
          {lowest < 0 ? ` The largest fall was ${formatCount(-lowest)}.` : ''} The table under the chart gives
          every {unit}.
        </desc>
        <ValueAxis left={LEFT} width={WIDTH} highest={highest} y={y} />
        <path
          class="series-followers"
          d={barsPath(
            counts.length,
            (i) => (inBurst(i) ? 0 : counts[i]!),
            x,
            y,
            Math.max(barWidth * 0.85, 0.6),
          )}
        />
        <path
          class="series-burst"
          d={barsPath(
            counts.length,
            (i) => (inBurst(i) ? counts[i]! : 0),
            x,
            y,
            Math.max(barWidth * 0.85, 1.5),
          )}
        />
        {bursts.map((burst) => {
          const centre = x(bucketOf(burst.start)) + barWidth / 2;
          return (
            <g key={burst.number} class="burst-mark">
              <text class="chart-value" x={centre} y={TOP - 4} text-anchor="middle">
                {burst.number}
              </text>
            </g>
          );
        })}
        {years.map((year) => {
          const day = Math.floor(Date.UTC(year, 0, 1) / 86_400_000);
          const at = x((day - firstDay) / step);
          return (
            <g key={year}>
              <line class="axis" x1={at} x2={at} y1={HEIGHT} y2={HEIGHT + 4} />
              <text class="tick" x={at + 2} y={HEIGHT + BOTTOM - 4}>
                {year}
              </text>
            </g>
          );
        })}
      </svg>
      <details onToggle={(event) => setTableOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>The numbers in the chart</summary>
        {tableOpen && (
          <ScrollRegion label={`${what} per ${unit}`}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{view === 'week' ? 'Week starting' : 'Day'}</th>
                  <th scope="col">{what}</th>
                  <th scope="col">Burst</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, MAX_ROWS).map((row) => {
                  const burst = bursts.find(
                    (candidate) =>
                      bucketOf(candidate.start) <= row.index && bucketOf(candidate.end) >= row.index,
                  );
                  return (
                    <tr key={row.day}>
                      <th scope="row">
                        <time dateTime={isoDay(row.day)}>{formatDay(row.day)}</time>
                      </th>
                      <td>{formatCount(Math.round(row.count))}</td>
                      <td>{burst ? `Burst ${burst.number}` : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {rows.length > MAX_ROWS && (
              <p class="meta">
                The first {formatCount(MAX_ROWS)} of {formatCount(rows.length)} rows; choose “Per week” for
                the whole history.
              </p>
            )}
          </ScrollRegion>
        )}
      </details>
    </figure>
  );
}
