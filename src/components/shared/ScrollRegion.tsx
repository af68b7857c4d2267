import type { ComponentChildren } from 'preact';

/**
 * A wide table scrolls sideways on a phone. The scrolling box is focusable and named, so keyboard users
 * can reach and scroll it too (WCAG 2.1.1).
 */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <section class="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
