import {
  boxCorrectedShare,
  type AssumedRate,
  type CorrectedEstimate,
  type ErrorRates,
} from '../../stats/misclassification';

/*
 * How well an owner judges an account by hand, with the checklist and the profile in front of them. Nobody has
 * measured it for bought followers. The nearest figures: in Cresci et al. 2017 ("The paradigm-shift of social
 * spambots", WWW '17 Companion), 247 tech-savvy annotators recognised 91% of simple spambots and only 24% of
 * bots built to look human. Bought followers are the simple kind, so we assume a careful owner catches between
 * 80% and 97% of them, and wrongly calls between 1% and 10% of real people fake (quiet customers with no photo
 * and no posts are easy to misjudge). Each rate is taken as equally likely anywhere in its range, so the range
 * shown carries this uncertainty too. These are assumptions, not measurements, and the method page says so.
 */
// own: an assumption (above), not a measurement.
export const OWNER_FALSE_POSITIVE: AssumedRate = { low: 0.01, high: 0.1 };
// own: the same assumption.
export const OWNER_SENSITIVITY: AssumedRate = { low: 0.8, high: 0.97 };

export const HAND_CHECK_RATES: ErrorRates = {
  falsePositive: OWNER_FALSE_POSITIVE,
  sensitivity: OWNER_SENSITIVITY,
};

/**
 * The share of fake followers behind an owner's own answers (`fake` of `judged` called fake), as the
 * spot-check and follower history's hand check give it: corrected for her mistakes at every catch rate and
 * false-positive rate the ranges above allow, so the likely range holds wherever in them she really is.
 */
export const handCheckEstimate = (fake: number, judged: number): CorrectedEstimate =>
  boxCorrectedShare(fake, judged, { falsePositive: OWNER_FALSE_POSITIVE, sensitivity: OWNER_SENSITIVITY });

/** An owner whose judgement the projection and the tests simulate: her catch rate and her error rate. */
export interface SimulatedOwner {
  sensitivity: number;
  falsePositiveRate: number;
}

/** The owner the audit's projection imagines: halfway through both assumed ranges. */
export const HAND_CHECK_OWNER: SimulatedOwner = {
  sensitivity: (OWNER_SENSITIVITY.low + OWNER_SENSITIVITY.high) / 2,
  falsePositiveRate: (OWNER_FALSE_POSITIVE.low + OWNER_FALSE_POSITIVE.high) / 2,
};

/** An assumed range of rates in words, as the pages give it: "80 to 97%". */
export const assumedSpan = ({ low, high }: AssumedRate): string =>
  `${Math.round(low * 100)} to ${Math.round(high * 100)}%`;
