import { useEffect, useState } from 'preact/hooks';
import { decodeHistoryLink, HISTORY_LINK_PREFIX, type HistoryShare } from '../../lib/history/share';

/** What the page's `#history=` fragment gave: nothing, a history being read, a shared history, or a notice. */
export type OpenedLink =
  | { kind: 'none' }
  | { kind: 'reading' }
  | { kind: 'shared'; share: HistoryShare }
  | { kind: 'refused'; notice: string };

const hasLink = () => window.location.hash.startsWith(HISTORY_LINK_PREFIX);

/**
 * Takes `#history=...` out of the address, keeping the path and query, so a reload shows the visitor's own
 * history. (The query is touched only in shared/address.ts; the fragment is follower history's alone.)
 */
function clearFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/**
 * The shared history in the page's address, read once when follower history opens. A link that cannot be
 * read leaves a notice and is taken out of the address; a good one stays there (a reload shows it again)
 * until the visitor closes it or leaves the mode. The visitor's own saved history is never touched.
 */
export function useHistoryLink(): { link: OpenedLink; close: () => void } {
  const [link, setLink] = useState<OpenedLink>(() => (hasLink() ? { kind: 'reading' } : { kind: 'none' }));
  useEffect(() => {
    let live = true;
    if (hasLink())
      void decodeHistoryLink(window.location.hash).then((opened) => {
        if (!live) return;
        if (opened.share) {
          setLink({ kind: 'shared', share: opened.share });
          return;
        }
        clearFragment();
        setLink(opened.notice ? { kind: 'refused', notice: opened.notice } : { kind: 'none' });
      });
    return () => {
      live = false;
      if (hasLink()) clearFragment();
    };
  }, []);
  return {
    link,
    close: () => {
      clearFragment();
      setLink({ kind: 'none' });
    },
  };
}
