/** Runs `processSeedFile` over many files on all cores, yielding results in input order. */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { IngestLimits } from './ingest-limits.ts';
import type { PipelineMode, PipelineResult } from './process-file.ts';
import { workerEntry } from './worker-bundle.ts';

/** What the caller needs of each file; workers send back only that, already serialised. */
export type { PipelineMode, PipelineResult } from './process-file.ts';

const BATCH = 64;
/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 256;

export interface PipelineOptions {
  /** Worker threads; default: one per core, none for small inputs. */
  threads?: number;
  /** Size cap and time budget per file; default: the environment's or the built-in ones. */
  limits?: IngestLimits;
}

/** Processes `paths`, yielding one result per path in the same order. */
export async function* runPipeline<M extends PipelineMode>(
  paths: readonly string[],
  mode: M,
  options: PipelineOptions = {},
): AsyncGenerator<PipelineResult<M>> {
  const threads = options.threads ?? (paths.length < PARALLEL_THRESHOLD ? 0 : availableParallelism());
  if (threads <= 0) {
    // Loaded only here: with workers, the main thread never runs (nor transpiles) the extraction code.
    const { processSeedFileFor } = await import('./process-file.ts');
    for (const p of paths) yield processSeedFileFor(mode, p, options.limits);
    return;
  }
  const { limits } = options;
  const entry = await workerEntry();
  const pool = new Piscina<{ paths: string[]; mode: M; limits?: IngestLimits }, PipelineResult<M>[]>({
    filename: entry.filename,
    ...(entry.execArgv ? { execArgv: entry.execArgv } : {}),
    minThreads: threads,
    maxThreads: threads,
    // A second batch waits in each worker's port, so a worker that finishes one starts the next
    // without waiting for the main thread to hand it over (which, busy storing the last results,
    // left each worker idle about 6% of a 10,000-file build's pipeline; with this, about 1%).
    concurrentTasksPerWorker: 2,
  });
  try {
    const batches: string[][] = [];
    for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
    // Keep a bounded window of batches in flight so memory stays flat on huge corpora.
    const window = threads * 4;
    const pending: Promise<PipelineResult<M>[]>[] = [];
    let next = 0;
    while (next < batches.length && pending.length < window)
      pending.push(pool.run({ paths: batches[next++] ?? [], mode, ...(limits ? { limits } : {}) }));
    while (pending.length > 0) {
      const results = await (pending.shift() as Promise<PipelineResult<M>[]>);
      if (next < batches.length)
        pending.push(pool.run({ paths: batches[next++] ?? [], mode, ...(limits ? { limits } : {}) }));
      yield* results;
    }
  } finally {
    await pool.destroy();
  }
}
