/**
 * Waits until no query of the client is fetching. The pre-render and the browser's first render
 * both wait for this before rendering, so both render from the same cache and hydration matches.
 */
import type { QueryClient } from '@tanstack/react-query';

export function settleQueries(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    if (queryClient.isFetching() === 0) {
      resolve();
      return;
    }
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    });
  });
}
