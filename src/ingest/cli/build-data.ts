/**
 * `npm run build:data -- [--out DIR] [--strict] [--no-cache] [--max-file-bytes N]
 * [--time-budget-ms N] [--precompress-cache DIR] [--watch] [SEEDS...]`: writes the reader's JSON documents.
 * Seeds default to $NEWSREADER_SEEDS or `seeds/`; the output to `dist/data`. `--precompress-cache`
 * (the production build's) also writes each data document's `.br` and `.gz` copies as it goes,
 * keeping them in that compressed-copy cache (`src/hosting/copy-workers.ts`). Exit codes: 0 built (rejected files
 * are listed in the report), 1 with `--strict` when there is any diagnostic, or when the build
 * itself failed (the output could not be written), 2 on a usage error. `--watch` builds again
 * whenever a seed file under SEEDS is added, changed or removed (in this process, so a small edit
 * costs little: `watch-build.ts`), prints each build's report, and stops on Ctrl-C or SIGTERM once
 * a build in progress has written its folder. With `--report-json` each report is one line of
 * stdout, and a build that failed the line `{"failed":"…"}`.
 */
import { parseArgs } from 'node:util';
import { escapeControls } from '../seed/diagnostics.ts';
import { defaultCacheDir, defaultSeedInputs } from '../pipeline/ingest-config.ts';
import { ingestCorpus, trace, type IngestReport } from '../pipeline/ingest-corpus.ts';
import { watchBuild } from '../pipeline/watch-build.ts';
import { startCopyWorkers } from '../../hosting/copy-workers.ts';
import { UsageError, type IngestLimits } from '../pipeline/ingest-limits.ts';
import { limitsFromArgs, SHARED_OPTIONS, usageErrors } from './cli-options.ts';
import { diagnosticCount, formatReport } from '../pipeline/report.ts';

const USAGE =
  'usage: npm run build:data -- [--out DIR] [--strict] [--no-cache] [--cache DIR] ' +
  '[--max-file-bytes N] [--time-budget-ms N] [--precompress-cache DIR] [--watch] [SEEDS...]\n';

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
        watch: { type: 'boolean', default: false },
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
  const cacheDir = values['no-cache'] ? null : (values.cache ?? defaultCacheDir());
  const printReport = (report: IngestReport): void => {
    // --report-json is for the Vite plugin, which prints the report in its own log (formatReport
    // escapes the seed text in it there).
    if (values['report-json']) process.stdout.write(`${JSON.stringify(report)}\n`);
    else process.stderr.write(`${formatReport(report)}\n`);
  };
  if (values.watch) {
    if (values['precompress-cache'] !== undefined || values.strict)
      throw new UsageError(
        '--watch builds for the dev server: it takes neither --strict nor --precompress-cache',
      );
    return watchUntilStopped(inputs, values.out, cacheDir, limits, printReport, values['report-json']);
  }
  // For the production build: the hosting step's compressed copies, made while the data is built.
  const precompressCache = values['precompress-cache'];
  const copies = precompressCache === undefined ? null : await startCopyWorkers(precompressCache);
  const report = await ingestCorpus({
    inputs,
    outDir: values.out,
    cacheDir,
    limits,
    copies,
  });
  if (copies) {
    await copies.finish();
    trace('compressed copies finished');
  }
  printReport(report);
  if (values.strict && diagnosticCount(report) > 0) {
    process.stderr.write('ingest: --strict: failing the build because of the diagnostics above\n');
    return 1;
  }
  return 0;
}

/** Builds now and after every change until SIGINT or SIGTERM; then exits 0 once the folder is written. */
function watchUntilStopped(
  inputs: string[],
  outDir: string,
  cacheDir: string | null,
  limits: IngestLimits,
  printReport: (report: IngestReport) => void,
  json: boolean,
): Promise<number> {
  const watching = watchBuild(
    { inputs, outDir, cacheDir, limits },
    {
      built: printReport,
      failed: (error) => {
        if (json) process.stdout.write(`${JSON.stringify({ failed: describe(error) })}\n`);
        else process.stderr.write(`build:data: the build failed: ${escapeControls(describe(error))}\n`);
      },
    },
  );
  return new Promise((resolvePromise) => {
    const stop = (): void => {
      void watching.close().then(() => {
        resolvePromise(0);
      });
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
  });
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
