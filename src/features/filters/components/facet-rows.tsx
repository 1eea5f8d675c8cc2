import { Suspense, lazy, useEffect, useId, useRef, useState } from 'react';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import { useHydrated } from '../../../components/use-hydrated.ts';
import type { FacetRowsProps } from './facet-row.tsx';
import { focusRevealedRow, takeHandedOverFocus, useHandOverFocus } from './facet-row.tsx';
import { formatCount } from '../../../lib/numbers.ts';

/** Rows shown before "show all"; past this many a facet also gets a finder. */
export const COLLAPSED_ROWS = 8;

/** Past this many rows the list renders only what is scrolled into view. */
const VIRTUAL_AFTER = 50;

/** The virtualiser loads only when a list is that long: most views never need it. */
const VirtualFacetRows = lazy(() => import('./virtual-facet-rows.tsx'));

/** A facet's rows: all of them in the page up to `VIRTUAL_AFTER`, past that a virtual list. */
export function FacetRows(props: FacetRowsProps) {
  // The virtual list positions rows with inline styles, which a pre-rendered page may not carry
  // (CSP): the pre-render and hydration show every row plainly, the virtual list follows.
  const hydrated = useHydrated();
  // Kept here, above both kinds of list: the row holding focus when one replaces the other.
  const handoverRef = useRef<string | null>(null);
  if (props.rows.length <= VIRTUAL_AFTER || !hydrated)
    return <PlainFacetRows {...props} handoverRef={handoverRef} />;
  return (
    // The fallback takes focus for a reveal too, and the reader may Tab on in it before the
    // virtual list is in: it keeps the request pointing at the row holding focus, for the virtual
    // list to focus when it replaces those rows (and drops it once focus leaves the list).
    <Suspense
      fallback={
        <PlainFacetRows
          {...props}
          rows={props.rows.slice(0, VIRTUAL_AFTER)}
          handoverRef={handoverRef}
          stopgap
        />
      }
    >
      <VirtualFacetRows {...props} handoverRef={handoverRef} />
    </Suspense>
  );
}

function PlainFacetRows({
  rows,
  renderRow,
  revealRef,
  handoverRef,
  stopgap = false,
}: FacetRowsProps & { stopgap?: boolean }) {
  const list = useRef<HTMLUListElement>(null);
  useHandOverFocus(list, rows, handoverRef);
  useEffect(() => {
    takeHandedOverFocus(list.current, rows, handoverRef);
    focusRevealedRow(list.current, rows, revealRef, { keep: stopgap });
  }, [rows, revealRef, handoverRef, stopgap]);
  return (
    <ul
      className="facet-list"
      ref={list}
      onFocus={
        stopgap && revealRef
          ? (event) => {
              const index = Number(event.target.closest<HTMLElement>('li[data-index]')?.dataset.index);
              const row = rows[index];
              if (row) revealRef.current = row.slug;
            }
          : undefined
      }
      onBlur={
        stopgap && revealRef
          ? (event) => {
              // Focus moved elsewhere on purpose; a row removed with its list has no next target.
              const next = event.relatedTarget;
              if (next instanceof Node && !event.currentTarget.contains(next)) revealRef.current = null;
            }
          : undefined
      }
    >
      {rows.map((row, index) => (
        <li key={row.slug} data-index={index}>
          {renderRow(row)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The rows a long facet shows: what is typed in its finder (`filter`) narrows them (with `find`),
 * and without a search only the first `COLLAPSED_ROWS` show until the list is expanded.
 */
export function useFacetFinder<T extends FacetCount>(
  rows: readonly T[],
  filter: string,
  find: (rows: readonly T[], filter: string) => T[],
  /** A row the facet shows whatever the finder's state (the chosen speaker), so never revealed. */
  pinned: string | null = null,
) {
  const [expanded, setExpanded] = useState(false);
  // "Show all" is after the rows, and reveals rows above it: focus goes to the first of them, so
  // Tab goes on through the rest in order instead of past the list (for `FacetRows`).
  const reveal = useRef<string | null>(null);
  const filtering = filter.trim() !== '';
  const matching = filtering ? find(rows, filter) : rows;
  return {
    matching,
    visible: expanded || filtering ? matching : matching.slice(0, COLLAPSED_ROWS),
    searchable: rows.length > COLLAPSED_ROWS,
    reveal,
    /** The "Show all N" / "Show fewer" switch, when there is more to show. */
    toggle:
      !filtering && matching.length > COLLAPSED_ROWS ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => {
            reveal.current = expanded
              ? null
              : (matching.slice(COLLAPSED_ROWS).find((row) => row.slug !== pinned)?.slug ?? null);
            setExpanded(!expanded);
          }}
        >
          {expanded ? 'Show fewer' : `Show all ${formatCount(matching.length)}`}
        </button>
      ) : null,
  };
}

/** The finder's search field ("Find an organisation", "Find a speaker"). */
export function FacetFinderInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="facet-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}
