import { Suspense, lazy, useId, useState } from 'react';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import { useHydrated } from '../../../components/use-hydrated.ts';
import type { FacetRowsProps } from './facet-row.tsx';
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
  if (props.rows.length <= VIRTUAL_AFTER || !hydrated) return <PlainFacetRows {...props} />;
  return (
    <Suspense fallback={<PlainFacetRows {...props} rows={props.rows.slice(0, VIRTUAL_AFTER)} />}>
      <VirtualFacetRows {...props} />
    </Suspense>
  );
}

function PlainFacetRows({ rows, renderRow }: FacetRowsProps) {
  return (
    <ul className="facet-list">
      {rows.map((row) => (
        <li key={row.slug}>{renderRow(row)}</li>
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
) {
  const [expanded, setExpanded] = useState(false);
  const filtering = filter.trim() !== '';
  const matching = filtering ? find(rows, filter) : rows;
  return {
    matching,
    visible: expanded || filtering ? matching : matching.slice(0, COLLAPSED_ROWS),
    searchable: rows.length > COLLAPSED_ROWS,
    /** The "Show all N" / "Show fewer" switch, when there is more to show. */
    toggle:
      !filtering && matching.length > COLLAPSED_ROWS ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => {
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
