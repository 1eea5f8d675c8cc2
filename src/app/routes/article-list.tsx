import { useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { ArticleListItem } from '../../features/articles/components/article-list-item.tsx';
import { corpusQueries } from '../../lib/api/corpus-queries.ts';
import { firstQueries } from '../../lib/api/first-queries.ts';
import { paths, withOrganisation } from '../../lib/urls.ts';
import { traceMark } from '../../lib/trace-marks.ts';
import { ListPage } from './list-page.tsx';
import { listNames, readListUrl, useListState } from './list-state.ts';

/**
 * The list route's loader. The router asks for it once (the route is lazy), so `firstList` is
 * per router: whether this page has shown a list yet, not whether any router in the process has.
 */
export function articleListLoader(queryClient: QueryClient) {
  let firstList = true;
  return async ({ request }: LoaderFunctionArgs) => {
    traceMark('loader');
    const { filters, page } = readListUrl(request.url, 'articles');
    // A search shows its results first and the snippets as they come, except on the page's first
    // list, whose first paint waits for them (firstQueries.list).
    const { meta, list, snippets } = firstQueries.list(queryClient, 'articles', filters, page);
    await Promise.all([meta, list, firstList ? snippets : undefined]);
    traceMark('loader done');
    firstList = false;
    // Facet counts follow the results rather than competing with them.
    queryClient.query(corpusQueries.facets('articles', filters)).catch(() => undefined);
    // The timeline's counts load with the page (not after its first render), so a pre-rendered
    // page is taken over with the timeline it showed: nothing moves.
    queryClient.query(corpusQueries.histogram('articles', filters)).catch(() => undefined);
    return null;
  };
}

export function Component() {
  const state = useListState('articles');
  const names = listNames(state);
  const { data: snippets } = useQuery({
    ...corpusQueries.articleSnippets(state.filters, state.result.page),
    enabled: state.words.length > 0,
    subscribed: state.settled,
  });
  return (
    <ListPage
      title="Articles"
      noun={{ one: 'article', many: 'articles' }}
      searchLabel="Search headlines and text"
      emptyCollection="There are no articles in this collection yet."
      state={state}
      names={names}
      hrefFor={paths.articles}
      renderList={(items, start) => (
        <ol className="article-list" start={start}>
          {items.map((article, i) => (
            <ArticleListItem
              key={article.id}
              article={article}
              words={state.words}
              snippet={snippets?.[start - state.result.firstItemNumber + i] ?? null}
              organisationName={names.organisation}
              organisationHref={(slug) => paths.articles(withOrganisation(state.filters, slug))}
            />
          ))}
        </ol>
      )}
    />
  );
}
