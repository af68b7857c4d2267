import { formatDays } from '../../lib/history/arrivals';
import type { BurstSummary } from '../../lib/history/summary';
import { countOf } from '../../lib/numbers/format';
import { burstHeadline } from '../../lib/history/plain';

const INNOCENT_FIRST =
  'Most jumps like this have an ordinary cause, so think of those first: a giveaway or contest, an article or a mention by a bigger account, a paid campaign or advert, or a post that travelled further than usual. If one of them explains it, say so below. If none does, this is where to look: check a sample of the people who came.';

function hoursText(hours: number): string {
  if (hours < 1) return 'less than an hour';
  if (hours < 36) return `${countOf(Math.round(hours), 'hour')}`;
  return `${countOf(Math.round(hours / 24), 'day')}`;
}

/** The plain reading of one burst: how big, how fast, innocent causes first. */
export function BurstReading({
  burst,
  advice = INNOCENT_FIRST,
}: {
  burst: Pick<BurstSummary, 'start' | 'end' | 'arrived' | 'usual'> & { spanHours?: number };
  advice?: string;
}) {
  return (
    <>
      <p class="headline">{burstHeadline(burst)}</p>
      {burst.spanHours !== undefined && burst.arrived >= 30 && (
        <p>Four in five of them followed within {hoursText(burst.spanHours)}.</p>
      )}
      <p>{advice}</p>
    </>
  );
}

type ReadBurst = Pick<BurstSummary, 'start' | 'end' | 'arrived' | 'usual'> & { spanHours?: number };

/** Bursts numbered in order, each with its plain reading and the advice `adviceFor` gives it. */
export function BurstList<Burst extends ReadBurst>({
  bursts,
  adviceFor,
}: {
  bursts: readonly Burst[];
  adviceFor: (burst: Burst) => string;
}) {
  return (
    <ol class="burst-list">
      {bursts.map((burst, index) => (
        <li key={burst.start} class="burst">
          <h4>
            Burst {index + 1}: {formatDays(burst.start, burst.end)}
          </h4>
          <BurstReading burst={burst} advice={adviceFor(burst)} />
        </li>
      ))}
    </ol>
  );
}
