import type { ReactNode, RefObject } from 'react';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import { formatCount } from '../../../lib/numbers.ts';

export interface FacetRowsProps {
  rows: readonly FacetCount[];
  /** One row's control: a checkbox label, a link. */
  renderRow: (row: FacetCount) => ReactNode;
  /**
   * The row whose control takes focus once it is in the page, then null again (`useFacetFinder`
   * sets it to the first row "Show all" reveals, so Tab goes on through the revealed rows).
   */
  revealRef?: RefObject<string | null>;
}

/**
 * Focuses the control of `revealRef`'s row in `list` if it is there; clears the request unless this
 * list is a stand-in about to be replaced (the virtual list's loading fallback).
 */
export function focusRevealedRow(
  list: HTMLElement | null,
  rows: readonly FacetCount[],
  revealRef: RefObject<string | null> | undefined,
  { keep = false }: { keep?: boolean } = {},
): boolean {
  const slug = revealRef?.current ?? null;
  if (slug === null || list === null) return false;
  // Focus already in these rows is where the reader has moved it since: it stays there.
  if (list.contains(document.activeElement)) {
    if (!keep) revealRef!.current = null;
    return true;
  }
  const index = rows.findIndex((row) => row.slug === slug);
  const control = list
    .querySelector(`:scope > li[data-index="${index}"]`)
    ?.querySelector<HTMLElement>('input, a[href], button');
  if (!control) return false;
  control.focus();
  if (!keep) revealRef!.current = null;
  return true;
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
