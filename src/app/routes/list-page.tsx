import { useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { NotesBanner } from '../../components/notes-banner.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { useFocusOnChange } from '../../components/use-focus-on-change.ts';
import { ActiveFilters } from '../../features/filters/components/active-filters.tsx';
import { FilterPanel } from '../../features/filters/components/filter-panel.tsx';
import { facetRows } from '../../lib/article-filters.ts';
import type { CorpusLookups } from '../../lib/corpus-lookups.ts';
import { paginate } from '../../lib/pagination.ts';
import type { Filters } from '../../lib/urls.ts';
import { EMPTY_FILTERS, hasActiveFilters } from '../../lib/urls.ts';

/** What one pass over the data gave: the results and each facet's counts. */
export interface ListAnalysis<T> {
  results: readonly T[];
  organisationCounts: ReadonlyMap<string, number>;
  sourceCounts: ReadonlyMap<string, number>;
  /** Only the quotes view has a speaker facet. */
  speakerCounts?: ReadonlyMap<string, number>;
}

export interface ListPageProps<T> {
  /** "Articles", "Quotes": the h1, and the document title without a search. */
  title: string;
  noun: { one: string; many: string };
  searchLabel: string;
  /** Said when the collection itself is empty (no filters). */
  emptyCollection: string;
  lookups: CorpusLookups;
  filters: Filters;
  requestedPage: number;
  notes: readonly string[];
  analysis: ListAnalysis<T>;
  /** The URL of this view for other filters (and a page). */
  hrefFor: (filters: Filters, page?: number) => string;
  onChange: (next: Filters, mode: 'push' | 'replace') => void;
  /** How many results `without` would give; only called when the result is empty. */
  countWithout: (without: Filters) => number;
  /** The page's items as a list (`start` is the first item's number). */
  renderList: (items: readonly T[], start: number) => ReactNode;
}

/**
 * The frame the articles and quotes views share: title, notes about ignored params, the filter
 * panel, the polite result count, the active filters, the empty result and the page links.
 */
export function ListPage<T>({
  title,
  noun,
  searchLabel,
  emptyCollection,
  lookups,
  filters,
  requestedPage,
  notes,
  analysis,
  hrefFor,
  onChange,
  countWithout,
  renderList,
}: ListPageProps<T>) {
  const page = paginate(analysis.results, requestedPage);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(resultsHeading, page.page);
  const allNotes = page.clamped
    ? [...notes, `There is no page ${requestedPage}; showing page ${page.page}, the last.`]
    : notes;
  const names = {
    organisation: lookups.organisationName,
    source: lookups.sourceName,
    speaker: lookups.speakerName,
  };
  const organisationRows = useMemo(
    () => facetRows(analysis.organisationCounts, lookups.organisationName, filters.orgs),
    [analysis, lookups, filters.orgs],
  );
  const sourceRows = useMemo(
    () => facetRows(analysis.sourceCounts, lookups.sourceName, filters.source ? [filters.source] : []),
    [analysis, lookups, filters.source],
  );
  const speakerRows = useMemo(
    () =>
      analysis.speakerCounts &&
      facetRows(analysis.speakerCounts, lookups.speakerName, filters.speaker ? [filters.speaker] : []),
    [analysis, lookups, filters.speaker],
  );
  const total = analysis.results.length;
  const lastItem = page.firstItemNumber + page.items.length - 1;
  const filtered = hasActiveFilters(filters);

  return (
    <div className="list-page">
      <PageTitle title={filters.q ? `“${filters.q}” in ${title.toLowerCase()}` : title} />
      <h1>{title}</h1>
      <NotesBanner notes={allNotes} cleanHref={hrefFor(filters, page.page)} />
      <div className="list-layout">
        <FilterPanel
          filters={filters}
          searchLabel={searchLabel}
          newest={lookups.newestDate}
          oldest={lookups.oldestDate}
          organisationRows={organisationRows}
          sourceRows={sourceRows}
          speakerRows={speakerRows}
          onChange={onChange}
        />
        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            Results
          </h2>
          <p role="status" className="result-count">
            {total === 0
              ? `No ${noun.many} match.`
              : total <= page.items.length
                ? `${total} ${total === 1 ? noun.one : noun.many}`
                : `${page.firstItemNumber}–${lastItem} of ${total} ${noun.many}`}
          </p>
          <ActiveFilters
            filters={filters}
            names={names}
            hrefFor={(next) => hrefFor(next)}
            noun={noun}
            // Only an empty result pays for the extra passes, to say which filter to drop.
            countWithout={total === 0 ? countWithout : undefined}
            // An empty result offers "Clear all filters" in its explanation; once is enough.
            showClearAll={total > 0}
          />
          {total === 0 ? (
            <div className="empty-result">
              {filtered ? (
                <>
                  <p>
                    No {noun.one} matches all of the filters above together. Remove one of them, or start
                    again.
                  </p>
                  <Link to={hrefFor(EMPTY_FILTERS)}>Clear all filters</Link>
                </>
              ) : (
                <p>{emptyCollection}</p>
              )}
            </div>
          ) : (
            renderList(page.items, page.firstItemNumber)
          )}
          <PaginationNav
            label="Result pages"
            page={page.page}
            pageCount={page.pageCount}
            hrefFor={(n) => hrefFor(filters, n)}
          />
        </section>
      </div>
    </div>
  );
}
