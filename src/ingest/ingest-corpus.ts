/**
 * The build: seed files → validated JSON documents in an output folder. Every file ends as an
 * article or a diagnostic in the report. With a cache, unchanged files are not read again,
 * unchanged article documents are not rewritten and the search index is patched in place.
 */
import {
  copyFileSync,
  linkSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleSummarySchema, corpusIndexFacetsSchema, quoteEntrySchema } from '../contract/schema.ts';
import { buildCorpus, buildIdOf, compareRecords } from './build-corpus.ts';
import { collectSeedFiles } from './collect-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { DuplicateIdGuard } from './duplicate-ids.ts';
import { IngestCache, type CachedResult } from './ingest-cache.ts';
import type { IndexRecord } from './process-file.ts';
import { runPipeline } from './run-pipeline.ts';
import { patchShards, writeAllShards, type ShardChange } from './search-shards.ts';

export interface IngestOptions {
  /** Seed files, or folders searched recursively for `.txt`. */
  inputs: readonly string[];
  /** Folder that receives index.json, quotes.json, articles/ and search/. */
  outDir: string;
  /** Cache root, or null to build everything from scratch. */
  cacheDir: string | null;
  threads?: number;
}

export interface IngestReport {
  filesRead: number;
  articlesBuilt: number;
  /** Files whose result came from the cache without being read again. */
  fromCache: number;
  rejected: { file: string; diagnostics: Diagnostic[] }[];
  warnings: Diagnostic[];
  /** Inputs that do not exist. */
  missing: string[];
  /** Article documents (re)written in this build. */
  articlesWritten: number;
  ms: number;
}

/** What the output folder holds, so the next build can tell what changed. */
interface OutputState {
  buildId: string;
  /** Article ids in index order, each with the content hash its document was written from. */
  articles: [id: string, hash: string][];
}
const STATE_FILE = '.build-state.json';

interface Accepted {
  path: string;
  hash: string;
  record: IndexRecord;
}

/** `NEWSREADER_TRACE=1` prints how long each phase took, for benchmarking. */
const trace = process.env.NEWSREADER_TRACE === '1' ? makeTracer() : (): void => undefined;

function makeTracer(): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    process.stderr.write(`  ${phase}: ${(now - last).toFixed(0)} ms\n`);
    last = now;
  };
}

