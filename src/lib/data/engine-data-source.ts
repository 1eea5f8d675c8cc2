/** The query engine over the static documents, as a data source (in the worker, or in-thread). */
import { QueryEngine } from '../engine/query-engine.ts';
import type { DataSource } from './data-source.ts';
import { createFetchLoader, type FetchLoaderOptions } from './fetch-loader.ts';
import { withRenamedSlugs } from './renamed-slugs.ts';

export function engineDataSource(options: FetchLoaderOptions): DataSource {
  const loader = createFetchLoader(options);
  return withRenamedSlugs(new QueryEngine(loader, options.buildId), loader, options.buildId);
}
