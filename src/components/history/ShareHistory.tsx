import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  encodeHistoryLink,
  historyShareOf,
  MAX_HISTORY_LINK,
  type HistoryLink,
} from '../../lib/history/share';
import type { HistoryState } from '../../lib/history/state';
import { formatCount } from '../../lib/numbers/format';
import { shareUrl } from '../shared/address';
import { CopyLinkButton } from '../shared/CopyLinkButton';

const LABEL = 'Share this history (copy link)';

/**
 * "Share this history": a link holding the summary, never a name. It is made (deflated, which the browser
 * does asynchronously) whenever the summary changes, so the button copies at once, inside the tap; until the
 * link for what is on screen is ready, the button waits, disabled.
 */
export function ShareHistory({ state }: { state: HistoryState }) {
  const share = useMemo(() => historyShareOf(state), [state]);
  const key = useMemo(() => JSON.stringify(share ?? null), [share]);
  const [made, setMade] = useState<{ key: string; link: HistoryLink } | undefined>(undefined);
  useEffect(() => {
    if (!share) return;
    let live = true;
    void encodeHistoryLink(share).then((link) => live && setMade({ key, link }));
    return () => {
      live = false;
    };
  }, [key]);
  if (!share) return null;
  if (state.summary.example)
    return (
      <p class="meta">
        This history is the made-up example, so there is nothing of yours to share: read your own export to
        make a link of its history.
      </p>
    );
  const link = made?.key === key ? made.link : undefined;
  return (
    <section aria-labelledby="share-history-title">
      <h3 id="share-history-title">Share this history</h3>
      <p>
        A link for a business that asks about your audience: it opens this page with your followers per week,
        the bursts and your labels for them, and the result of your hand check, if you have made one. It holds
        no names, and the page sends it nowhere: only you do.
      </p>
      {link && 'fragment' in link ? (
        <CopyLinkButton label={LABEL} link={() => shareUrl(link.fragment)} />
      ) : link ? (
        <p class="notice">
          {'tooLong' in link
            ? `This history would make a link of ${formatCount(link.tooLong)} characters, over the ${formatCount(MAX_HISTORY_LINK)} a link may hold, so it cannot be shared as one.`
            : 'This history cannot be shared as a link: its numbers do not add up the way a link needs.'}
        </p>
      ) : (
        <div class="copy-link">
          <button type="button" class="button" disabled>
            {LABEL}
          </button>
        </div>
      )}
      <p class="meta">
        Whoever opens it sees your numbers, not your export, and the page tells them so: anyone could make a
        link with numbers like these. To show the export itself is yours and whole, read it with them
        watching.
      </p>
    </section>
  );
}
