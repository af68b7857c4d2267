import { FollowerHistory } from './FollowerHistory';
import { useHistoryLink } from './history-link';
import { SharedHistory } from './SharedHistory';

/**
 * Follower history as the estimator opens it: a history someone shared, when the address holds one
 * (`#history=...`), read-only and apart from the visitor's own; otherwise the visitor's own, with a notice
 * above it when the link could not be read.
 */
export function HistoryMode() {
  const { link, close } = useHistoryLink();
  if (link.kind === 'reading') return <p class="meta">Opening the shared history…</p>;
  if (link.kind === 'shared') return <SharedHistory share={link.share} onClose={close} />;
  return (
    <>
      {link.kind === 'refused' && (
        <p class="notice" role="alert">
          {link.notice}
        </p>
      )}
      <FollowerHistory />
    </>
  );
}
