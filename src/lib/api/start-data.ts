/**
 * Starts the data path while a route's code is still loading: the query engine's worker (its
 * script, its start) and, for the views that read it first, the meta document. Without this the
 * worker was created by the route's loader, which runs only once the route's code has arrived,
 * so a cold load waited for the route's chunks, then the worker's script, then meta.json, then the
 * page's documents, one after the other.
 */
import type { QueryClient } from '@tanstack/react-query';
import { appDataSource } from '../data/app-data-source.ts';
import { corpusQueries } from './corpus-queries.ts';

export function startData(queryClient: QueryClient, { meta }: { meta: boolean }): void {
  appDataSource();
  // The loader asks for the same query and shares this load; its failure is the loader's to show.
  if (meta) queryClient.query(corpusQueries.meta()).catch(() => undefined);
}
