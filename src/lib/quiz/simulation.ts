import { normalCdf } from '../stats/normal';
import { mulberry32 } from '../stats/seeded';
import { compareDiscernment, discernment, type Answers, type Change } from './discernment';

/**
 * Simulated players, to check what the retest comparison says when nothing changed and when something did.
 * A player has a true discernment d′ and leaning c, and judges each post by the equal-variance normal model
 * the measures assume: bait is scrolled past with probability 1 − Φ(c − d′/2), a good post 1 − Φ(c + d′/2).
 */
export interface SimulatedPlayer {
  dPrime: number;
  criterion: number;
}

export function simulatedAnswers(player: SimulatedPlayer, posts: number, uniform: () => number): Answers {
  const hit = 1 - normalCdf(player.criterion - player.dPrime / 2);
  const falseAlarm = 1 - normalCdf(player.criterion + player.dPrime / 2);
  let baitCaught = 0;
  let goodPassed = 0;
  for (let i = 0; i < posts; i++) {
    if (uniform() < hit) baitCaught++;
    if (uniform() < falseAlarm) goodPassed++;
  }
  return { baitCaught, baitAnswered: posts, goodPassed, goodAnswered: posts };
}

/** How often the comparison of a play by `before` and a retest by `after` says d′ rose, fell or stayed. */
export function comparisonRates(
  before: SimulatedPlayer,
  after: SimulatedPlayer,
  options: { posts: number; runs: number; seed: number },
): Record<Change, number> {
  const uniform = mulberry32(options.seed);
  const counts: Record<Change, number> = { rose: 0, fell: 0, same: 0 };
  for (let run = 0; run < options.runs; run++) {
    const first = discernment(simulatedAnswers(before, options.posts, uniform));
    const second = discernment(simulatedAnswers(after, options.posts, uniform));
    counts[compareDiscernment(first, second).dPrime]++;
  }
  return {
    rose: counts.rose / options.runs,
    fell: counts.fell / options.runs,
    same: counts.same / options.runs,
  };
}
