import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { Link } from 'react-router';
import { NotesBanner } from '../../components/notes-banner.tsx';
import { useFocusOnChange } from '../../components/use-focus-on-change.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { ArticleListItem } from '../../features/articles/components/article-list-item.tsx';
import { ActiveFilters } from '../../features/filters/components/active-filters.tsx';
import { FilterPanel } from '../../features/filters/components/filter-panel.tsx';
import { analyseArticles, facetRows, prepareArticleQuery, shardKeysFor } from '../../lib/article-filters.ts';
import { articleQueries, searchQueries } from '../../lib/api/corpus-queries.ts';
import { corpusLookups } from '../../lib/corpus-lookups.ts';
import { paginate } from '../../lib/pagination.ts';
import { queryWords } from '../../lib/text-match.ts';
import { EMPTY_FILTERS, hasActiveFilters, parseListSearch, paths, withOrganisation } from '../../lib/urls.ts';
import { useListState, useSearchShards } from './list-state.ts';

export function articleListLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const index = await queryClient.query(articleQueries.index());
    const { filters } = parseListSearch(
      new URL(request.url).searchParams,
      'articles',
      corpusLookups(index).known,
    );
    const keys = shardKeysFor(queryWords(filters.q));
    await Promise.all(keys.map((key) => queryClient.query(searchQueries.shard(key))));
    return null;
  };
}

export function ArticleListRoute() {
  const { data: index } = useSuspenseQuery(articleQueries.index());
  const lookups = corpusLookups(index);
  const { filters, page: requestedPage, notes, words, setFilters } = useListState('articles', lookups);
  const shards = useSearchShards(words);
  const query = useMemo(() => prepareArticleQuery(words, shards), [words, shards]);
  const analysis = useMemo(() => analyseArticles(index, filters, query), [index, filters, query]);
  const page = paginate(analysis.results, requestedPage);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(resultsHeading, page.page);
  const allNotes = page.clamped
    ? [...notes, `There is no page ${requestedPage}; showing page ${page.page}, the last.`]
    : notes;

  const total = analysis.results.length;
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
  const lastItem = page.firstItemNumber + page.items.length - 1;

  return (
    <div className="list-page">
      <PageTitle title={filters.q ? `“${filters.q}” in articles` : 'Articles'} />
      <h1>Articles</h1>
      <NotesBanner notes={allNotes} cleanHref={paths.articles(filters, page.page)} />
      <div className="list-layout">
        <FilterPanel
          filters={filters}
          searchLabel="Search headlines and text"
          newest={lookups.newestDate}
          oldest={lookups.oldestDate}
          organisationRows={organisationRows}
          sourceRows={sourceRows}
          onChange={setFilters}
        />
        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            Results
          </h2>
          <p role="status" className="result-count">
            {total === 0
              ? 'No articles match.'
              : total <= page.items.length
                ? `${total} ${total === 1 ? 'article' : 'articles'}`
                : `${page.firstItemNumber}–${lastItem} of ${total} articles`}
          </p>
          <ActiveFilters
            filters={filters}
            names={names}
            hrefFor={(next) => paths.articles(next)}
            noun={{ one: 'article', many: 'articles' }}
            // Only an empty result pays for the extra passes, to say which filter to drop.
            countWithout={
              total === 0
                ? (without) => analyseArticles(index, without, without.q ? query : null).results.length
                : undefined
            }
          />
          {total === 0 ? (
            <div className="empty-result">
              {hasActiveFilters(filters) ? (
                <>
                  <p>
                    No article matches all of the filters above together. Remove one of them, or start again.
                  </p>
                  <Link to={paths.articles(EMPTY_FILTERS)}>Clear all filters</Link>
                </>
              ) : (
                <p>There are no articles in this collection yet.</p>
              )}
            </div>
          ) : (
            <ol className="article-list" start={page.firstItemNumber}>
              {page.items.map((article) => (
                <ArticleListItem
                  key={article.id}
                  article={article}
                  words={words}
                  organisationName={lookups.organisationName}
                  organisationHref={(slug) => paths.articles(withOrganisation(filters, slug))}
                />
              ))}
            </ol>
          )}
          <PaginationNav
            label="Result pages"
            page={page.page}
            pageCount={page.pageCount}
            hrefFor={(n) => paths.articles(filters, n)}
          />
        </section>
      </div>
    </div>
  );
}
