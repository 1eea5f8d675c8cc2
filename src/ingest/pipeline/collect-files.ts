/** Finds seed files: each argument is a file, or a folder searched recursively for `.txt`. */
import type { Dirent } from 'node:fs';
import { readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../seed/diagnostics.ts';

export interface CollectedFiles {
  /** Seed files to read, in path order. */
  files: string[];
  /** Arguments that do not exist. */
  missing: string[];
  /**
   * Inputs that cannot be seeds, each an error for the report (`file: error: reason`), never a
   * silent drop: a `.txt` entry that is a folder, a dangling or looping symbolic link, a device
   * or pipe, a folder that cannot be listed.
   */
  problems: Diagnostic[];
}

/** Whether a file name inside a seed folder is a seed's: `.txt`, in any case. */
export function isSeedName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

/** Seed file paths in path order: arguments in the order given, each folder's files sorted. */
export async function collectSeedFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const { blocks, missing, problems } = await collectSeedBlocks(paths);
  return { files: blocks.flatMap((block) => block.files), missing, problems };
}

/** What one input argument holds, as `collectSeedBlocks` found it. */
export interface InputBlock {
  /** The argument as given. */
  input: string;
  /** A folder (its seed files, in path order), a seed file, or neither (missing, or a problem). */
  kind: 'folder' | 'file' | 'none';
  files: string[];
}

/**
 * `collectSeedFiles`, per argument, with the files reached through a symbolic link (`links`):
 * what `SeedListing` keeps to list again after a few known paths changed.
 */
export async function collectSeedBlocks(
  paths: readonly string[],
): Promise<{ blocks: InputBlock[]; missing: string[]; problems: Diagnostic[]; links: Set<string> }> {
  const blocks: InputBlock[] = [];
  const missing: string[] = [];
  const problems: Diagnostic[] = [];
  const links = new Set<string>();
  const problem = (file: string, message: string): void => {
    problems.push({ file, line: 0, severity: 'error', message });
  };
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') missing.push(p);
      else problem(p, `cannot read: ${reasonOf(error)}`);
      blocks.push({ input: p, kind: 'none', files: [] });
      continue;
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(p, found, problem, links);
      found.sort(comparePaths);
      blocks.push({ input: p, kind: 'folder', files: found });
    } else if (info.isFile()) {
      blocks.push({ input: p, kind: 'file', files: [p] });
    } else {
      // Reading a pipe or a device would block or never end.
      problem(p, 'not a regular file (a device, pipe or socket)');
      blocks.push({ input: p, kind: 'none', files: [] });
    }
  }
  return { blocks, missing, problems, links };
}

/**
 * Adds the `.txt` files under `dir` to `found`, depth first. Symbolic links to files are seeds
 * too; links to folders are not followed (they could loop), as before.
 */
async function walk(
  dir: string,
  found: string[],
  problem: (file: string, message: string) => void,
  links: Set<string>,
): Promise<void> {
  let entries: Dirent[];
  try {
    // Synchronous: measured twice as fast as the promise form on 100,000 files.
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problem(dir, `cannot list the folder: ${reasonOf(error)}`);
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    const seed = isSeedName(e.name);
    if (e.isDirectory()) {
      if (seed) problem(path, 'is a folder, not a seed file (its .txt files are read)');
      await walk(path, found, problem, links);
    } else if (!seed) {
      continue;
    } else if (e.isFile()) {
      found.push(path);
    } else if (e.isSymbolicLink()) {
      try {
        const target = await stat(path);
        if (target.isFile()) {
          found.push(path);
          links.add(path);
        } else if (target.isDirectory()) problem(path, 'is a symbolic link to a folder, not a seed file');
        else problem(path, 'is a symbolic link to something that is not a regular file');
      } catch (error) {
        const code = errorCode(error);
        problem(
          path,
          code === 'ENOENT'
            ? 'dangling symbolic link: its target does not exist'
            : code === 'ELOOP'
              ? 'symbolic link loop'
              : `cannot read: ${reasonOf(error)}`,
        );
      }
    } else {
      problem(path, 'not a regular file (a device, pipe or socket)');
    }
  }
}

/** Code-point order, so the order is the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The system error code in an error (`ENOENT`, `EACCES`…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The reason in an error, without the stack: "permission denied (EACCES)". */
export function reasonOf(error: unknown): string {
  const code = errorCode(error);
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  const message = error instanceof Error ? error.message : '';
  // Node writes "EACCES: permission denied, open '/path'"; the path is already in the diagnostic.
  const text = /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message;
  return `${text} (${code})`;
}
