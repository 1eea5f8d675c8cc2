/**
 * What the copy workers' threads and the thread that starts them share (`copy-workers.ts`,
 * `copy-worker.ts`); nothing here imports anything, so the workers' bundle stays small.
 */
import type { MessagePort } from 'node:worker_threads';

/** What a copy worker (`copy-worker.ts`) starts with. */
export interface CopyWorkerData {
  cacheDir: string;
  /** [files sent soon and not yet done, all files not yet done], shared with the main thread. */
  pending: SharedArrayBuffer;
  /** Where each done file is reported. */
  results: MessagePort;
}

/** A file to copy; `soon`: it lives in a folder the build renames once these are done. */
export interface CopyTask {
  path: string;
  soon: boolean;
}

export const SOON = 0;
export const ALL = 1;
