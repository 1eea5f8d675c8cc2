import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, useState } from 'react';
import { usePendingValue } from '../../../components/use-pending-value.ts';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import { termsMatchAllWords, queryWords, termsOf } from '../../../lib/text-match.ts';

/** Rows shown before "show all"; past this many the facet also gets a search box. */
const COLLAPSED_ROWS = 8;

/** Multi-select organisation facet; counts say how many results adding each would leave. */
export function OrganisationFacet({
  rows: givenRows,
  selected,
  onChange,
}: {
  /** Undefined while the counts are first being worked out. */
  rows: readonly FacetCount[] | undefined;
  selected: readonly string[];
  /** The whole new selection, so quick successive clicks build on each other. */
  onChange: (selected: string[]) => void;
}) {
  const [shownSelected, setShownSelected] = usePendingValue(selected);
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const filterId = useId();
  const rows = givenRows ?? [];
  const words = queryWords(filter);
  const matching =
    words.length === 0
      ? rows
      : rows.filter((row) => termsMatchAllWords(termsOf(`${row.name} ${row.slug}`), words));
  const searchable = rows.length > COLLAPSED_ROWS;
  const visible = expanded || words.length > 0 ? matching : matching.slice(0, COLLAPSED_ROWS);

  return (
    <fieldset className="filter-group organisation-facet">
      <legend>Organisations</legend>
      {searchable && (
        <div className="facet-search">
          <label htmlFor={filterId}>Find an organisation</label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value);
            }}
          />
        </div>
      )}
      {givenRows === undefined ? (
        <p className="hint">Counting organisations…</p>
      ) : rows.length === 0 ? (
        <p className="hint">No organisations in these results.</p>
      ) : matching.length === 0 ? (
        <p className="hint">No organisation matches “{filter}”.</p>
      ) : (
        <FacetRows
          rows={visible}
          selected={shownSelected}
          onToggle={(slug, checked) => {
            const next = checked ? [...shownSelected, slug] : shownSelected.filter((s) => s !== slug);
            setShownSelected(next);
            onChange(next);
          }}
        />
      )}
      {words.length === 0 && matching.length > COLLAPSED_ROWS && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded ? 'Show fewer' : `Show all ${matching.length}`}
        </button>
      )}
    </fieldset>
  );
}

/** Past this many rows the list renders only what is scrolled into view. */
const VIRTUAL_AFTER = 50;
/** A row's height before it is measured (one line of text). */
const ROW_ESTIMATE = 28;

interface FacetRowsProps {
  rows: readonly FacetCount[];
  selected: readonly string[];
  onToggle: (slug: string, checked: boolean) => void;
}

function FacetRows(props: FacetRowsProps) {
  return props.rows.length > VIRTUAL_AFTER ? <VirtualFacetRows {...props} /> : <PlainFacetRows {...props} />;
}

function PlainFacetRows({ rows, selected, onToggle }: FacetRowsProps) {
  return (
    <ul className="facet-list">
      {rows.map((row) => (
        <li key={row.slug}>
          <FacetRowLabel row={row} checked={selected.includes(row.slug)} onToggle={onToggle} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Thousands of organisations as a scrolling box that keeps only the rows in view (and a few
 * around them) in the page. Focus moving by Tab scrolls its row into view, so the next rows are
 * always there to receive it.
 */
function VirtualFacetRows({ rows, selected, onToggle }: FacetRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read fresh on every render; nothing here is memoised
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const selectedSet = new Set(selected);
  return (
    <div className="facet-scroll" ref={scrollRef}>
      <ul className="facet-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
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
              <FacetRowLabel row={row} checked={selectedSet.has(row.slug)} onToggle={onToggle} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function FacetRowLabel({
  row,
  checked,
  onToggle,
}: {
  row: FacetCount;
  checked: boolean;
  onToggle: (slug: string, checked: boolean) => void;
}) {
  return (
    <label>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onToggle(row.slug, event.target.checked);
        }}
      />
      <span className="facet-name">{row.name}</span>{' '}
      <span className="facet-count">
        {row.count}
        <span className="visually-hidden"> {row.count === 1 ? 'result' : 'results'}</span>
      </span>
    </label>
  );
}
