// npm run bench:quiz (also part of npm run bench): what the quiz's retest comparison says about simulated
// players on two forms of 10 bait and 10 good posts.
//   No change: players who are the same a week later; how often the comparison still calls a rise or a fall.
//   Real change: players whose discernment (d′) truly rose, or who only leaned further towards scrolling past;
//   how often the comparison calls d′ "rose".
import { runnerImport } from 'vite';
import { printTable } from './lib/table.mjs';

const RUNS = 20_000;
const POSTS = 10;
const percent = (share) => `${(100 * share).toFixed(1)}%`;

const UNCHANGED = [
  { dPrime: 0, criterion: 0 },
  { dPrime: 0.5, criterion: 0 },
  { dPrime: 1.35, criterion: -0.5 },
  { dPrime: 2, criterion: 0.3 },
  { dPrime: 3, criterion: 0 },
];
const CHANGED = [
  { label: 'd′ 0.5 → 1.5', before: { dPrime: 0.5, criterion: 0 }, after: { dPrime: 1.5, criterion: 0 } },
  { label: 'd′ 0.5 → 2.5', before: { dPrime: 0.5, criterion: 0 }, after: { dPrime: 2.5, criterion: 0 } },
  { label: 'd′ 1 → 3', before: { dPrime: 1, criterion: 0 }, after: { dPrime: 3, criterion: 0 } },
  {
    label: 'only warier: c 0 → −1, d′ 1',
    before: { dPrime: 1, criterion: 0 },
    after: { dPrime: 1, criterion: -1 },
  },
];

export async function quizFigures(root = process.cwd()) {
  const { comparisonRates } = (await runnerImport(`${root}/src/lib/quiz/simulation.ts`)).module;
  const options = (seed) => ({ posts: POSTS, runs: RUNS, seed });
  return {
    runs: RUNS,
    posts: POSTS,
    unchanged: UNCHANGED.map((player, index) => ({
      player,
      ...comparisonRates(player, player, options(100 + index)),
    })),
    changed: CHANGED.map(({ label, before, after }, index) => ({
      label,
      ...comparisonRates(before, after, options(200 + index)),
    })),
  };
}

export function printQuizFigures(figures) {
  printTable(
    `Quiz retest, players who did not change (${figures.runs.toLocaleString('en-GB')} simulated retests each, ${figures.posts} bait and ${figures.posts} good posts a play)`,
    ['player', 'called "same"', 'called "rose"', 'called "fell"'],
    figures.unchanged.map(({ player, same, rose, fell }) => [
      `d′ ${player.dPrime}, c ${player.criterion}`,
      percent(same),
      percent(rose),
      percent(fell),
    ]),
  );
  printTable(
    'Quiz retest, players who changed',
    ['change', 'called "rose"', 'called "same"', 'called "fell"'],
    figures.changed.map(({ label, rose, same, fell }) => [
      label,
      percent(rose),
      percent(same),
      percent(fell),
    ]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printQuizFigures(await quizFigures());
