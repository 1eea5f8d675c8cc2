/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, which is then
 * renamed over it (atomic on one filesystem), so a crash or a concurrent reader never sees half a
 * file. The folder must exist.
 */
import { renameSync, writeFileSync } from 'node:fs';

export function writeAtomically(path: string, data: Uint8Array | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}
