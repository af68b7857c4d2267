import type { Benchmark } from '../../../lib/estimator/quick/benchmarks';
import type { AccountKind, QuickCheckInput } from '../../../lib/estimator/quick/quick-check';
import type { EngagementReading } from '../../../lib/estimator/quick/reading';
import { WHAT_IF_NOTE, whatIfSentence } from '../../../lib/estimator/quick/what-if';
import { countOf, formatCount, formatPercent, formatRate } from '../../../lib/numbers/format';

interface Props {
  value: QuickCheckInput;
  rate: number;
  platformLabel: string;
  account: AccountKind;
  benchmark: Benchmark | undefined;
  reading: EngagementReading | undefined;
  /** The followers the what-if adds; undefined while that field needs fixing. */
  bought: number | undefined;
}

/** The quick check's reading: one plain sentence, then the rate, then how it compares, then the method. */
export function QuickResult({ value, rate, platformLabel, account, benchmark, reading, bought }: Props) {
  return (
    <>
      <p class="headline">
        {reading?.headline ??
          `There is no published figure for ${platformLabel} to compare this account with.`}
      </p>
      <p class="figure">
        <span class="figure-label" id="quick-rate-label">
          Engagement rate per post
        </span>
        <output aria-labelledby="quick-rate-label" class="figure-value">
          {formatRate(rate)}
        </output>
      </p>
      <p class="meta">
        ({formatCount(value.likes + value.comments)} likes and comments per post for{' '}
        {countOf(value.followers, 'follower')})
      </p>
      {benchmark && reading && (
        <>
          <p>{reading.comparison}</p>
          {reading.innocentCauses.length > 0 && (
            <>
              <h4>Innocent reasons for a gap</h4>
              <ul>
                {reading.innocentCauses.map((cause) => (
                  <li key={cause}>{cause}</li>
                ))}
              </ul>
            </>
          )}
          <p>{reading.meaning}</p>
          <p>{reading.limits}</p>
        </>
      )}
      <h4>What if you bought followers?</h4>
      <p>
        {bought === undefined
          ? 'Fix the number of followers to buy, above, and the what-if appears here.'
          : whatIfSentence(value, bought, account)}
      </p>
      <p class="meta">{WHAT_IF_NOTE}</p>
      {benchmark && (
        <p class="meta">
          Benchmark for {platformLabel}: {benchmark.whose}. Usual range {formatPercent(benchmark.low)} to{' '}
          {formatPercent(benchmark.high)}, typically {formatPercent(benchmark.typical)}
          {account === 'creator' ? ', the guide’s floor for creators' : ''}. {benchmark.note} Source:{' '}
          <a href={benchmark.source.url}>{benchmark.source.title}</a>, {benchmark.source.publisher},{' '}
          {benchmark.source.year}. Read from:{' '}
          {benchmark.readFrom.map((source, index) => (
            <span key={source.url}>
              {index > 0 && '; '}
              <a href={source.url}>{source.title}</a>, {source.publisher}, {source.year}
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}
