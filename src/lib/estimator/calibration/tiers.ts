import { signsFor, type WeightedSign } from '../profile/model';
import type { FollowerProfile } from '../profile/types';
import { CALIBRATION } from './calibration.generated';
import type { CalibratedTier } from './types';

/** The signs the fitted check uses, with their cut-offs and points. */
export function fittedModel(): WeightedSign[] {
  return CALIBRATION.signs
    .filter((sign) => sign.points > 0)
    .map(({ id, cutoff, points }) => ({ id, cutoff, points }));
}

/**
 * The calibrated tier for a file whose columns give `fields`: the model's signs those fields allow, with the
 * cut-off and error rates measured for exactly that set. `undefined` when the set was not calibrated because
 * it cannot tell fakes from people well enough.
 */
export function tierFor(fields: ReadonlySet<keyof FollowerProfile>): CalibratedTier | undefined {
  const key = signsFor(fittedModel(), fields)
    .map((sign) => sign.id)
    .join();
  return CALIBRATION.tiers.find((tier) => tier.signs.map((sign) => sign.id).join() === key);
}
