import { useMemo } from 'preact/hooks';
import {
  assumedSpan,
  handCheckEstimate,
  OWNER_FALSE_POSITIVE,
  OWNER_SENSITIVITY,
} from '../../lib/estimator/hand/owner';
import {
  handCheckHeadline,
  rawShareSentence,
  whichToBelieve,
  type HandJudge,
} from '../../lib/estimator/hand/plain-result';
import { LIKELY_RANGE_GLOSS, MIN_ANSWERS_FOR_RANGE } from '../../lib/estimator/plain-answer';
import { countOf, formatCount, formatPercent } from '../../lib/numbers/format';
import { extrapolateCount } from '../../lib/stats/proportion';
import { EstimateFigure } from './EstimateFigure';

/** What a finished hand check of follower positions or names adds up to. */
interface HandCheckTally {
  followers: number;
  checked: number;
  fake: number;
  unsure: number;
}

/**
 * A hand check's result, one plain sentence first: from five judged followers on, the fake share with its
 * likely range, then the figure, the count it implies, which figure to believe, and the method; below five,
 * how many are judged and that the likely range comes at five.
 */
export function HandCheckResult({
  followers,
  checked,
  fake,
  unsure,
  judge = 'you',
}: HandCheckTally & {
  /** Who judged the accounts: the reader, or whoever sent a shared history. */ judge?: HandJudge;
}) {
  const judged = checked - unsure;
  const estimate = useMemo(
    () => (judged < MIN_ANSWERS_FOR_RANGE ? undefined : handCheckEstimate(fake, judged)),
    [fake, judged],
  );
  const headline = handCheckHeadline(judged, estimate, judge);
  // Below five there is no figure (an output, announced as it changes), so the sentence itself is announced.
  if (!estimate)
    return (
      <>
        <p class="headline" role="status">
          {headline}
        </p>
        {judged > 0 && <p>{rawShareSentence(fake, judged, judge)}</p>}
      </>
    );
  const count = extrapolateCount(estimate, followers);
  const believe = whichToBelieve(estimate);
  return (
    <>
      <p class="headline">{headline}</p>
      <EstimateFigure estimate={estimate} />
      <p class="meta">{LIKELY_RANGE_GLOSS}</p>
      <p>
        {rawShareSentence(fake, judged, judge)}
        {believe && ` ${believe}`}
      </p>
      <p>
        Across {countOf(followers, 'follower')} that suggests about{' '}
        <strong>{formatCount(count.count)}</strong> fake followers, likely between {formatCount(count.low)}{' '}
        and {formatCount(count.high)}.
      </p>
      <p class="meta">
        The likely range allows for the size of the sample and for{' '}
        {judge === 'you' ? 'your own' : 'the sender’s'} judgement being wrong now and then: it assumes{' '}
        {judge === 'you' ? 'you spot' : 'they spot'} {assumedSpan(OWNER_SENSITIVITY)} of bought accounts and
        mistake {assumedSpan(OWNER_FALSE_POSITIVE)} of real people, and holds wherever in those spans{' '}
        {judge === 'you' ? 'you are' : 'they are'} (see the method).
        {unsure > 0 &&
          ` ${formatCount(unsure)} ${unsure === 1 ? 'account' : 'accounts'} ${judge === 'you' ? 'you' : 'the sender'} could not judge ${unsure === 1 ? 'is' : 'are'} left out; if ${unsure === 1 ? 'it was' : 'they were all'} fake, the share would be ${formatPercent((fake + unsure) / checked)}.`}
      </p>
    </>
  );
}
