import { useMemo } from 'preact/hooks';
import {
  assumedSpan,
  HAND_CHECK_RATES,
  OWNER_FALSE_POSITIVE,
  OWNER_SENSITIVITY,
} from '../../lib/estimator/hand/owner';
import { countOf, formatCount, formatPercent } from '../../lib/numbers/format';
import { correctedShare } from '../../lib/stats/misclassification';
import { extrapolateCount } from '../../lib/stats/proportion';
import { EstimateFigure } from './EstimateFigure';

/** What a finished hand check of follower positions or names adds up to. */
interface HandCheckTally {
  followers: number;
  checked: number;
  fake: number;
  unsure: number;
}

/** The estimate from a tally, with the count it implies and what the unjudged accounts could change. */
export function HandCheckResult({
  followers,
  checked,
  fake,
  unsure,
  judge = 'you',
}: HandCheckTally & {
  /** Who judged the accounts: the reader, or whoever sent a shared history. */ judge?: 'you' | 'sender';
}) {
  const judged = checked - unsure;
  const estimate = useMemo(
    () => (judged < 1 ? undefined : correctedShare(fake, judged, HAND_CHECK_RATES)),
    [fake, judged],
  );
  if (!estimate) return <p>None of the checked accounts could be judged, so there is no estimate yet.</p>;
  const count = extrapolateCount(estimate, followers);
  return (
    <>
      <EstimateFigure estimate={estimate} />
      <p>
        {formatCount(fake)} of {formatCount(judged)} judged accounts looked fake (
        {formatPercent(estimate.raw.share)}
        ). Across {countOf(followers, 'follower')} that suggests about{' '}
        <strong>{formatCount(count.count)}</strong> fake followers, somewhere between {formatCount(count.low)}{' '}
        and {formatCount(count.high)}.
      </p>
      <p class="meta">
        The range allows for the size of the sample and for {judge === 'you' ? 'your own' : 'the sender’s'}{' '}
        judgement being wrong now and then: it assumes {judge === 'you' ? 'you spot' : 'they spot'}{' '}
        {assumedSpan(OWNER_SENSITIVITY)} of bought accounts and mistake {assumedSpan(OWNER_FALSE_POSITIVE)} of
        real people (see the method).
        {unsure > 0 &&
          ` ${formatCount(unsure)} ${unsure === 1 ? 'account' : 'accounts'} ${judge === 'you' ? 'you' : 'the sender'} could not judge ${unsure === 1 ? 'is' : 'are'} left out; if ${unsure === 1 ? 'it was' : 'they were all'} fake, the share would be ${formatPercent((fake + unsure) / checked)}.`}
      </p>
    </>
  );
}
