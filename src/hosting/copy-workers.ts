/**
 * Compressed copies made while the data is built, on the cores the build leaves idle.
 *
 * After extraction the data step runs on one thread for minutes (the corpus files, then the view
 * documents), and the hosting step then read every one of those files back to compress it: at
 * 100,000 articles 1.4 GB and 139 s on this 2-core machine, after the data step. Here the data
 * step hands each document to copy workers as soon as it is on disk; they write its `.br` and
 * `.gz` copies (the same settings and the same compressed-copy cache as `precompress`) at a
 * lower priority than the main thread, and list what they did in the cache folder
 * (`AHEAD_LIST`), so `precompress` only checks those files are unchanged.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { AHEAD_LIST, type AheadFile } from './precompress.ts';
import { argsWithoutTsx } from '../ingest/pipeline/worker-bundle.ts';
import { ALL, SOON, type CopyTask, type CopyWorkerData } from './copy-tasks.ts';

/** How long a wait sees no file done before it takes the workers for stopped. */
const STALLED_MS = 60_000;

/** What the data step needs of the copy workers (`ingestCorpus`'s `copies` option). */
export interface DocumentCopies {
  /** Copies the file at `path` (a data document); `soon`: its folder is renamed after `settle`. */
  add(path: string, soon: boolean): void;
  /** Waits (blocking) until every file sent with `soon` is done. */
  settle(): void;
  /** Files under `from` are now under `to` (the folder was renamed). */
  moved(from: string, to: string): void;
  /** Waits until every file is done, lists them for `precompress`, and stops the workers. */
  finish(): Promise<number>;
}

/**
 * Starts copy workers that keep their copies in `cacheDir` (`precompressCacheDir`); null when
 * they cannot start (the hosting step then compresses everything, as before).
 */
export async function startCopyWorkers(
  cacheDir: string,
  threads = availableParallelism(),
): Promise<DocumentCopies | null> {
  const pending = new Int32Array(new SharedArrayBuffer(8));
  const workers: { worker: Worker; results: MessagePort }[] = [];
  try {
    mkdirSync(cacheDir, { recursive: true });
    // A worker thread does not get tsx's loader, so its code is bundled into plain JavaScript
    // (a few kilobytes, well under a second) and started from that text.
    const esbuild = await import('esbuild');
    const bundle = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./copy-worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text;
    if (code === undefined) return null;
    for (let i = 0; i < Math.max(1, threads); i++) {
      const channel = new MessageChannel();
      const data: CopyWorkerData = {
        cacheDir,
        pending: pending.buffer,
        results: channel.port2,
      };
      const worker = new Worker(code, {
        eval: true,
        workerData: data,
        transferList: [channel.port2],
        execArgv: argsWithoutTsx(process.execArgv),
      });
      worker.unref();
      workers.push({ worker, results: channel.port1 });
    }
  } catch {
    for (const { worker } of workers) void worker.terminate();
    return null;
  }
  let next = 0;
  let failed = false;
  for (const { worker } of workers)
    worker.on('error', () => {
      // A worker that died leaves its files to the hosting step; none of them is listed as done.
      failed = true;
    });
  const moves: [string, string][] = [];
  // A worker that cannot start (or stops) is only seen by its 'error' event, which a blocked main
  // thread never gets: a wait that sees no file done for a minute gives the copies up instead.
  const wait = (slot: number): void => {
    // A thread blocked here allocates nothing, so nothing collects what the data step has just let
    // go (the view step's working set: 0.5 GB of heap at 100,000 articles) while the workers
    // finish; collected first, it is not part of the build's peak. Only where the process was
    // started with --expose-gc (the production build's data step is: vite-plugin-seed-data.ts).
    if (Atomics.load(pending, slot) > 0) globalThis.gc?.();
    let since = performance.now();
    for (let left = Atomics.load(pending, slot); left > 0 && !failed;) {
      Atomics.wait(pending, slot, left, 1000);
      const now = Atomics.load(pending, slot);
      if (now !== left) since = performance.now();
      else if (performance.now() - since > STALLED_MS) failed = true;
      left = now;
    }
  };
  return {
    add(path, soon) {
      if (failed) return;
      if (soon) Atomics.add(pending, SOON, 1);
      Atomics.add(pending, ALL, 1);
      const task: CopyTask = { path: resolve(path), soon };
      workers[next++ % workers.length]!.worker.postMessage(task);
    },
    settle() {
      wait(SOON);
    },
    moved(from, to) {
      moves.push([resolve(from) + sep, resolve(to) + sep]);
    },
    async finish() {
      wait(ALL);
      const rows: AheadFile[] = [];
      for (const { results } of workers)
        for (let m = receiveMessageOnPort(results); m; m = receiveMessageOnPort(results))
          for (const row of m.message as AheadFile[]) {
            for (const [from, to] of moves)
              if (row[0].startsWith(from)) row[0] = to + row[0].slice(from.length);
            rows.push(row);
          }
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
      if (failed) return 0;
      writeFileSync(join(cacheDir, AHEAD_LIST), JSON.stringify(rows));
      return rows.length;
    },
  };
}
