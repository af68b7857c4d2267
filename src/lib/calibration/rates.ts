import type { ErrorRates } from '../stats/misclassification';
import type { CalibratedTier } from './types';

/** The error rates a tier carries into the estimate: one belief per source, and the unseen-source spread. */
export function errorRatesOf(
  tier: Pick<CalibratedTier, 'people' | 'bought' | 'unseenSourceSpread' | 'unseenPopulationSpread'>,
): ErrorRates {
  return {
    falsePositive: tier.people.map(({ hits, n }) => ({ hits, n })),
    sensitivity: tier.bought.map(({ hits, n }) => ({ hits, n })),
    unseenSourceSpread: tier.unseenSourceSpread,
    unseenPopulationSpread: tier.unseenPopulationSpread,
  };
}
