/**
 * `npm run --silent extract -- [--max-file-bytes N] [--time-budget-ms N] PATH...`: prints one
 * JSON object per article per line, in path order; diagnostics go to stderr; exits 1 when any
 * input was rejected (after printing the rest), 2 on a usage error. It never reads or writes the
 * build cache (its worker threads' compiled code lives beside it, in `workers/`: decision 015).
 */
import { parseArgs } from 'node:util';
import { escapeControls, formatDiagnostic } from '../seed/diagnostics.ts';
import { collectSeedFiles } from '../pipeline/collect-files.ts';
import { DuplicateIdGuard } from '../corpus/duplicate-ids.ts';
import { UsageError } from '../pipeline/ingest-limits.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { limitsFromArgs, SHARED_OPTIONS, usageErrors } from './cli-options.ts';

const USAGE =
  'usage: npm run --silent extract -- PATH... [--max-file-bytes N] [--time-budget-ms N]  ' +
  '(PATH: files, or folders searched for .txt)\n';

async function main(argv: string[]): Promise<number> {
  const { values, positionals: paths } = usageErrors(() =>
    parseArgs({ args: argv, allowPositionals: true, options: SHARED_OPTIONS }),
  );
  if (values.help) {
    process.stderr.write(USAGE);
    return 0;
  }
  if (paths.length === 0) throw new UsageError('no PATH given');
  const limits = limitsFromArgs(values);
  const { files, missing, problems } = await collectSeedFiles(paths);
  let rejected = 0;
  for (const m of missing) {
    process.stderr.write(`${escapeControls(m)}: error: no such file or folder\n`);
    rejected++;
  }
  for (const d of problems) {
    process.stderr.write(`${formatDiagnostic(d)}\n`);
    rejected++;
  }
  const ids = new DuplicateIdGuard();
  let out = '';
  for await (const result of runPipeline(files, 'extract', { limits })) {
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
    process.stderr.write(
      `extract: ${rejected} of ${files.length + missing.length + problems.length} inputs rejected\n`,
    );
  return rejected > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      // The usage line first: it is what a caller who got the arguments wrong needs.
      process.stderr.write(`${USAGE}extract: ${escapeControls(error.message)}\n`);
      process.exitCode = 2;
      return;
    }
    // Bad input never gets here (it is a diagnostic): an unexpected failure, reported without a
    // stack trace (NEWSREADER_TRACE=1 shows it).
    process.stderr.write(
      `extract: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`,
    );
    if (process.env.NEWSREADER_TRACE === '1' && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  },
);
