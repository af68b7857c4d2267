import type { ComponentChildren } from 'preact';
import { NOT_KEPT } from '../../lib/site/not-kept';

/**
 * Says whether what is typed into a tool is kept in this browser (or, when storage refused it, only until
 * the page is left), with the button that clears it.
 */
export function KeptNote({
  unsaved,
  canClear,
  onClear,
  children,
}: {
  unsaved: boolean;
  canClear: boolean;
  onClear: () => void;
  /** The clear button's label: "Clear the numbers". */
  children: ComponentChildren;
}) {
  return (
    <p class="meta">
      {unsaved ? NOT_KEPT : 'What you type stays in this browser only, so a reload keeps it.'}{' '}
      <button type="button" class="link-button" disabled={!canClear} onClick={onClear}>
        {children}
      </button>
    </p>
  );
}
