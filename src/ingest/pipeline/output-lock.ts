/**
 * One build at a time per output folder. Two builds writing one folder at once (a watch process
 * and a one-off `build:data` given the same `--out`, or two dev servers over the same seeds)
 * would interleave their documents, states and version folders; the second one is refused
 * instead, with the first one's pid and what to do.
 *
 * The lock is a file in the folder (`.build-lock`, holding the holder's pid, host and start),
 * made whole or not at all (written aside, then linked into place: a link fails if the name is
 * taken) and removed when the build ends, failed or not. One left by a process that no longer
 * runs (killed, or the machine restarted) is taken over; so is one with this process's pid that
 * this process does not hold (an earlier process that had the same pid, as in a container).
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { errorCode } from './collect-files.ts';

export const LOCK_NAME = '.build-lock';

/** A lock file that cannot be read is taken to be one being made, until it is this old. */
const TORN_AFTER_MS = 10_000;

interface Holder {
  pid: number;
  host: string;
  started: string;
}

/** The lock files this process holds now. */
const held = new Set<string>();

/** Another build is writing the folder. */
export class OutputBusyError extends Error {
  constructor(outDir: string, holder: Holder | null, lockPath: string) {
    const who = holder ? `another build (process ${holder.pid}, started ${holder.started})` : 'another build';
    super(
      `${who} is writing ${outDir}: wait for it to finish or stop it, or give this build another --out; if no build is running, delete ${lockPath}`,
    );
    this.name = 'OutputBusyError';
  }
}

/**
 * Takes the folder's lock (making the folder if need be) and returns its release; throws
 * `OutputBusyError` while another build holds it.
 */
export function lockOutput(outDir: string): () => void {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, LOCK_NAME);
  const mine: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const aside = `${path}.${process.pid}.tmp`;
  writeFileSync(aside, JSON.stringify(mine));
  try {
    if (!place(aside, path)) {
      const holder = readHolder(path);
      if (!stale(path, holder)) throw new OutputBusyError(outDir, holder, path);
      takeOver(path, holder, outDir);
      if (!place(aside, path)) throw new OutputBusyError(outDir, readHolder(path), path);
    }
  } finally {
    rmSync(aside, { force: true });
  }
  held.add(path);
  return () => {
    held.delete(path);
    // Only our own lock: one deleted by hand and taken by another build stays that build's.
    const holder = readHolder(path);
    if (holder?.pid === mine.pid && holder.started === mine.started) rmSync(path, { force: true });
  };
}

/** Links the lock made aside into place; false when the name is taken. */
function place(aside: string, path: string): boolean {
  try {
    linkSync(aside, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Moves a stale lock out of the way, and checks that what was moved is the lock judged stale:
 * another build may have taken it over meanwhile, and then its lock is put back and this build
 * refused.
 */
function takeOver(path: string, judged: Holder | null, outDir: string): void {
  const moved = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, moved);
  } catch (error) {
    // Gone already: someone else removed it; the caller tries to place ours.
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const holder = readHolder(moved);
  const same =
    holder === null
      ? judged === null
      : judged !== null && holder.pid === judged.pid && holder.started === judged.started;
  if (same) {
    rmSync(moved, { force: true });
    return;
  }
  // Not the one judged: another build's fresh lock. Back in place if the name is still free.
  place(moved, path);
  rmSync(moved, { force: true });
  throw new OutputBusyError(outDir, holder, path);
}

function readHolder(path: string): Holder | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string'
      ? { pid: value.pid, host: value.host, started: String(value.started) }
      : null;
  } catch {
    return null;
  }
}

/**
 * Whether the lock at `path` may be taken over: its holder no longer runs. Unreadable: stale
 * once it is older than `TORN_AFTER_MS`. On another machine (a shared folder) a holder's state
 * cannot be known, so it is taken to run. A pid of this machine is asked with signal 0 (EPERM:
 * it runs, as another user); this process's own pid holds only the locks this process took.
 */
function stale(path: string, holder: Holder | null): boolean {
  if (holder === null) {
    try {
      return Date.now() - statSync(path).mtimeMs > TORN_AFTER_MS;
    } catch {
      return true;
    }
  }
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !held.has(path);
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return errorCode(error) !== 'EPERM';
  }
}
