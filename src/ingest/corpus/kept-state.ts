/**
 * The states a build keeps in its cache between builds (the view documents' keys, the quote
 * analysis, the article pairs): each one v8 record holding its `format` and the `version` of the
 * code that made it, written whole or not at all.
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
