import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { NotesBanner } from '../../components/notes-banner.tsx';
import { useFocusOnChange } from '../../components/use-focus-on-change.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { ActiveFilters } from '../../features/filters/components/active-filters.tsx';
import { FilterPanel } from '../../features/filters/components/filter-panel.tsx';
import { QuoteCard } from '../../features/quotes/components/quote-card.tsx';
import { facetRows } from '../../lib/article-filters.ts';
import { articleQueries, quoteQueries } from '../../lib/api/corpus-queries.ts';
import { corpusLookups } from '../../lib/corpus-lookups.ts';
import { paginate } from '../../lib/pagination.ts';
import { analyseQuotes } from '../../lib/quote-filters.ts';
import { EMPTY_FILTERS, hasActiveFilters, paths } from '../../lib/urls.ts';
import { useListState } from './list-state.ts';

export function quotesLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([queryClient.query(articleQueries.index()), queryClient.query(quoteQueries.all())]);
    return null;
  };
}

export function QuotesRoute() {
  const { data: index } = useSuspenseQuery(articleQueries.index());
  const { data: quotes } = useSuspenseQuery(quoteQueries.all());
  const lookups = corpusLookups(index);
  const { filters, page: requestedPage, notes, words, setFilters } = useListState('quotes', lookups);
  const analysis = useMemo(
    () => analyseQuotes(quotes, index, filters, words),
    [quotes, index, filters, words],
  );
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
    () => facetRows(analysis.speakerCounts, lookups.speakerName, filters.speaker ? [filters.speaker] : []),
    [analysis, lookups, filters.speaker],
  );
  const total = analysis.results.length;
  const lastItem = page.firstItemNumber + page.items.length - 1;

  return (
    <div className="list-page">
      <PageTitle title={filters.q ? `“${filters.q}” in quotes` : 'Quotes'} />
      <h1>Quotes</h1>
      <NotesBanner notes={allNotes} cleanHref={paths.quotes(filters, page.page)} />
      <div className="list-layout">
        <FilterPanel
          filters={filters}
          searchLabel="Search quotes, speakers and headlines"
          newest={lookups.newestDate}
          oldest={lookups.oldestDate}
          organisationRows={organisationRows}
          sourceRows={sourceRows}
          speakerRows={speakerRows}
          onChange={setFilters}
        />
        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            Results
          </h2>
          <p role="status" className="result-count">
            {total === 0
              ? 'No quotes match.'
              : total <= page.items.length
                ? `${total} ${total === 1 ? 'quote' : 'quotes'}`
                : `${page.firstItemNumber}–${lastItem} of ${total} quotes`}
          </p>
          <ActiveFilters
            filters={filters}
            names={names}
            hrefFor={(next) => paths.quotes(next)}
            noun={{ one: 'quote', many: 'quotes' }}
            // Only an empty result pays for the extra passes, to say which filter to drop.
            countWithout={
              total === 0
                ? (without) => analyseQuotes(quotes, index, without, without.q ? words : []).results.length
                : undefined
            }
          />
          {total === 0 ? (
            <div className="empty-result">
              {hasActiveFilters(filters) ? (
                <>
                  <p>
                    No quote matches all of the filters above together. Remove one of them, or start again.
                  </p>
                  <Link to={paths.quotes(EMPTY_FILTERS)}>Clear all filters</Link>
                </>
              ) : (
                <p>No quotes were found in this collection.</p>
              )}
            </div>
          ) : (
            <ol className="quote-list" start={page.firstItemNumber}>
              {page.items.map((quote) => (
                <QuoteCard key={`${quote.articleId}#${quote.anchor}`} quote={quote} words={words} />
              ))}
            </ol>
          )}
          <PaginationNav
            label="Result pages"
            page={page.page}
            pageCount={page.pageCount}
            hrefFor={(n) => paths.quotes(filters, n)}
          />
        </section>
      </div>
    </div>
  );
}
