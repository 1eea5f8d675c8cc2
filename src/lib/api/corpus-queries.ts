/**
 * Query factories for every data document. Route loaders call `queryClient.query` with these and
 * components read the same options with `useSuspenseQuery`, so both agree on keys.
 * They live in lib, not in a feature, because several features and routes share them.
 * The data only changes at build time, hence `staleTime: Infinity`.
 */
import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { SearchShard } from '../../contract/schema.ts';
import {
  articleSchema,
  corpusIndexSchema,
  quoteListSchema,
  searchShardSchema,
} from '../../contract/schema.ts';
import { DocumentNotFoundError, fetchDocument } from './fetch-document.ts';
import type { Freshness } from './fetch-document.ts';

/**
 * Documents other than the index carry the index's build id in their URL, so a browser never
 * mixes a cached article from an older build with a newer index. The index is cached (the
 * loaders read it first), so this costs no extra request.
 */
async function thisBuild(client: QueryClient): Promise<Freshness> {
  const index = await client.query(articleQueries.index());
  return { buildId: index.buildId };
}

export const articleQueries = {
  all: () => ['articles'] as const,
  index: () =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'index'] as const,
      queryFn: ({ signal }) => fetchDocument('index.json', corpusIndexSchema, { revalidate: true }, signal),
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'detail', id] as const,
      queryFn: async ({ client, signal }) =>
        fetchDocument(
          `articles/${encodeURIComponent(id)}.json`,
          articleSchema,
          await thisBuild(client),
          signal,
        ),
      staleTime: Infinity,
    }),
};

export const quoteQueries = {
  all: () =>
    queryOptions({
      queryKey: ['quotes'] as const,
      queryFn: async ({ client, signal }) =>
        fetchDocument('quotes.json', quoteListSchema, await thisBuild(client), signal),
      staleTime: Infinity,
    }),
};

export const searchQueries = {
  shard: (key: string) =>
    queryOptions({
      queryKey: ['search', 'shard', key] as const,
      queryFn: async ({ client, signal }): Promise<SearchShard> => {
        const freshness = await thisBuild(client);
        try {
          return await fetchDocument(
            `search/${encodeURIComponent(key)}.json`,
            searchShardSchema,
            freshness,
            signal,
          );
        } catch (error) {
          // The build need not write a shard no term falls into: missing means no matches.
          if (error instanceof DocumentNotFoundError) return {};
          throw error;
        }
      },
      staleTime: Infinity,
    }),
};
