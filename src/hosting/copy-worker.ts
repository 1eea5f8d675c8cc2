/**
 * A copy worker's thread (see `copy-workers.ts`): reads each file it is sent, writes its `.br`
 * and `.gz` copies beside it (from the compressed-copy cache when that holds them), and reports
 * each file it did. Files the build is about to move come first.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ALL, SOON, type CopyTask, type CopyWorkerData } from './copy-tasks.ts';
import { CopyCache, compressSync, MIN_BYTES, type AheadFile } from './precompress.ts';

const { cacheDir, pending: shared, results } = workerData as CopyWorkerData;
const pending = new Int32Array(shared);
const cache = new CopyCache(cacheDir);
const soon: string[] = [];
const later: string[] = [];
/** How far each queue has been taken (an index, not `shift`, for a queue of 100,000 files). */
let soonNext = 0;
let laterNext = 0;
let scheduled = false;

// The main thread's work is the build's critical path; these threads take what it leaves of the
// cores. (On Linux a thread has its own nice value; elsewhere this may fail, which only costs time.)
try {
  setPriority(10);
} catch {
  // Same priority as the main thread.
}

function copy(path: string): void {
  const before = statSync(path);
  if (before.size < MIN_BYTES) return;
  const body = readFileSync(path);
  const key = cache.key(body, true);
  const kept = cache.readSync(key);
  const [br, gz] = kept ?? compressSync(body, true);
  if (!kept) cache.writeSync(key, br, gz);
  const brBytes = br.length < body.length ? br.length : -1;
  const gzBytes = gz.length < body.length ? gz.length : -1;
  if (brBytes >= 0) writeFileSync(`${path}.br`, br);
  if (gzBytes >= 0) writeFileSync(`${path}.gz`, gz);
  done.push([path, before.size, before.mtimeMs, before.ino, brBytes, gzBytes, key]);
}

/** Rows not yet reported: sent a batch at a time (one message per file was 127,000 queued messages). */
let done: AheadFile[] = [];
const BATCH = 1024;

function step(): void {
  scheduled = false;
  const fromSoon = soonNext < soon.length;
  const path = fromSoon ? soon[soonNext++] : later[laterNext++];
  if (path === undefined) return;
  try {
    copy(path);
  } catch {
    // A file gone or unreadable is left to the hosting step, which compresses what it finds.
  }
  // Reported before it is counted done, and whenever this worker has nothing left to do: when the
  // count reaches 0, every row has been posted.
  if (done.length >= BATCH || (soonNext === soon.length && laterNext === later.length)) {
    if (done.length > 0) results.postMessage(done);
    done = [];
  }
  if (fromSoon) Atomics.sub(pending, SOON, 1);
  Atomics.sub(pending, ALL, 1);
  Atomics.notify(pending, SOON);
  Atomics.notify(pending, ALL);
  schedule();
}

/** One file per turn of the event loop, so tasks that arrive meanwhile are sorted in first. */
function schedule(): void {
  if (scheduled || (soonNext === soon.length && laterNext === later.length)) return;
  scheduled = true;
  setImmediate(step);
}

parentPort?.on('message', (task: CopyTask) => {
  (task.soon ? soon : later).push(task.path);
  schedule();
});
