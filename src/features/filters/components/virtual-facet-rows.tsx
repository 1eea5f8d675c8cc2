import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { FacetRowsProps } from './facet-row.tsx';
import { focusRevealedRow, takeHandedOverFocus, useHandOverFocus } from './facet-row.tsx';

/** A row's height before it is measured (one line of text). */
const ROW_ESTIMATE = 28;

/**
 * Thousands of organisations or speakers as a scrolling box that keeps only the rows in view (and a few
 * around them) in the page. Focus moving by Tab scrolls its row into view, so the next rows are
 * always there to receive it.
 */
export default function VirtualFacetRows({ rows, renderRow, revealRef, handoverRef }: FacetRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read fresh on every render; nothing here is memoised
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  useHandOverFocus(listRef, rows, handoverRef);
  // After every render: the revealed row may be rendered only once the box has been measured.
  useEffect(() => {
    const handedOver = takeHandedOverFocus(listRef.current, rows, handoverRef);
    if (handedOver !== null) {
      virtualizer.scrollToIndex(handedOver, { align: 'auto' });
      return;
    }
    if (focusRevealedRow(listRef.current, rows, revealRef) || revealRef?.current == null) return;
    const index = rows.findIndex((row) => row.slug === revealRef.current);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    else revealRef.current = null;
  });
  return (
    <div className="facet-scroll" ref={scrollRef}>
      <ul
        className="facet-list"
        ref={listRef}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <li
              key={row.slug}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${item.start}px)`,
              }}
              onFocus={() => {
                virtualizer.scrollToIndex(item.index, { align: 'auto' });
              }}
            >
              {renderRow(row)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
