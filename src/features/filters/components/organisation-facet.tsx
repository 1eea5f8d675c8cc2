import { useId, useState } from 'react';
import { usePendingValue } from '../../../components/use-pending-value.ts';
import type { FacetCount } from '../../../lib/article-filters.ts';
import { termsMatchAllWords, queryWords, termsOf } from '../../../lib/text-match.ts';

/** Rows shown before "show all"; past this many the facet also gets a search box. */
const COLLAPSED_ROWS = 8;

/** Multi-select organisation facet; counts say how many results adding each would leave. */
export function OrganisationFacet({
  rows,
  selected,
  onChange,
}: {
  rows: readonly FacetCount[];
  selected: readonly string[];
  /** The whole new selection, so quick successive clicks build on each other. */
  onChange: (selected: string[]) => void;
}) {
  const [shownSelected, setShownSelected] = usePendingValue(selected);
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const filterId = useId();
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
      {rows.length === 0 ? (
        <p className="hint">No organisations in these results.</p>
      ) : matching.length === 0 ? (
        <p className="hint">No organisation matches “{filter}”.</p>
      ) : (
        <ul className="facet-list">
          {visible.map((row) => (
            <li key={row.slug}>
              <label>
                <input
                  type="checkbox"
                  checked={shownSelected.includes(row.slug)}
                  onChange={(event) => {
                    const next = event.target.checked
                      ? [...shownSelected, row.slug]
                      : shownSelected.filter((slug) => slug !== row.slug);
                    setShownSelected(next);
                    onChange(next);
                  }}
                />
                <span className="facet-name">{row.name}</span>{' '}
                <span className="facet-count">
                  {row.count}
                  <span className="visually-hidden"> {row.count === 1 ? 'result' : 'results'}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
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
