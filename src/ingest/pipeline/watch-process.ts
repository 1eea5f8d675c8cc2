/**
 * `build-data` as a child process, as the Vite plugin and `bench:watch` run it: the command line a
 * build needs, and `build-data --watch --report-json` with its stdout read as the line protocol
 * the CLI writes in watch mode, one message a line.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestReport } from './ingest-corpus.ts';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'build-data.ts');

/**
 * Node's arguments for `build-data` with `args`. The Vite config is bundled into a temporary file
 * where the worker threads and TypeScript loader the pipeline needs are not available, hence a
 * process of its own. --expose-gc: the data step collects where it stops allocating — once the
 * cache is dropped (ingest-corpus.ts), before writing the kept quote analysis
 * (write-view-documents.ts) and before it waits on the copy workers (copy-workers.ts).
 */
export function buildDataArgs(args: readonly string[], cli = CLI): string[] {
  return ['--expose-gc', '--import', 'tsx', cli, ...args];
}

/** `build-data`'s entry point in another checkout of this project (a benchmark's other side). */
export function buildDataCliIn(checkout: string): string {
  return join(checkout, 'src', 'ingest', 'cli', 'build-data.ts');
}

/** A build's report, or why a build failed (the watch goes on after either). */
export type WatchMessage = IngestReport | { failed: string };

/** Starts the watch process; `message` gets each line it prints, in order. */
export function spawnWatchProcess(
  build: { inputs: readonly string[]; outDir: string; cacheDir: string },
  message: (message: WatchMessage) => void,
  /** Another checkout whose code builds (its own `tsx` and sources); default: this one. */
  checkout?: string,
): ChildProcessWithoutNullStreams {
  const child = spawn(
    process.execPath,
    buildDataArgs(
      ['--watch', '--report-json', '--out', build.outDir, '--cache', build.cacheDir, ...build.inputs],
      checkout === undefined ? CLI : buildDataCliIn(checkout),
    ),
    { stdio: 'pipe', ...(checkout === undefined ? {} : { cwd: checkout }) },
  );
  child.stdin.end();
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      let parsed: WatchMessage;
      try {
        parsed = JSON.parse(line) as WatchMessage;
      } catch {
        // Whatever else printed to stdout: said, never a crash of the process reading it.
        parsed = { failed: `the data builder printed a line that is not a report: ${line.slice(0, 200)}` };
      }
      message(parsed);
    }
  });
  return child;
}
