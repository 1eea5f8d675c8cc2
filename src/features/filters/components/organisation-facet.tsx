import { Suspense, lazy, useId, useState } from 'react';
import type { FacetRowsProps } from './facet-row.tsx';
import { FacetRowLabel } from './facet-row.tsx';
import { usePendingValue } from '../../../components/use-pending-value.ts';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import { termsMatchAllWords, queryWords, termsOf } from '../../../lib/text-match.ts';
import { useHydrated } from '../../../components/use-hydrated.ts';

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

/** The virtualiser loads only when a list is that long: most views never need it. */
const VirtualFacetRows = lazy(() => import('./virtual-facet-rows.tsx'));

function FacetRows(props: FacetRowsProps) {
  // The virtual list positions rows with inline styles, which a pre-rendered page may not carry
  // (CSP): the pre-render and hydration show every row plainly, the virtual list follows.
  const hydrated = useHydrated();
  if (props.rows.length <= VIRTUAL_AFTER || !hydrated) return <PlainFacetRows {...props} />;
  return (
    <Suspense fallback={<PlainFacetRows {...props} rows={props.rows.slice(0, VIRTUAL_AFTER)} />}>
      <VirtualFacetRows {...props} />
    </Suspense>
  );
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
