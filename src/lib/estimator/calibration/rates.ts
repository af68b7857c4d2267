import type { ErrorRates } from '../../stats/misclassification';
import type { CalibratedTier } from './types';

/** The error rates a tier carries into the estimate: how both rates vary between the populations measured. */
export function errorRatesOf(tier: Pick<CalibratedTier, 'falsePositive' | 'sensitivity'>): ErrorRates {
  return { falsePositive: tier.falsePositive, sensitivity: tier.sensitivity };
}
