import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import type { ArticleSummary } from '../../contract/schema.ts';
import { ArticleListItem } from '../../features/articles/components/article-list-item.tsx';
import { corpusQueries } from '../../lib/api/corpus-queries.ts';
import { firstQueries } from '../../lib/api/first-queries.ts';
import { parseQuery } from '../../lib/text-match.ts';
import { paths, withOrganisation } from '../../lib/urls.ts';
import { traceMark } from '../../lib/trace-marks.ts';
import { ListPage } from './list-page.tsx';
import { listLoaded, readListUrl, redirectRenamedSlugs, useListNames, useListState } from './list-state.ts';

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
    await listLoaded(Promise.all([meta, list, firstList ? snippets : undefined]), firstList);
    await redirectRenamedSlugs(queryClient, 'articles', filters, page, request);
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
  const names = useListNames(state);
  const { filters, words, result } = state;
  // A quoted phrase is marked whole in the headline and the excerpt, as in the snippet.
  const { phrases } = useMemo(() => parseQuery(filters.q), [filters.q]);
  const { data: snippets } = useQuery({
    ...corpusQueries.articleSnippets(filters, result.page),
    enabled: words.length > 0,
    subscribed: state.settled,
  });
  const organisationHref = useCallback(
    // null for an organisation the list is filtered by already: its chip shows as that filter.
    (slug: string) => (filters.orgs.includes(slug) ? null : paths.articles(withOrganisation(filters, slug))),
    [filters],
  );
  // Which selected organisation includes a card's organisation ("European Union" for "European
  // Council"): the card marks the chip it matched through.
  const included = result.includedIn;
  const organisationName = names.organisation;
  const includedIn = useCallback(
    (slug: string) => {
      const parent = included?.[slug];
      return parent === undefined ? null : organisationName(parent);
    },
    [included, organisationName],
  );
  // The same function while the page's inputs stay, so the list's rows are not rendered again when
  // only the navigation state moves (a search whose results are not cached yet, `ListPage`).
  const renderList = useCallback(
    (items: readonly ArticleSummary[], start: number) => (
      <ol className="article-list" start={start}>
        {items.map((article, i) => (
          <ArticleListItem
            key={article.id}
            article={article}
            words={words}
            phrases={phrases}
            snippet={snippets?.[start - result.firstItemNumber + i] ?? null}
            organisationName={names.organisation}
            organisationHref={organisationHref}
            includedIn={includedIn}
          />
        ))}
      </ol>
    ),
    [words, phrases, snippets, result.firstItemNumber, names.organisation, organisationHref, includedIn],
  );
  return (
    <ListPage
      title="Articles"
      noun={{ one: 'article', many: 'articles' }}
      searchLabel="Search headlines and text"
      emptyCollection="There are no articles in this collection yet."
      state={state}
      names={names}
      hrefFor={paths.articles}
      renderList={renderList}
    />
  );
}
