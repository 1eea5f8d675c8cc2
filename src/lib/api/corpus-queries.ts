/**
 * Query factories for every data document. Route loaders call `queryClient.ensureQueryData` with
 * these and components read the same options with `useSuspenseQuery`, so both agree on keys.
 * They live in lib, not in a feature, because several features and routes share them.
 * The data only changes at build time, hence `staleTime: Infinity`.
 */
import { queryOptions } from '@tanstack/react-query';
import type { SearchShard } from '../../contract/schema.ts';
import {
  articleSchema,
  corpusIndexSchema,
  quoteListSchema,
  searchShardSchema,
} from '../../contract/schema.ts';
import { DocumentNotFoundError, fetchDocument } from './fetch-document.ts';

export const articleQueries = {
  all: () => ['articles'] as const,
  index: () =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'index'] as const,
      queryFn: ({ signal }) => fetchDocument('index.json', corpusIndexSchema, signal),
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) =>
        fetchDocument(`articles/${encodeURIComponent(id)}.json`, articleSchema, signal),
      staleTime: Infinity,
    }),
};

export const quoteQueries = {
  all: () =>
    queryOptions({
      queryKey: ['quotes'] as const,
      queryFn: ({ signal }) => fetchDocument('quotes.json', quoteListSchema, signal),
      staleTime: Infinity,
    }),
};

export const searchQueries = {
  shard: (key: string) =>
    queryOptions({
      queryKey: ['search', 'shard', key] as const,
      queryFn: async ({ signal }): Promise<SearchShard> => {
        try {
          return await fetchDocument(`search/${encodeURIComponent(key)}.json`, searchShardSchema, signal);
        } catch (error) {
          // The build need not write a shard no term falls into: missing means no matches.
          if (error instanceof DocumentNotFoundError) return {};
          throw error;
        }
      },
      staleTime: Infinity,
    }),
};
