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
