import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { FacetRowsProps } from './facet-row.tsx';
import { focusRevealedRow, takeHandedOverFocus, useHandOverFocus } from './facet-row.tsx';

/** A row's height before it is measured (one line of text). */
const ROW_ESTIMATE = 28;

/**
 * Thousands of organisations or speakers as a scrolling box that keeps only the rows in view (and a few
 * around them) in the page. Focus moving by Tab scrolls its row into view, so the next rows are
 * always there to receive it. The row holding focus stays in the page wherever the list is
 * scrolled, and wherever new rows move it (a chosen speaker is listed first): removed, it would
 * take focus with it to the page's body.
 */
export default function VirtualFacetRows({ rows, renderRow, revealRef, handoverRef }: FacetRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The row holding focus (its slug, and its place when last seen), while focus is in the list.
  const focused = useRef<{ slug: string; index: number } | null>(null);
  const focusedIndex = (): number => {
    const slug = focused.current?.slug;
    return slug === undefined ? -1 : rows.findIndex((row) => row.slug === slug);
  };
  // eslint-disable-next-line react-hooks/incompatible-library -- read fresh on every render; nothing here is memoised
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    rangeExtractor: (range) => {
      const shown = defaultRangeExtractor(range);
      const index = focusedIndex();
      return index < 0 || shown.includes(index) ? shown : [...shown, index].sort((a, b) => a - b);
    },
  });
  useHandOverFocus(listRef, rows, handoverRef);
  // After every render: the revealed row may be rendered only once the box has been measured.
  useEffect(() => {
    const handedOver = takeHandedOverFocus(listRef.current, rows, handoverRef);
    if (handedOver !== null) {
      virtualizer.scrollToIndex(handedOver, { align: 'auto' });
      return;
    }
    // The focused row moved (new rows): scroll the box to where it is now.
    const index = focusedIndex();
    if (focused.current && index >= 0 && index !== focused.current.index) {
      focused.current.index = index;
      if (listRef.current?.contains(document.activeElement))
        virtualizer.scrollToIndex(index, { align: 'auto' });
    }
    if (focusRevealedRow(listRef.current, rows, revealRef) || revealRef?.current == null) return;
    const revealed = rows.findIndex((row) => row.slug === revealRef.current);
    if (revealed >= 0) virtualizer.scrollToIndex(revealed, { align: 'auto' });
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
                focused.current = { slug: row.slug, index: item.index };
                virtualizer.scrollToIndex(item.index, { align: 'auto' });
              }}
              onBlur={(event) => {
                const next = event.relatedTarget;
                if (!(next instanceof Node && listRef.current?.contains(next))) focused.current = null;
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
