import { useId } from 'react';
import type { ReactNode } from 'react';

/**
 * A data table's own scrolling box: a table of several columns that cannot be narrower than the
 * screen (320 px with the browser's text at 200 %) scrolls in it, not the whole page sideways. A
 * region named by the table's caption, in the tab order so the keyboard can scroll it.
 * `children(captionId)` renders the table with that id on its caption.
 */
export function TableScroll({ children }: { children: (captionId: string) => ReactNode }) {
  const captionId = useId();
  return (
    // A scrolling box is reached by the keyboard only where it can be focused (axe:
    // scrollable-region-focusable).
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children(captionId)}
    </div>
  );
}
