import { QueryClient } from '@tanstack/react-query';
import { DocumentInvalidError, DocumentNotFoundError } from '../lib/data/errors.ts';

/** Retrying cannot fix a missing or malformed document, only a flaky network. */
function shouldRetry(failureCount: number, error: Error, maxRetries: number): boolean {
  if (error instanceof DocumentNotFoundError || error instanceof DocumentInvalidError) return false;
  return failureCount < maxRetries;
}

export function createQueryClient({ retries = 2 }: { retries?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Documents only change when the data is rebuilt, which means a reload anyway.
        staleTime: Infinity,
        retry: (failureCount, error) => shouldRetry(failureCount, error, retries),
      },
    },
  });
}
