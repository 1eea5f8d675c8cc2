import type { ReactNode } from 'react';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import { formatCount } from '../../../lib/numbers.ts';

export interface FacetRowsProps {
  rows: readonly FacetCount[];
  /** One row's control: a checkbox label, a link. */
  renderRow: (row: FacetCount) => ReactNode;
}

/** A row's name and how many results choosing it leaves (the count named for screen readers). */
export function FacetRowText({ row }: { row: FacetCount }) {
  return (
    <>
      <bdi className="facet-name">{row.name}</bdi>{' '}
      <span className="facet-count">
        {formatCount(row.count)}
        <span className="visually-hidden"> {row.count === 1 ? 'result' : 'results'}</span>
      </span>
    </>
  );
}

/** One checkbox row of a multiple-choice facet. */
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
      <FacetRowText row={row} />
    </label>
  );
}
