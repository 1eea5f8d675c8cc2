/**
 * `npm run build:data -- [--out DIR] [--strict] [--no-cache] [--max-file-bytes N]
 * [--time-budget-ms N] [--precompress-cache DIR] [SEEDS...]`: writes the reader's JSON documents.
 * Seeds default to $NEWSREADER_SEEDS or `seeds/`; the output to `dist/data`. `--precompress-cache`
 * (the production build's) also writes each data document's `.br` and `.gz` copies as it goes,
 * keeping them in that compressed-copy cache (`src/hosting/copy-workers.ts`). Exit codes: 0 built (rejected files
 * are listed in the report), 1 with `--strict` when there is any diagnostic, or when the build
 * itself failed (the output could not be written), 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { escapeControls } from '../seed/diagnostics.ts';
import { defaultCacheDir, defaultSeedInputs } from '../pipeline/ingest-config.ts';
import { ingestCorpus, trace } from '../pipeline/ingest-corpus.ts';
import { startCopyWorkers } from '../../hosting/copy-workers.ts';
import { UsageError } from '../pipeline/ingest-limits.ts';
import { limitsFromArgs, SHARED_OPTIONS, usageErrors } from './cli-options.ts';
import { diagnosticCount, formatReport } from '../pipeline/report.ts';

const USAGE =
  'usage: npm run build:data -- [--out DIR] [--strict] [--no-cache] [--cache DIR] ' +
  '[--max-file-bytes N] [--time-budget-ms N] [--precompress-cache DIR] [SEEDS...]\n';

function options(argv: string[]) {
  return usageErrors(() =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...SHARED_OPTIONS,
        out: { type: 'string', default: 'dist/data' },
        strict: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        cache: { type: 'string' },
        'report-json': { type: 'boolean', default: false },
        'precompress-cache': { type: 'string' },
      },
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = options(argv);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const limits = limitsFromArgs(values);
  const inputs = positionals.length > 0 ? positionals : defaultSeedInputs();
  // For the production build: the hosting step's compressed copies, made while the data is built.
  const precompressCache = values['precompress-cache'];
  const copies = precompressCache === undefined ? null : await startCopyWorkers(precompressCache);
  const report = await ingestCorpus({
    inputs,
    outDir: values.out,
    cacheDir: values['no-cache'] ? null : (values.cache ?? defaultCacheDir()),
    limits,
    copies,
  });
  if (copies) {
    await copies.finish();
    trace('compressed copies finished');
  }
  // --report-json is for the Vite plugin, which prints the report in its own log (formatReport
  // escapes the seed text in it there).
  if (values['report-json']) process.stdout.write(JSON.stringify(report));
  else process.stderr.write(`${formatReport(report)}\n`);
  if (values.strict && diagnosticCount(report) > 0) {
    process.stderr.write('ingest: --strict: failing the build because of the diagnostics above\n');
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Bad input never gets here (it is a diagnostic); what does is a usage error or a build that
    // could not be written. Either way the reason, not a stack trace (NEWSREADER_TRACE=1 shows it).
    if (error instanceof UsageError) {
      process.stderr.write(`build:data: ${escapeControls(error.message)}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`build:data: the build failed: ${escapeControls(describe(error))}\n`);
    if (process.env.NEWSREADER_TRACE === '1' && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);

/** The error's message and those of its causes. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause !== undefined && !error.message.includes(describe(error.cause))
    ? `${error.message} (${describe(error.cause)})`
    : error.message;
}
