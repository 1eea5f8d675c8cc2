import type { ReactNode, RefObject } from 'react';
import { useLayoutEffect, useRef } from 'react';
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
  /**
   * The row that held focus when the list was replaced by the other kind (plain ↔ windowed, when
   * new counts move its length across the limit), for the new list to focus (`FacetRows` owns it).
   */
  handoverRef?: RefObject<string | null>;
}

/** The control (checkbox, link) of the row numbered `index` in `list`, if it is in the page. */
function rowControl(list: HTMLElement, index: number): HTMLElement | null {
  return (
    list
      .querySelector(`:scope > li[data-index="${index}"]`)
      ?.querySelector<HTMLElement>('input, a[href], button') ?? null
  );
}

/**
 * While this list is in the page, and when it leaves: if a row's control holds focus as the list
 * is removed (before its elements go), its slug is handed over for the list that replaces it.
 */
export function useHandOverFocus(
  list: RefObject<HTMLElement | null>,
  rows: readonly FacetCount[],
  handoverRef: RefObject<string | null> | undefined,
): void {
  const latestRows = useRef(rows);
  useLayoutEffect(() => {
    latestRows.current = rows;
  });
  useLayoutEffect(() => {
    const element = list.current;
    return () => {
      const active = document.activeElement;
      if (!handoverRef || !element || !active || !element.contains(active)) return;
      const index = Number(active.closest<HTMLElement>('li[data-index]')?.dataset.index);
      const row = latestRows.current[index];
      if (row) handoverRef.current = row.slug;
    };
  }, [list, handoverRef]);
}

/**
 * Focuses the row handed over by the list this one replaced, if focus was lost with it (it is on
 * the page's body) and the row is still listed. Returns the row's index when it is listed but not
 * rendered yet (a windowed list scrolls to it, then calls again), else null.
 */
export function takeHandedOverFocus(
  list: HTMLElement | null,
  rows: readonly FacetCount[],
  handoverRef: RefObject<string | null> | undefined,
): number | null {
  const slug = handoverRef?.current ?? null;
  if (slug === null || list === null) return null;
  const active = document.activeElement;
  const index = rows.findIndex((row) => row.slug === slug);
  // The reader has moved on meanwhile, or the row is gone: nothing to restore.
  if ((active !== null && active !== document.body) || index < 0) {
    handoverRef!.current = null;
    return null;
  }
  const control = rowControl(list, index);
  if (!control) return index;
  control.focus();
  handoverRef!.current = null;
  return null;
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
  const control = rowControl(
    list,
    rows.findIndex((row) => row.slug === slug),
  );
  if (!control) return false;
  control.focus();
  if (!keep) revealRef!.current = null;
  return true;
}

/**
 * A row's name and how many results choosing it leaves (the count named for screen readers). One
 * box, so the count can go under a name the row has no room for beside it (app.css).
 */
export function FacetRowText({ row }: { row: FacetCount }) {
  return (
    <span className="facet-text">
      <bdi className="facet-name">{row.name}</bdi>{' '}
      <span className="facet-count">
        {formatCount(row.count)}
        <span className="visually-hidden"> {row.count === 1 ? 'result' : 'results'}</span>
      </span>
    </span>
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
