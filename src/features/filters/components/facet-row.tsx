import type { FacetRow as FacetCount } from '../../../contract/views.ts';

export interface FacetRowsProps {
  rows: readonly FacetCount[];
  selected: readonly string[];
  onToggle: (slug: string, checked: boolean) => void;
}

/** One checkbox row of a facet: the name and how many results choosing it leaves. */
export function FacetRowLabel({
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
      <bdi className="facet-name">{row.name}</bdi>{' '}
      <span className="facet-count">
        {row.count}
        <span className="visually-hidden"> {row.count === 1 ? 'result' : 'results'}</span>
      </span>
    </label>
  );
}
