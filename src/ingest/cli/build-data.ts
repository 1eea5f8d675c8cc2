/**
 * `npm run build:data -- [--out DIR] [--strict] [--no-cache] [SEEDS...]`: writes the reader's JSON
 * documents. Seeds default to $NEWSREADER_SEEDS or `seeds/`; the output to `dist/data`.
 */
import { parseArgs } from 'node:util';
import { defaultCacheDir, defaultSeedInputs } from '../ingest-config.ts';
import { ingestCorpus } from '../ingest-corpus.ts';
import { diagnosticCount, formatReport } from '../report.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'dist/data' },
      strict: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      cache: { type: 'string' },
      'report-json': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: npm run build:data -- [--out DIR] [--strict] [--no-cache] [--cache DIR] [SEEDS...]\n',
    );
    return 0;
  }
  const inputs = positionals.length > 0 ? positionals : defaultSeedInputs();
  const report = await ingestCorpus({
    inputs,
    outDir: values.out,
    cacheDir: values['no-cache'] ? null : (values.cache ?? defaultCacheDir()),
  });
  // --report-json is for the Vite plugin, which prints the report in its own log.
  if (values['report-json']) process.stdout.write(JSON.stringify(report));
  else process.stderr.write(`${formatReport(report)}\n`);
  if (values.strict && diagnosticCount(report) > 0) {
    process.stderr.write('ingest: --strict: failing the build because of the diagnostics above\n');
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `build:data: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
