import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { ArticleListItem } from '../../features/articles/components/article-list-item.tsx';
import { analyseArticles, prepareArticleQuery, shardKeysFor } from '../../lib/article-filters.ts';
import { articleQueries, searchQueries } from '../../lib/api/corpus-queries.ts';
import { corpusLookups } from '../../lib/corpus-lookups.ts';
import { queryWords } from '../../lib/text-match.ts';
import { parseListSearch, paths, withOrganisation } from '../../lib/urls.ts';
import { ListPage } from './list-page.tsx';
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
  const { filters, page, notes, words, setFilters } = useListState('articles', lookups);
  const shards = useSearchShards(words);
  const articleCount = index.articles.length;
  const query = useMemo(
    () => prepareArticleQuery(words, shards, articleCount),
    [words, shards, articleCount],
  );
  const analysis = useMemo(() => analyseArticles(index, filters, query), [index, filters, query]);

  return (
    <ListPage
      title="Articles"
      noun={{ one: 'article', many: 'articles' }}
      searchLabel="Search headlines and text"
      emptyCollection="There are no articles in this collection yet."
      lookups={lookups}
      filters={filters}
      requestedPage={page}
      notes={notes}
      analysis={analysis}
      hrefFor={paths.articles}
      onChange={setFilters}
      countWithout={(without) => analyseArticles(index, without, without.q ? query : null).results.length}
      renderList={(items, start) => (
        <ol className="article-list" start={start}>
          {items.map((article) => (
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
    />
  );
}
