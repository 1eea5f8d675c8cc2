import { QueryClient } from '@tanstack/react-query';
import { DataUnreachableError, DocumentInvalidError, DocumentNotFoundError } from '../lib/data/errors.ts';

/** Retrying cannot fix a missing or malformed document, only a flaky network; offline it waits for the reader. */
function shouldRetry(failureCount: number, error: Error, maxRetries: number): boolean {
  if (error instanceof DocumentNotFoundError || error instanceof DocumentInvalidError) return false;
  if (error instanceof DataUnreachableError && typeof navigator !== 'undefined' && !navigator.onLine)
    return false;
  return failureCount < maxRetries;
}

export function createQueryClient({ retries = 2 }: { retries?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Documents only change when the data is rebuilt, which means a reload anyway.
        staleTime: Infinity,
        // Always ask: offline, the service worker may still answer from what it kept. (The default,
        // 'online', pauses every query while the browser is offline: a spinner that never ends.)
        networkMode: 'always',
        retry: (failureCount, error) => shouldRetry(failureCount, error, retries),
      },
    },
  });
}
