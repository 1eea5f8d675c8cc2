/**
 * One measured build in a process of its own, so peak memory is this build's alone:
 *   node --import tsx scripts/bench/ingest-once.ts OUT_DIR CACHE_DIR|none INPUT...
 * Prints one JSON line: { files, articles, fromCache, written, viewWritten, viewCarried, rejected, ms,
 * peakRssMb }.
 */
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';

const [outDir, cacheDir, ...inputs] = process.argv.slice(2);
if (!outDir || !cacheDir || inputs.length === 0) {
  process.stderr.write('usage: ingest-once.ts OUT_DIR CACHE_DIR|none INPUT...\n');
  process.exit(2);
}
const report = await ingestCorpus({ inputs, outDir, cacheDir: cacheDir === 'none' ? null : cacheDir });
process.stdout.write(
  `${JSON.stringify({
    files: report.filesRead,
    articles: report.articlesBuilt,
    fromCache: report.fromCache,
    written: report.articlesWritten,
    viewWritten: report.viewDocuments.written,
    viewCarried: report.viewDocuments.carried,
    rejected: report.rejected.length,
    ms: Math.round(report.ms),
    // maxRSS covers the worker threads too: they live in this process.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
