import type { Answers } from '../../lib/quiz/discernment';
import { picturePoint } from '../../lib/quiz/reading';

// The triangle's corners in the drawing's own units: "tells them apart" at the top, "trusts everything"
// bottom left, "suspects everything" bottom right.
const TOP = { x: 160, y: 30 };
const TRUSTS = { x: 30, y: 170 };
const SUSPECTS = { x: 290, y: 170 };

function place(answers: Answers): { x: number; y: number } {
  const { trusts, suspects, tellsApart } = picturePoint(answers);
  return {
    x: trusts * TRUSTS.x + suspects * SUSPECTS.x + tellsApart * TOP.x,
    y: trusts * TRUSTS.y + suspects * SUSPECTS.y + tellsApart * TOP.y,
  };
}

/** One play in the picture. */
export interface Mark {
  answers: Answers;
  /** Shown beside the dot, e.g. "You" or "Week 1". */
  label: string;
}

interface Props {
  /** One dot a play: her own, or two to compare (the first drawn hollow, an arrow to the second). */
  marks: readonly Mark[];
  /** What the picture shows, read out in place of it: the sentence the page prints beside it. */
  description: string;
}

/**
 * Where a play sits between three corners: trusting everything (clicking every post), suspecting everything
 * (scrolling past every post) and telling them apart. The dot's pull towards each corner is the share of
 * bait clicked, of good posts passed and of the gap between the two (reading.ts, picturePoint).
 */
export function DiscernmentPicture({ marks, description }: Props) {
  const points = marks.map((mark) => ({ ...mark, ...place(mark.answers) }));
  const [first, second] = points;
  return (
    <svg class="quiz-picture" viewBox="0 0 320 200" role="img" aria-label={description}>
      <polygon
        class="quiz-picture-area"
        points={`${TOP.x},${TOP.y} ${SUSPECTS.x},${SUSPECTS.y} ${TRUSTS.x},${TRUSTS.y}`}
      />
      <text x={TOP.x} y={TOP.y - 12} text-anchor="middle">
        Tells them apart
      </text>
      <text x={TRUSTS.x - 20} y={TRUSTS.y + 22}>
        Trusts everything
      </text>
      <text x={SUSPECTS.x + 20} y={SUSPECTS.y + 22} text-anchor="end">
        Suspects everything
      </text>
      {first && second && (
        <line class="quiz-picture-move" x1={first.x} y1={first.y} x2={second.x} y2={second.y} />
      )}
      {points.map((point, index) => (
        <g key={point.label} class={index === points.length - 1 ? 'quiz-picture-now' : 'quiz-picture-then'}>
          <circle cx={point.x} cy={point.y} r="7" />
          {/* With two dots, the earlier one is labelled on its left, so the labels rarely meet. */}
          <text
            x={index === 0 && second ? point.x - 11 : point.x + 11}
            y={point.y + 4}
            text-anchor={index === 0 && second ? 'end' : 'start'}
          >
            {point.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
