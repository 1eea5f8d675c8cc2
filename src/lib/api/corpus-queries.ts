/**
 * Query factories for everything the views read. Route loaders call `queryClient.query` with
 * these and components read the same options with `useSuspenseQuery`/`useQuery`, so both agree on
 * keys. Everything goes through the one data source (the engine in a worker). The data only
 * changes with a new build, which means a new page, hence `staleTime: Infinity`.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { appDataSource } from '../data/app-data-source.ts';
import type { Filters, ListView } from '../urls.ts';

export const corpusQueries = {
  meta: () =>
    queryOptions({
      queryKey: ['meta'] as const,
      queryFn: () => appDataSource().meta(),
      staleTime: Infinity,
    }),
  /** `readAhead`: a page asked before it is shown (see `ListRequest.readAhead`); the same key. */
  articles: (filters: Filters, page: number, readAhead = false) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- readAhead changes how, not what
    queryOptions({
      queryKey: ['articles', 'list', filters, page] as const,
      // The snippets come apart (below), so a new search's results show without waiting for them.
      queryFn: () =>
        appDataSource().listArticles({ filters, page, snippets: false, ...(readAhead && { readAhead }) }),
      staleTime: Infinity,
    }),
  /** With a query: per item of the page, where its text matched (20 article documents at most). */
  articleSnippets: (filters: Filters, page: number) =>
    queryOptions({
      queryKey: ['articles', 'snippets', filters, page] as const,
      queryFn: () => appDataSource().articleSnippets({ filters, page }),
      staleTime: Infinity,
    }),
  quotes: (filters: Filters, page: number, readAhead = false) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- readAhead changes how, not what
    queryOptions({
      queryKey: ['quotes', 'list', filters, page] as const,
      queryFn: () => appDataSource().listQuotes({ filters, page, ...(readAhead && { readAhead }) }),
      staleTime: Infinity,
    }),
  /** Facet counts load after the results; the previous counts stay while new ones come. */
  facets: (view: ListView, filters: Filters) =>
    queryOptions({
      // The order changes no count, so switching it keeps the counts.
      queryKey: [view, 'facets', withoutSort(filters)] as const,
      queryFn: () =>
        view === 'articles' ? appDataSource().articleFacets(filters) : appDataSource().quoteFacets(filters),
      staleTime: Infinity,
      placeholderData: keepPreviousData,
    }),
  count: (view: ListView, filters: Filters) =>
    queryOptions({
      queryKey: [view, 'count', withoutSort(filters)] as const,
      queryFn: () =>
        view === 'articles' ? appDataSource().countArticles(filters) : appDataSource().countQuotes(filters),
      staleTime: Infinity,
    }),
  article: (id: string) =>
    queryOptions({
      queryKey: ['article', id] as const,
      queryFn: () => appDataSource().article(id),
      staleTime: Infinity,
    }),
  neighbours: (id: string, date: string) =>
    queryOptions({
      queryKey: ['article', id, 'neighbours', date] as const,
      queryFn: () => appDataSource().neighbours(id, date),
      staleTime: Infinity,
    }),
  organisation: (slug: string) =>
    queryOptions({
      queryKey: ['organisation', slug] as const,
      queryFn: () => appDataSource().organisation(slug),
      staleTime: Infinity,
    }),
  histogram: (view: ListView, filters: Filters) =>
    queryOptions({
      // Its counts are of every date, in no order: the range and the order change none of them.
      queryKey: [view, 'histogram', { ...withoutSort(filters), from: null, to: null }] as const,
      queryFn: () => appDataSource().histogram(view, withoutSort(filters)),
      staleTime: Infinity,
      placeholderData: keepPreviousData,
    }),
  related: (id: string, date: string) =>
    queryOptions({
      queryKey: ['article', id, 'related', date] as const,
      queryFn: () => appDataSource().related(id, date),
      staleTime: Infinity,
    }),
  articleCorroborations: (id: string, date: string) =>
    queryOptions({
      queryKey: ['article', id, 'corroborations', date] as const,
      queryFn: () => appDataSource().articleCorroborations(id, date),
      staleTime: Infinity,
    }),
  quoteCorroborations: (filters: Filters, page: number) =>
    queryOptions({
      queryKey: ['quotes', 'corroborations', filters, page] as const,
      queryFn: () => appDataSource().quoteCorroborations({ filters, page }),
      staleTime: Infinity,
    }),
  quoteGrouping: (filters: Filters, page: number) =>
    queryOptions({
      queryKey: ['quotes', 'grouping', filters, page] as const,
      queryFn: () => appDataSource().quoteGrouping({ filters, page }),
      staleTime: Infinity,
    }),
  /** Loaded when the organisation finder is first used: the names it matches besides the canonical one. */
  organisationAliases: () =>
    queryOptions({
      queryKey: ['organisation-aliases'] as const,
      queryFn: () => appDataSource().organisationAliases(),
      staleTime: Infinity,
    }),
  /** Asked only when a link names a slug the build does not know: the slugs it renamed, old → new. */
  renamedSlugs: () =>
    queryOptions({
      queryKey: ['renamed-slugs'] as const,
      queryFn: () => appDataSource().renamedSlugs(),
      staleTime: Infinity,
    }),
  speaker: (slug: string) =>
    queryOptions({
      queryKey: ['speaker', slug] as const,
      queryFn: () => appDataSource().speaker(slug),
      staleTime: Infinity,
    }),
};

function withoutSort(filters: Filters): Filters {
  if (filters.sort === undefined) return filters;
  const rest = { ...filters };
  delete rest.sort;
  return rest;
}
