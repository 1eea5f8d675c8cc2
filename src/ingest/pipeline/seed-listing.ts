/**
 * The seed files of a watch process's inputs, listed again after each change from what the
 * watcher said changed, instead of walking every folder and stat-ing every file: at 100,000 seeds
 * the walk and the stat of every file cost about 1 s of CPU on every rebuild, for the one file an editor saved.
 *
 * The listing is the same as `collectSeedFiles` would give (the same files in the same order, the
 * same missing inputs and problems), and each file's size and time are the ones a stat would give,
 * on these grounds:
 * - a seed file added, changed, replaced or removed in a watched folder is an event naming it
 *   (`watchSeedFolders`), so only the paths named since the last listing are stat-ed again;
 * - anything else the watcher sees (a folder added, moved or removed, an event without a name, an
 *   input created) and anything a named path turns out to be other than a regular file or nothing
 *   (a folder, a link, a pipe) makes the next listing a whole one, as is the first;
 * - a file reached through a symbolic link, and an input given as a file, are stat-ed every time
 *   (their target can change with no event in the folder watched);
 * - more than `MAX_NAMED` paths named between two listings make a whole one too: far below the
 *   kernel's queue of 16,384 events, so no event lost to a full queue goes unnoticed.
 * Not seen: a seed changed through a hard link in a folder outside the inputs (inotify tells the
 * folder the write went through); the next whole listing sees it.
 */
import { lstatSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../seed/diagnostics.ts';
import {
  collectSeedBlocks,
  comparePaths,
  errorCode,
  isSeedName,
  type CollectedFiles,
  type InputBlock,
} from './collect-files.ts';

/** A file's size and modification time, as the cache compares them. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** Above this many paths named between two listings, the next one is whole. */
export const MAX_NAMED = 1000;

interface Held {
  inputs: readonly string[];
  blocks: InputBlock[];
  /** The blocks' absolute folders, for the watcher's absolute paths. */
  roots: string[];
  missing: string[];
  problems: Diagnostic[];
  /** Stat-ed on every listing. */
  always: Set<string>;
}

export class SeedListing {
  private held: Held | null = null;
  private readonly named = new Set<string>();
  private whole = true;
  /** Stamps still true of the files as listed (never of a named path or an `always` one). */
  private readonly stamps = new Map<string, FileStamp>();
  /** How the last listing was made, for tests and traces. */
  lastListing: 'whole' | 'named' = 'whole';

  /** What the watcher saw: a seed file's absolute path, or null for anything else. */
  changed(path: string | null): void {
    if (path === null || this.named.size >= MAX_NAMED) this.whole = true;
    else this.named.add(path);
  }

  /**
   * The inputs' seed files now, with the stamps known to be still true (`stamps`: the caller
   * stat-s the others and gives them back with `remember`).
   */
  async list(
    inputs: readonly string[],
  ): Promise<CollectedFiles & { stamps: ReadonlyMap<string, FileStamp> }> {
    const named = [...this.named];
    const whole = this.whole || this.held === null || !sameInputs(this.held.inputs, inputs);
    this.named.clear();
    this.whole = false;
    let held = whole ? null : this.held;
    if (held && this.update(held, named)) this.lastListing = 'named';
    else {
      held = this.held = await this.collect(inputs);
      this.stamps.clear();
      this.lastListing = 'whole';
    }
    for (const path of held.always) this.stamps.delete(path);
    return {
      files: held.blocks.flatMap((block) => block.files),
      missing: [...held.missing],
      problems: [...held.problems],
      stamps: this.stamps,
    };
  }

  /** A listed file's stamp, as the caller stat-ed it (null: it could not be). */
  remember(path: string, stamp: FileStamp | null): void {
    if (stamp) this.stamps.set(path, stamp);
    else this.stamps.delete(path);
  }

  private async collect(inputs: readonly string[]): Promise<Held> {
    const { blocks, missing, problems, links } = await collectSeedBlocks(inputs);
    const always = new Set(links);
    for (const block of blocks) if (block.kind === 'file') always.add(block.input);
    return {
      inputs: [...inputs],
      blocks,
      roots: inputs.map((input) => resolve(input)),
      missing,
      problems,
      always,
    };
  }

  /** Applies the named paths to `held`; false when only a whole listing can say what they are. */
  private update(held: Held, named: readonly string[]): boolean {
    // Checked before anything changes, so a refusal leaves `held` as it was.
    const moves: { block: InputBlock; path: string; present: boolean }[] = [];
    const problemFiles = new Set(held.problems.map((problem) => problem.file));
    for (const absolute of named) {
      let kind: 'file' | 'absent';
      try {
        const info = lstatSync(absolute);
        if (!info.isFile()) return false;
        kind = 'file';
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') return false;
        kind = 'absent';
      }
      for (let i = 0; i < held.blocks.length; i++) {
        const block = held.blocks[i]!;
        const root = held.roots[i]!;
        // An input itself named (a file input replaced, a missing input made): listed whole.
        if (absolute === root) return false;
        if (block.kind !== 'folder' || !absolute.startsWith(root + sep)) continue;
        const path = join(block.input, relative(root, absolute));
        if (problemFiles.has(path) || !isSeedName(basename(path))) return false;
        moves.push({ block, path, present: kind === 'file' });
      }
    }
    for (const { block, path, present } of moves) {
      this.stamps.delete(path);
      const at = lowerBound(block.files, path);
      const listed = block.files[at] === path;
      if (present && !listed) block.files.splice(at, 0, path);
      else if (!present && listed) block.files.splice(at, 1);
    }
    return true;
  }
}

function sameInputs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((input, i) => input === b[i]);
}

function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePaths(list[mid]!, value) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
