import { QueryClient } from '@tanstack/react-query';
import { DocumentInvalidError, HttpStatusError, StaleBuildError, isUnreachable } from '../lib/data/errors.ts';
import { isDocumentNotFound } from '../lib/engine/types.ts';

/**
 * Whether asking again may bring what failed. Not for an answer the server has settled: a missing
 * document (404: an unknown id, or a build replaced, which the loader turns into `StaleBuildError`
 * for the reload it needs), any other 4xx, a document that is not what the contract promises.
 * Offline, not either: the reader is told at once and tries again when back online.
 */
export function mayHeal(error: unknown): boolean {
  if (
    isDocumentNotFound(error) ||
    error instanceof DocumentInvalidError ||
    error instanceof StaleBuildError ||
    (error instanceof HttpStatusError && error.status >= 400 && error.status < 500)
  )
    return false;
  if (isUnreachable(error) && typeof navigator !== 'undefined' && !navigator.onLine) return false;
  return true;
}

/**
 * A failed request is asked again at most once, soon: a flaky connection or a server's passing
 * 5xx gets a second chance, and the page says what failed within about a second instead of after
 * TanStack Query's three attempts and backoff (1 s, then 2 s) of spinner.
 */
export const RETRY_DELAY_MS = 300;

export function createQueryClient({ retries = 1 }: { retries?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Documents only change when the data is rebuilt, which means a reload anyway.
        staleTime: Infinity,
        // Always ask: offline, the service worker may still answer from what it kept. (The default,
        // 'online', pauses every query while the browser is offline: a spinner that never ends.)
        networkMode: 'always',
        retry: (failureCount, error) => failureCount < retries && mayHeal(error),
        retryDelay: RETRY_DELAY_MS,
      },
    },
  });
}
