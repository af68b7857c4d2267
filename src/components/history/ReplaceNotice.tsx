import type { ExportSummary } from '../../lib/history/summary';

/** Asks before a different export replaces one whose samples the owner has started checking. */
export function ReplaceNotice({
  pending,
  current,
  onReplace,
  onKeep,
}: {
  pending: ExportSummary;
  current: ExportSummary;
  onReplace: () => void;
  onKeep: () => void;
}) {
  return (
    <div class="notice" role="alert">
      <p>
        {pending.label} is a different export from {current.label}, whose samples you have started checking.
        Replace that check, and its answers, with this export?
      </p>
      <p class="button-row">
        <button type="button" class="button" onClick={onReplace}>
          Replace it
        </button>
        <button type="button" class="button" onClick={onKeep}>
          Keep my check
        </button>
      </p>
    </div>
  );
}
