/**
 * The name of a page's record in the pre-render's cache (`entry-server.tsx`, `PageRecord`): one
 * per app path, so a rebuild finds the page's last record before it loads anything.
 */
import { createHash } from 'node:crypto';
import type { RenderTaskResult } from './entry-server.tsx';

export function pageRecordName(path: string, notFound = false): string {
  return createHash('sha256')
    .update(notFound ? `404\n${path}` : path)
    .digest('hex');
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
