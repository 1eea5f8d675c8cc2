/** Scratch folders for tests that build into the file system. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A new empty folder under the OS's temporary folder, named `<prefix>XXXXXX`, removed when the
 * test that asked for it finishes, passed or failed. Call it inside a test (or a function a test
 * calls), not in a `beforeAll`.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
