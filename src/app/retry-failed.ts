import type { UseQueryResult } from '@tanstack/react-query';

/**
 * A way to ask again for what a query could not load, given only while the page shows nothing of
 * it (`shown` undefined), the query failed and is not asking again already; null otherwise. The
 * related articles and the facet counts say they could not be loaded, with Try again, from this.
 */
export function retryIfFailed(query: UseQueryResult, shown: unknown): (() => void) | null {
  return shown === undefined && query.isError && !query.isFetching
    ? () => {
        void query.refetch();
      }
    : null;
}