/** Runs the whole build and writes the documents; returns what happened to every file. */
export async function ingestCorpus(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const { files, missing } = await collectSeedFiles(options.inputs);
  trace('collect');
  const scratch = options.cacheDir === null ? mkdtempSync(join(tmpdir(), 'newsreader-build-')) : null;
  try {
    return await build(
      options,
      files,
      missing,
      new IngestCache(options.cacheDir ?? scratch ?? ''),
      scratch !== null,
      started,
    );
  } finally {
    // Without --cache the build still goes through a cache, a temporary one, gone even on failure.
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

async function build(
  options: IngestOptions,
  files: readonly string[],
  missing: string[],
  cache: IngestCache,
  temporary: boolean,
  started: number,
): Promise<IngestReport> {
  trace('cache load');

  // 1. Files whose size and mtime are unchanged come from the cache without being read.
  const results = new Map<string, { hash: string; result: CachedResult }>();
  const statOf = new Map<string, { size: number; mtimeMs: number }>();
  const toProcess: string[] = [];
  for (const path of files) {
    let s: { size: number; mtimeMs: number } | null = null;
    try {
      const st = statSync(path);
      s = { size: st.size, mtimeMs: st.mtimeMs };
      statOf.set(path, s);
    } catch {
      // Unreadable: the pipeline reports it with the reason.
    }
    const hit = s && !temporary ? cache.lookup(path, s.size, s.mtimeMs) : null;
    if (hit) results.set(path, hit);
    else toProcess.push(path);
  }
  const fromCache = files.length - toProcess.length;
  trace('stat');

  // 2. The rest on all cores. Article documents and search terms go straight to the cache (a
  // temporary one without --cache), so memory holds only the small index records.
  for await (const r of runPipeline(
    toProcess,
    'build',
    options.threads === undefined ? {} : { threads: options.threads },
  )) {
    const result = { record: r.record, diagnostics: r.diagnostics };
    results.set(r.path, { hash: r.hash, result });
    const s = statOf.get(r.path);
    if (s && r.hash) {
      const built = r.articleJson === null ? null : { articleJson: r.articleJson, terms: r.terms };
      cache.store(r.path, { size: s.size, mtimeMs: s.mtimeMs, hash: r.hash }, result, built);
    }
  }

  trace('pipeline');
  // 3. The report, in path order; a duplicate id is an error for the later file.
  const report: IngestReport = {
    filesRead: files.length,
    articlesBuilt: 0,
    fromCache,
    rejected: [],
    warnings: [],
    missing,
    articlesWritten: 0,
    ms: 0,
  };
  const ids = new DuplicateIdGuard();
  const accepted: Accepted[] = [];
  for (const path of files) {
    const entry = results.get(path);
    if (!entry) continue;
    const { result, hash } = entry;
    report.warnings.push(...result.diagnostics.filter((d) => d.severity === 'warning'));
    if (!result.record) {
      report.rejected.push({
        file: path,
        diagnostics: result.diagnostics.filter((d) => d.severity === 'error'),
      });
      continue;
    }
    const clash = ids.claim(result.record.summary.id, path);
    if (clash) report.rejected.push({ file: path, diagnostics: [clash] });
    else accepted.push({ path, hash, record: result.record });
  }
  report.articlesBuilt = accepted.length;
  accepted.sort((a, b) => compareRecords(a.record, b.record));

  trace('report');
  // 4. The documents, unless the output already holds exactly this build.
  const buildId = buildIdOf(accepted.map((a) => `${a.record.summary.id}:${a.hash}`).join('\n'));
  const previous = readState(options.outDir);
  if (previous?.buildId !== buildId || !existsSync(join(options.outDir, 'index.json'))) {
    report.articlesWritten = writeDocuments(options.outDir, accepted, buildId, previous, cache);
  }
  trace('documents');
  if (!temporary) cache.save(new Set(files));
  trace('cache save');
  report.ms = performance.now() - started;
  return report;
}

function writeDocuments(
  outDir: string,
  accepted: readonly Accepted[],
  buildId: string,
  previous: OutputState | null,
  cache: IngestCache,
): number {
  const articlesDir = join(outDir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  const before = new Map(previous?.articles ?? []);
  const termsOf = (a: Accepted): string[] => {
    const terms = cache.readTerms(a.hash);
    if (!terms)
      throw new Error(
        `search terms for ${a.path} are missing from the cache; delete the cache and build again`,
      );
    return terms;
  };

  // Article documents: only those whose content changed. Summaries and quote entries are
  // validated where they are new; unchanged ones were validated when first written.
  let written = 0;
  const changed = new Set<string>();
  for (const a of accepted) {
    const id = a.record.summary.id;
    const target = join(articlesDir, `${id}.json`);
    if (before.get(id) === a.hash && existsSync(target)) continue;
    changed.add(id);
    articleSummarySchema.parse(a.record.summary);
    placeFile(cache.articlePath(a.hash), target);
    written++;
  }
  const live = new Set(accepted.map((a) => a.record.summary.id));
  for (const id of before.keys()) if (!live.has(id)) rmSync(join(articlesDir, `${id}.json`), { force: true });

  trace('article files');
  const docs = buildCorpus(
    accepted.map((a) => a.record),
    buildId,
  );
  trace('buildCorpus');
  corpusIndexFacetsSchema.parse(docs.index);
  trace('validate');
  for (const q of docs.quotes) if (changed.has(q.articleId)) quoteEntrySchema.parse(q);
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(docs.index));
  writeFileSync(join(outDir, 'quotes.json'), JSON.stringify(docs.quotes));
  trace('index and quotes');

  // Search shards: patched when every article kept its position, rebuilt otherwise.
  const searchDir = join(outDir, 'search');
  const samePositions =
    previous !== null &&
    existsSync(searchDir) &&
    previous.articles.length === accepted.length &&
    previous.articles.every(([id], i) => accepted[i]?.record.summary.id === id);
  let patched = false;
  if (samePositions) {
    const changes: ShardChange[] = [];
    patched = accepted.every((a, position) => {
      const oldHash = previous.articles[position]?.[1];
      if (oldHash === a.hash) return true;
      const before = oldHash ? cache.readTerms(oldHash) : null;
      if (!before) return false;
      changes.push({ position, before, after: termsOf(a) });
      return true;
    });
    if (patched) patchShards(searchDir, changes);
  }
  if (!patched) {
    writeAllShards(
      searchDir,
      (function* () {
        for (const a of accepted) yield termsOf(a);
      })(),
    );
  }
  trace(patched ? 'search shards patched' : 'search shards');

  const state: OutputState = { buildId, articles: accepted.map((a) => [a.record.summary.id, a.hash]) };
  writeFileSync(join(outDir, STATE_FILE), JSON.stringify(state));
  return written;
}

/**
 * Puts the cached document at `target`: a hard link where the filesystem allows (copying 100,000
 * small files costs seconds; linking them almost nothing), a copy otherwise. Nothing ever writes
 * into an output file in place, so the link cannot change the cache.
 */
function placeFile(source: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

function readState(outDir: string): OutputState | null {
  try {
    return JSON.parse(readFileSync(join(outDir, STATE_FILE), 'utf8')) as OutputState;
  } catch {
    return null;
  }
}
