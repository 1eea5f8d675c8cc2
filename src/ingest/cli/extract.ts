/**
 * `npm run --silent extract -- PATH...`: prints one JSON object per article per line, in path
 * order; diagnostics go to stderr; exits 1 when any file was rejected (after printing the rest).
 * It never reads or writes the build cache.
 */
import { formatDiagnostic } from '../diagnostics.ts';
import { collectSeedFiles } from '../collect-files.ts';
import { DuplicateIdGuard } from '../duplicate-ids.ts';
import { runPipeline } from '../run-pipeline.ts';

async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a) => a !== '--');
  if (paths.length === 0 || paths.includes('--help') || paths.includes('-h')) {
    process.stderr.write(
      'usage: npm run --silent extract -- PATH...  (files, or folders searched for .txt)\n',
    );
    return paths.length === 0 ? 2 : 0;
  }
  const { files, missing } = await collectSeedFiles(paths);
  let rejected = 0;
  for (const m of missing) {
    process.stderr.write(`${m}: error: no such file or folder\n`);
    rejected++;
  }
  const ids = new DuplicateIdGuard();
  let out = '';
  for await (const result of runPipeline(files, 'extract')) {
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (result.line === null || result.id === null) {
      rejected++;
      continue;
    }
    const clash = ids.claim(result.id, result.path);
    if (clash) {
      process.stderr.write(`${formatDiagnostic(clash)}\n`);
      rejected++;
      continue;
    }
    out += `${result.line}\n`;
    if (out.length > 1 << 16) {
      if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
      out = '';
    }
  }
  process.stdout.write(out);
  if (rejected > 0)
    process.stderr.write(`extract: ${rejected} of ${files.length + missing.length} inputs rejected\n`);
  return rejected > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `extract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
