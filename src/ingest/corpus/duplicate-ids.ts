/** Detects two files yielding one article id: an error for the later file, never an overwrite. */
import type { Diagnostic } from '../seed/diagnostics.ts';

export class DuplicateIdGuard {
  private readonly seen = new Map<string, { id: string; path: string }>();

  /** Records `id` for `path`; returns a diagnostic if another file already yielded it. */
  claim(id: string, path: string): Diagnostic | null {
    // Ids that differ only in letter case name the same `articles/<id>.json` on case-insensitive
    // filesystems (macOS, Windows), where one would silently overwrite the other.
    const key = id.toLowerCase();
    const first = this.seen.get(key);
    if (first !== undefined) {
      const same =
        first.id === id ? 'the same id' : `the id "${first.id}", which differs only in letter case`;
      return {
        file: path,
        line: 1,
        severity: 'error',
        message: `duplicate article id "${id}": ${first.path} yields ${same}; this file was skipped`,
      };
    }
    this.seen.set(key, { id, path });
    return null;
  }
}
