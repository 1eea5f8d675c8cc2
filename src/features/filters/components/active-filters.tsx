import { useEffect, useRef } from 'react';
import { LightLink } from '../../../components/light-link.tsx';
import { formatDate } from '../../../lib/dates.ts';
import type { Filters } from '../../../lib/urls.ts';
import { listSearch, withoutFilters } from '../../../lib/urls.ts';
import { formatCount, formatCountOf } from '../../../lib/numbers.ts';
import type { FilterNames } from '../../../lib/query-label.ts';
import { inQuotes } from '../../../lib/query-label.ts';
import { searchTerms } from '../../../contract/text.ts';

interface ActiveFilter {
  key: string;
  label: string;
  without: Filters;
}

function describe(filters: Filters, names: NameLookups): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.from)
    active.push({
      key: 'from',
      label: `From ${formatDate(filters.from)}`,
      without: { ...filters, from: null },
    });
  if (filters.to)
    active.push({ key: 'to', label: `Until ${formatDate(filters.to)}`, without: { ...filters, to: null } });
  for (const slug of filters.orgs) {
    active.push({
      key: `org-${slug}`,
      label: `Mentions ${names.organisation(slug)}`,
      without: { ...filters, orgs: filters.orgs.filter((org) => org !== slug) },
    });
  }
  if (filters.source)
    active.push({
      key: 'source',
      label: `Source: ${names.source(filters.source)}`,
      without: { ...filters, source: null },
    });
  if (filters.speaker)
    active.push({
      key: 'speaker',
      label: `Speaker: ${names.speaker(filters.speaker)}`,
      without: { ...filters, speaker: null },
    });
  // A search with no word to search for filtered nothing (the notes say so): no filter to remove.
  if (searchTerms(filters.q).length > 0)
    active.push({ key: 'q', label: `Matches ${inQuotes(filters.q)}`, without: { ...filters, q: '' } });
  return active;
}

/** The names the filters are shown by: the same lookups title the list (`namedView`). */
export type NameLookups = FilterNames;

/** The filters in force, each removable, plus "clear all": also the explanation of an empty result. */
export function ActiveFilters({
  filters,
  names,
  hrefFor,
  countWithout,
  noun,
  showClearAll = true,
}: {
  filters: Filters;
  names: NameLookups;
  hrefFor: (filters: Filters) => string;
  /** Given when nothing matches: how many results removing each filter would bring back. */
  countWithout?: ((filters: Filters) => number | undefined) | undefined;
  noun: { one: string; many: string };
  /** False when the page offers "Clear all filters" elsewhere (the empty result's explanation). */
  showClearAll?: boolean;
}) {
  // A removed filter's link goes with it: focus moves to the filter that took its place (or the
  // one before), or to the results' heading when none is left, instead of falling to the page.
  const list = useRef<HTMLDivElement>(null);
  const removed = useRef<number | null>(null);
  const shown = listSearch(filters);
  useEffect(() => {
    const index = removed.current;
    if (index === null) return;
    removed.current = null;
    const links = [...(list.current?.querySelectorAll<HTMLElement>('.remove-filter') ?? [])];
    (links[Math.min(index, links.length - 1)] ?? document.getElementById('results-heading'))?.focus();
  }, [shown]);
  const active = describe(filters, names);
  if (active.length === 0) return null;
  return (
    <div className="active-filters" ref={list}>
      <ul aria-label="Active filters">
        {active.map(({ key, label, without }, index) => {
          const count = countWithout?.(without);
          const hint = count === undefined ? '' : ` (${formatCountOf(count, noun)} without it)`;
          return (
            <li key={key}>
              <span>{label}</span>
              {count !== undefined && (
                <span className="without-count" aria-hidden="true">
                  {formatCount(count)} without it
                </span>
              )}{' '}
              <LightLink
                to={hrefFor(without)}
                className="remove-filter"
                aria-label={`Remove filter: ${label}${hint}`}
                onClick={() => {
                  removed.current = index;
                }}
              >
                ×
              </LightLink>
            </li>
          );
        })}
      </ul>
      {showClearAll && (
        <LightLink
          to={hrefFor(withoutFilters(filters))}
          className="clear-filters"
          onClick={() => {
            removed.current = 0;
          }}
        >
          Clear all filters
        </LightLink>
      )}
    </div>
  );
}
