import { useId } from 'react';
import { usePendingValue } from '../../../components/use-pending-value.ts';
import type { FacetCount } from '../../../lib/article-filters.ts';

/** A single-choice facet (source, speaker) as a native select: compact and keyboard-friendly at any length. */
export function SelectFacet({
  label,
  allLabel,
  rows,
  selected,
  onChange,
}: {
  label: string;
  allLabel: string;
  rows: readonly FacetCount[];
  selected: string | null;
  onChange: (slug: string | null) => void;
}) {
  const id = useId();
  const [shown, setShown] = usePendingValue(selected);
  return (
    <div className="filter-group select-facet">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={shown ?? ''}
        onChange={(event) => {
          const next = event.target.value || null;
          setShown(next);
          onChange(next);
        }}
      >
        <option value="">{allLabel}</option>
        {rows.map((row) => (
          <option key={row.slug} value={row.slug}>
            {row.name} ({row.count})
          </option>
        ))}
      </select>
    </div>
  );
}
