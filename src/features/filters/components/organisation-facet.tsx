import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { usePendingValue } from '../../../components/use-pending-value.ts';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import { corpusQueries } from '../../../lib/api/corpus-queries.ts';
import { findByName } from '../../../lib/name-match.ts';
import { FacetRowLabel } from './facet-row.tsx';
import { FacetFinderInput, FacetRows, useFacetFinder } from './facet-rows.tsx';

/** Multi-select organisation facet; counts say how many results adding each would leave. */
export function OrganisationFacet({
  rows: givenRows,
  failed = false,
  selected,
  onChange,
}: {
  /** Undefined while the counts are first being worked out (or when they could not be: `failed`). */
  rows: readonly FacetCount[] | undefined;
  failed?: boolean;
  selected: readonly string[];
  /** The whole new selection, so quick successive clicks build on each other. */
  onChange: (selected: string[]) => void;
}) {
  const [shownSelected, setShownSelected] = usePendingValue(selected);
  const rows = givenRows ?? [];
  const [filter, setFilter] = useState('');
  // Aliases ("WHO") load once the finder is used; until then names match on their own.
  const { data: aliases } = useQuery({
    ...corpusQueries.organisationAliases(),
    enabled: filter.trim() !== '',
  });
  const finder = useFacetFinder(rows, filter, (all, typed) =>
    findByName(all, typed, (slug) => aliases?.[slug] ?? []),
  );

  return (
    <fieldset className="filter-group organisation-facet">
      <legend>Organisations</legend>
      {finder.searchable && (
        <FacetFinderInput label="Find an organisation" value={filter} onChange={setFilter} />
      )}
      {givenRows === undefined ? (
        <p className="hint">{failed ? 'Organisations not counted.' : 'Counting organisations…'}</p>
      ) : rows.length === 0 ? (
        <p className="hint">No organisations in these results.</p>
      ) : finder.matching.length === 0 ? (
        <p className="hint">No organisation matches “{filter}”.</p>
      ) : (
        <FacetRows
          rows={finder.visible}
          revealRef={finder.reveal}
          renderRow={(row) => (
            <FacetRowLabel
              row={row}
              checked={shownSelected.includes(row.slug)}
              onToggle={(slug, checked) => {
                const next = checked ? [...shownSelected, slug] : shownSelected.filter((s) => s !== slug);
                setShownSelected(next);
                onChange(next);
              }}
            />
          )}
        />
      )}
      {finder.toggle}
    </fieldset>
  );
}
