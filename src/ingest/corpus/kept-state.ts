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
import { mkdirSync, readFileSync, statSync } from 'node:fs';
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
  memory: KeptStateMemory | null = null,
): T | KeptStateProblem | null {
  const stamp = memory ? stampOf(path) : null;
  if (memory && stamp !== null) {
    const held = memory.recall(path, stamp, format, version);
    if (held !== undefined) return held as T;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  try {
    const record = deserialize(bytes) as Record<string, unknown>;
    if (record.format !== format || record.version !== version) return null;
    const value = read(record);
    if (memory && stamp !== null && value !== null && !isProblem(value))
      memory.remember(path, stamp, format, version, value);
    return value;
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Keeps `fields` at `path` with their format and the code's version, its folder made if need be.
 * With `memory`, `value` (what `readKeptState` would make of the file) is held for the next read.
 */
export function writeKeptState(
  path: string,
  format: number,
  version: string,
  fields: Record<string, unknown>,
  memory: KeptStateMemory | null = null,
  value?: unknown,
): void {
  mkdirSync(dirname(path), { recursive: true });
  writeAtomically(path, serialize({ format, version, ...fields }));
  const stamp = memory && value !== undefined ? stampOf(path) : null;
  if (memory && stamp !== null) memory.remember(path, stamp, format, version, value);
}

/**
 * What `read` makes of the file at `path`: with `memory`, the value an earlier call made of the
 * same file (same inode, size and times) if there was one, so a process that builds again and
 * again parses only the files a build replaced (at 100,000 articles, the few search shards an
 * edit patched of 1,297). `read` must make a value nobody changes afterwards.
 */
export function readHeldFile<T>(path: string, memory: KeptStateMemory | null, read: (path: string) => T): T {
  const stamp = memory ? stampOf(path) : null;
  if (memory && stamp !== null) {
    const held = memory.recall(path, stamp, HELD_FILE, '');
    if (held !== undefined) return held as T;
  }
  const value = read(path);
  // Stamped before reading: a file replaced meanwhile has another stamp by the next call.
  if (memory && stamp !== null) memory.remember(path, stamp, HELD_FILE, '', value);
  return value;
}

/** A file's bytes: the `read` of `readHeldFile` for a file held as it is (`index.json`, `quotes.json`). */
export function readBytes(path: string): Buffer {
  return readFileSync(path);
}

/** The format a held file is remembered under (kept states use 1 and up). */
const HELD_FILE = -1;

function isProblem(value: unknown): value is KeptStateProblem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

/** Which file a path names now: another inode, size or time means another state. */
function stampOf(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}

/**
 * What a process that builds again and again (watch mode) holds of the kept states between its
 * builds: per state file, the value read from it or written to it, while the file is still that
 * one. A rebuild then skips reading and decoding them (at 100,000 articles the article pairs, the
 * quote analysis and the view documents' keys: about 1 s, 250 MB held between builds). Values are
 * shared between builds: the code that reads a kept state never changes it.
 */
export class KeptStateMemory {
  private readonly held = new Map<
    string,
    { stamp: string; format: number; version: string; value: unknown }
  >();

  recall(path: string, stamp: string, format: number, version: string): unknown {
    const entry = this.held.get(path);
    return entry && entry.stamp === stamp && entry.format === format && entry.version === version
      ? entry.value
      : undefined;
  }

  remember(path: string, stamp: string, format: number, version: string, value: unknown): void {
    this.held.set(path, { stamp, format, version, value });
  }

  /** Holds `value` as what `readHeldFile` makes of the file just written at `path`. */
  rememberFile(path: string, value: unknown): void {
    const stamp = stampOf(path);
    if (stamp !== null) this.remember(path, stamp, HELD_FILE, '', value);
  }
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
