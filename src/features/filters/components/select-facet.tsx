import { useId } from 'react';
import { usePendingValue } from '../../../components/use-pending-value.ts';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import { formatCount } from '../../../lib/numbers.ts';

/** A single-choice facet of a few rows (source) as a native select: compact and keyboard-friendly. */
export function SelectFacet({
  label,
  allLabel,
  rows,
  selected,
  selectedName,
  onChange,
}: {
  label: string;
  allLabel: string;
  /** Undefined while counting: the select then offers the current choice alone. */
  rows: readonly FacetCount[] | undefined;
  selected: string | null;
  /** The name of the current choice, shown while the rows are being counted. */
  selectedName?: string;
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
        {rows === undefined
          ? selected !== null && <option value={selected}>{selectedName ?? selected}</option>
          : rows.map((row) => (
              <option key={row.slug} value={row.slug}>
                {row.name} ({formatCount(row.count)})
              </option>
            ))}
      </select>
    </div>
  );
}
