import { formatCount } from '../../lib/numbers/format';

/**
 * Rectangles for every bar of a chart as one SVG path, so thousands of days stay one element, cheap to draw.
 * Bar `i` runs from `base(i)` to `base(i) + value(i)` (down for a negative value), at least a pixel tall;
 * a bar of 0 is left out.
 */
export function barsPath(
  count: number,
  value: (index: number) => number,
  x: (index: number) => number,
  y: (value: number) => number,
  width: number,
  base: (index: number) => number = () => 0,
): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const v = value(i);
    if (v === 0) continue;
    const bottom = y(base(i));
    const top = y(base(i) + v);
    const height = Math.max(1, Math.abs(bottom - top));
    d += `M${x(i).toFixed(2)} ${Math.min(top, bottom).toFixed(2)}h${width.toFixed(2)}v${height.toFixed(2)}h${(-width).toFixed(2)}z`;
  }
  return d;
}

/** The zero line, a line at the highest value, and both labelled: the value axis both history charts share. */
export function ValueAxis({
  left,
  width,
  highest,
  y,
}: {
  left: number;
  width: number;
  highest: number;
  y: (value: number) => number;
}) {
  return (
    <>
      <line class="axis" x1={left} x2={width} y1={y(0)} y2={y(0)} />
      <line class="grid" x1={left} x2={width} y1={y(highest)} y2={y(highest)} />
      <text class="tick" x={left - 6} y={y(highest) + 4} text-anchor="end">
        {formatCount(highest)}
      </text>
      <text class="tick" x={left - 6} y={y(0) + 4} text-anchor="end">
        0
      </text>
    </>
  );
}
