import { benchmarkFor } from '../../../lib/estimator/quick/benchmarks';
import type { AccountKind, QuickCheckInput } from '../../../lib/estimator/quick/quick-check';
import { readEngagement } from '../../../lib/estimator/quick/reading';
import { QuickResult } from './QuickResult';

/**
 * The quick check's reading, loaded once there are numbers to read: the benchmarks, their sources and the
 * wording stay out of what a phone loads before the reader has typed anything.
 */
export function QuickReading(props: {
  value: QuickCheckInput;
  rate: number;
  platformLabel: string;
  account: AccountKind;
  bought: number | undefined;
}) {
  const benchmark = benchmarkFor(props.value.platform, props.value.followers);
  const reading = benchmark ? readEngagement(props.rate, benchmark, props.account) : undefined;
  return <QuickResult {...props} benchmark={benchmark} reading={reading} />;
}
