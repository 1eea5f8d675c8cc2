/**
 * The states a build keeps in its cache between builds (the view documents' keys, the quote
 * analysis, the article pairs): each one v8 record holding its `format` and the `version` of the
 * code that made it, written whole or not at all.
 *
 * The quote analysis and the article pairs are kept per article content key, so a state made for
 * an earlier corpus still serves a later one: a build carries it over and reads only the articles
 * it does not hold. Such a state is written again only once those are many (`keptStateDrifted`),
 * not on every build: at 100,000 articles the two weigh 131 and 137 MB.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeAtomically } from './atomic-write.ts';

/** Why a kept state cannot be used (a torn or foreign file): said, and the build works without it. */
export interface KeptStateProblem {
  problem: string;
}

/**
 * The state kept at `path`: null when there is none or it was made in another format or by other
 * code (not an error); otherwise what `read` makes of its record, or why it cannot be used. A
 * record read from disk may lack any field or hold another type, so `read` checks what it uses,
 * and whatever it throws becomes the problem.
 */
export function readKeptState<T>(
  path: string,
  format: number,
  version: string,
  read: (record: Record<string, unknown>) => T | KeptStateProblem | null,
): T | KeptStateProblem | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  try {
    const record = deserialize(bytes) as Record<string, unknown>;
    if (record.format !== format || record.version !== version) return null;
    return read(record);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Keeps `fields` at `path` with their format and the code's version, its folder made if need be. */
export function writeKeptState(
  path: string,
  format: number,
  version: string,
  fields: Record<string, unknown>,
): void {
  mkdirSync(dirname(path), { recursive: true });
  writeAtomically(path, serialize({ format, version, ...fields }));
}

/** Below this many articles read past a kept state, it is never written again (see `keptStateDrifted`). */
const MIN_DRIFT = 64;

/**
 * Whether a state carried over from a kept one, reading `articlesRead` of `articleCount` articles
 * that the kept one did not hold, should be kept in its place: once more than 1% of the corpus
 * (and more than 64 articles) is read on every build, rewriting the state costs less than
 * reading those articles again and again.
 */
export function keptStateDrifted(articlesRead: number, articleCount: number): boolean {
  return articlesRead > Math.max(MIN_DRIFT, articleCount / 100);
}
