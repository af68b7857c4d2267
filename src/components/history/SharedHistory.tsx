import { useId } from 'preact/hooks';
import { formatDays } from '../../lib/history/arrivals';
import type { HistoryShare, SharedBurst, SharedHandCheck } from '../../lib/history/share';
import { BURST_LABELS } from '../../lib/history/state';
import { sampleScopeText } from '../../lib/history/summary';
import { countOf, formatCount } from '../../lib/numbers/format';
import { PLATFORM_NAMES } from '../../lib/platforms';
import { HandCheckResult } from '../estimator/HandCheckResult';
import { ArrivalChart } from './ArrivalChart';
import { BurstList } from './BurstList';
import { sharedHeadline } from '../../lib/history/plain';

function labelText(burst: SharedBurst): string {
  const label = BURST_LABELS.find((option) => option.id === burst.label)?.label;
  return label
    ? `Asked what brought them, the sender answered: “${label}”.`
    : 'The sender has not said what brought them.';
}

function SharedCheck({ check, total }: { check: SharedHandCheck; total: number }) {
  const id = useId();
  return (
    <section class="sample-progress" aria-labelledby={id}>
      <h4 id={id}>The sender’s hand check of {sampleScopeText(check.scope, total)}</h4>
      <p>
        <strong>
          {formatCount(check.checked)} of {formatCount(check.drawn)}
        </strong>{' '}
        names drawn at random from {formatCount(check.population)} were opened and judged by the sender.
      </p>
      <HandCheckResult
        followers={check.population}
        checked={check.checked}
        fake={check.fake}
        unsure={check.unsure}
        judge="sender"
      />
    </section>
  );
}

/**
 * A follower history someone shared (`#history=...`), read-only: what the link proves and what it cannot,
 * the weekly chart, the bursts with the sender's labels and the result of the sender's hand checks. Every
 * value was checked by the strict reader in lib/history/share.ts and is shown as text, never as HTML.
 */
export function SharedHistory({ share, onClose }: { share: HistoryShare; onClose: () => void }) {
  const { platform, total, weeks, bursts, checks } = share;
  const dated = weeks ? weeks.counts.reduce((sum, count) => sum + count, 0) : 0;
  return (
    <section class="tool-result export-result" aria-labelledby="shared-history-title">
      <h3 id="shared-history-title">A follower history shared with you</h3>
      <p class="headline">
        {sharedHeadline({
          platform: PLATFORM_NAMES[platform],
          total,
          dated: weeks !== undefined,
          bursts: bursts.length,
        })}
      </p>
      <p>
        According to this link, its sender read their {PLATFORM_NAMES[platform]} data export with this page,
        and the export listed <strong>{countOf(total, 'follower')}</strong>
        {weeks
          ? `, with follow dates ${weeks.first === weeks.last ? 'on' : 'from'} ${formatDays(weeks.first, weeks.last)}.`
          : ', with no follow dates, so there is no chart.'}
      </p>
      <div class="notice">
        <p>
          <strong>What this link shows:</strong> the numbers this page worked out from that export, as it was
          when they read it: followers per week, the bursts and what they say brought each, and the result of
          their own hand check of names. The link holds no names.
        </p>
        <p>
          <strong>What it cannot show:</strong> that the export was theirs, complete and not edited. The link
          carries numbers, not the export, and anyone can make a link with numbers like these. To be sure, ask
          them to download their export again and read it with this page while you watch.
        </p>
      </div>
      {weeks && (
        <>
          <h3>When they arrived</h3>
          <ArrivalChart
            weekly={weeks}
            bursts={bursts.map((burst, index) => ({ start: burst.start, end: burst.end, number: index + 1 }))}
          />
          {dated < total && (
            <p class="meta">
              {countOf(total - dated, 'follower')} without a date {total - dated === 1 ? 'is' : 'are'} not in
              the chart.
            </p>
          )}
          <h3>Bursts</h3>
          {bursts.length === 0 ? (
            <p>No day stood out: these followers came at a steady pace.</p>
          ) : (
            <BurstList
              bursts={bursts.map((burst) => ({ ...burst, spanHours: burst.minutes / 60 }))}
              adviceFor={labelText}
            />
          )}
        </>
      )}
      <h3>Real names checked by hand</h3>
      {checks.length === 0 ? (
        <p>The sender had not checked any names by hand when they made this link.</p>
      ) : (
        checks.map((check) => <SharedCheck key={check.scope.kind} check={check} total={total} />)
      )}
      <p>
        <button type="button" class="button" onClick={onClose}>
          Close the shared history
        </button>
      </p>
    </section>
  );
}
