/** Detects two files yielding one article id: an error for the later file, never an overwrite. */
import type { Diagnostic } from './diagnostics.ts';

export class DuplicateIdGuard {
  private readonly seen = new Map<string, string>();

  /** Records `id` for `path`; returns a diagnostic if another file already yielded it. */
  claim(id: string, path: string): Diagnostic | null {
    const first = this.seen.get(id);
    if (first !== undefined) {
      return { file: path, line: 1, severity: 'error', message: `duplicate article id "${id}": ${first} yields the same id; this file was skipped` };
    }
    this.seen.set(id, path);
    return null;
  }
}
