/**
 * `build-data --watch --report-json` as a child process (the dev server's data builder, and
 * `bench:watch`): started with the flags a build needs, its stdout read as the line protocol the
 * CLI writes in watch mode, one message a line.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestReport } from './ingest-corpus.ts';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'build-data.ts');

/** A build's report, or why a build failed (the watch goes on after either). */
export type WatchMessage = IngestReport | { failed: string };

/** Starts the watch process; `message` gets each line it prints, in order. */
export function spawnWatchProcess(
  build: { inputs: readonly string[]; outDir: string; cacheDir: string },
  message: (message: WatchMessage) => void,
): ChildProcessWithoutNullStreams {
  const child = spawn(
    process.execPath,
    [
      // --expose-gc: the data step collects where it stops allocating (see ingest-corpus.ts).
      '--expose-gc',
      '--import',
      'tsx',
      CLI,
      '--watch',
      '--report-json',
      '--out',
      build.outDir,
      '--cache',
      build.cacheDir,
      ...build.inputs,
    ],
    { stdio: 'pipe' },
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
