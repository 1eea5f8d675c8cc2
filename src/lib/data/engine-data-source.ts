/** The query engine over the static documents, as a data source (in the worker, or in-thread). */
import { QueryEngine } from '../engine/query-engine.ts';
import type { DataSource } from './data-source.ts';
import { createFetchLoader, type FetchLoaderOptions } from './fetch-loader.ts';

export function engineDataSource(options: FetchLoaderOptions): DataSource {
  return new QueryEngine(createFetchLoader(options), options.buildId);
}
