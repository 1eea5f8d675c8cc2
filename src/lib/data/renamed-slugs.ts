/**
 * `DataSource.renamedSlugs` beside the query engine: the build's `renamed-slugs.json` (old slug →
 * new, decision 001, "Slugs for ł, ø, æ …"), loaded once through the engine's own loader, and only
 * when asked (a link named a slug the build does not know). A build without the document (one made
 * before it existed) renamed nothing.
 */
import type { RenamedSlugs } from '../../contract/schema.ts';
import { viewPaths } from '../../contract/views.ts';
import type { DocumentLoader } from '../engine/types.ts';
import { isDocumentNotFound } from '../engine/types.ts';
import type { DataSource } from './data-source.ts';

export const NO_RENAMED_SLUGS: RenamedSlugs = { organisations: {}, speakers: {}, sources: {} };

/** The engine (every other method of a data source) with `renamedSlugs` added, as a data source. */
export function withRenamedSlugs<E extends Omit<DataSource, 'renamedSlugs'>>(
  engine: E,
  loader: DocumentLoader,
  buildId: string,
): E & DataSource {
  let loaded: Promise<RenamedSlugs> | null = null;
  const renamedSlugs = (): Promise<RenamedSlugs> => {
    loaded ??= loader.load(viewPaths.renamedSlugs(buildId), 'renamed-slugs').then(
      ({ organisations, speakers, sources }) => ({ organisations, speakers, sources }),
      (error: unknown) => {
        if (isDocumentNotFound(error)) return NO_RENAMED_SLUGS;
        // A failed load is asked again next time.
        loaded = null;
        throw error;
      },
    );
    return loaded;
  };
  return Object.assign(engine, { renamedSlugs });
}
