import { useId, useState } from 'react';
import type { FacetCount } from '../../../lib/article-filters.ts';
import { termsMatchAllWords, queryWords, termsOf } from '../../../lib/text-match.ts';

/** Rows shown before "show all"; past this many the facet also gets a search box. */
const COLLAPSED_ROWS = 8;

/** Multi-select organisation facet; counts say how many results adding each would leave. */
export function OrganisationFacet({
  rows,
  selected,
  onToggle,
}: {
  rows: readonly FacetCount[];
  selected: readonly string[];
  onToggle: (slug: string, checked: boolean) => void;
}) {
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
                  checked={selected.includes(row.slug)}
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
