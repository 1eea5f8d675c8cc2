import { useSuspenseQueries } from '@tanstack/react-query';
import type { UseSuspenseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { SearchShard } from '../../contract/schema.ts';
import { shardKeysFor } from '../../lib/article-filters.ts';
import { searchQueries } from '../../lib/api/corpus-queries.ts';
import type { CorpusLookups } from '../../lib/corpus-lookups.ts';
import { queryWords } from '../../lib/text-match.ts';
import type { Filters, ListView } from '../../lib/urls.ts';
import { listSearch, parseListSearch } from '../../lib/urls.ts';

/** A list view's filters and page, read from the URL through the one codec, plus a way to change them. */
export function useListState(view: ListView, lookups: CorpusLookups) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const parsed = useMemo(
    () => parseListSearch(searchParams, view, lookups.known),
    [searchParams, view, lookups],
  );
  const words = useMemo(() => queryWords(parsed.filters.q), [parsed.filters.q]);
  const setFilters = useCallback(
    (next: Filters, mode: 'push' | 'replace') => {
      // New filters start again at page 1 (listSearch leaves the page out).
      void navigate({ search: listSearch(next) }, { replace: mode === 'replace', preventScrollReset: true });
    },
    [navigate],
  );
  return { ...parsed, words, setFilters };
}

function shardData(results: UseSuspenseQueryResult<SearchShard>[]): SearchShard[] {
  return results.map((result) => result.data);
}

/** The search shards a query's words live in, keyed by shard. The loader has fetched them already. */
export function useSearchShards(words: readonly string[]): ReadonlyMap<string, SearchShard> {
  const keys = useMemo(() => shardKeysFor(words), [words]);
  const data = useSuspenseQueries({
    queries: keys.map((key) => searchQueries.shard(key)),
    combine: shardData,
  });
  return useMemo(() => new Map(keys.map((key, i) => [key, data[i] ?? {}])), [keys, data]);
}
