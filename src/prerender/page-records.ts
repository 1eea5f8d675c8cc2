/**
 * The name of a page's record in the pre-render's cache (`entry-server.tsx`, `PageRecord`): one
 * per app path, so a rebuild finds the page's last record before it loads anything.
 */
import { createHash } from 'node:crypto';

export function pageRecordName(path: string, notFound = false): string {
  return createHash('sha256')
    .update(notFound ? `404\n${path}` : path)
    .digest('hex');
}

/** What a batch of pages reports (`entry-server.tsx`, `renderTask`), summed over batches by the pool. */
export interface RenderTaskResult {
  /** The cache records the pages used (the rest are pruned). */
  keys: string[];
  /** Pages rendered (their data loaded and their body not in the cache). */
  rendered: number;
  /** Pages copied from their record without loading their data: every document unchanged. */
  unloaded: number;
  /** The paths rendered. */
  renderedPaths: string[];
  /**
   * Time spent in checking the records' documents, in loading data and hashing it, in rendering,
   * in writing files.
   */
  checkMs: number;
  prepareMs: number;
  renderMs: number;
  writeMs: number;
}

/** A task's figures before any page: what a worker's batch starts from, and the sum over batches. */
export function emptyTaskResult(): RenderTaskResult {
  return {
    keys: [],
    rendered: 0,
    unloaded: 0,
    renderedPaths: [],
    checkMs: 0,
    prepareMs: 0,
    renderMs: 0,
    writeMs: 0,
  };
}
