/**
 * The build: seed files → validated JSON documents in an output folder, reusing the cache for
 * files that have not changed. Every file ends as an article or a diagnostic in the report.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusIndexSchema, quoteListSchema, type Article } from '../contract/schema.ts';
import { buildCorpus } from './build-corpus.ts';
import { collectSeedFiles } from './collect-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { DuplicateIdGuard } from './duplicate-ids.ts';
import { IngestCache, type CachedResult } from './ingest-cache.ts';
import type { IndexRecord } from './process-file.ts';
import { runPipeline } from './run-pipeline.ts';

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
  articlesWritten: number;
  ms: number;
}

/** Marker in the output folder: which content hash each article file was written from. */
const WRITTEN = '.written.json';

/** Runs the whole build and writes the documents; returns what happened to every file. */
export async function ingestCorpus(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const { files, missing } = await collectSeedFiles(options.inputs);
  const cache = options.cacheDir === null ? null : new IngestCache(options.cacheDir);

  // 1. Which files can be taken from the cache without reading them?
  const stats = await statAll(files);
  const hashes = new Map<string, string>();
  const results = new Map<string, CachedResult>();
  const fresh = new Map<string, Article>();
  const toProcess: string[] = [];
  files.forEach((path, i) => {
    const s = stats[i];
    const hit = s && cache ? cache.lookup(path, s.size, s.mtimeMs) : null;
    if (hit && (hit.result.record === null || cache?.hasArticle(hit.hash))) {
      hashes.set(path, hit.hash);
      results.set(path, hit.result);
    } else toProcess.push(path);
  });
  const fromCache = files.length - toProcess.length;

  // 2. Build the rest on all cores.
  const statOf = new Map(files.map((path, i) => [path, stats[i]]));
  for await (const r of runPipeline(toProcess, options.threads === undefined ? {} : { threads: options.threads })) {
    const path = r.path;
    const record: IndexRecord | null = r.record ? { summary: r.record.summary, organisations: r.record.organisations, quotes: r.record.quotes, terms: r.record.terms } : null;
    const result = { record, diagnostics: r.diagnostics };
    hashes.set(path, r.hash);
    results.set(path, result);
    if (r.record) fresh.set(path, r.record.article);
    const s = statOf.get(path);
    if (cache && s && r.hash) cache.store(path, { size: s.size, mtimeMs: s.mtimeMs, hash: r.hash }, result, r.record ? JSON.stringify(r.record.article) : null);
  }

  // 3. Report, in path order; duplicate ids are errors for the later file.
  const report: IngestReport = { filesRead: files.length, articlesBuilt: 0, fromCache, rejected: [], warnings: [], missing, articlesWritten: 0, ms: 0 };
  const ids = new DuplicateIdGuard();
  const accepted: { path: string; hash: string; record: IndexRecord }[] = [];
  for (const path of files) {
    const result = results.get(path);
    if (!result) continue;
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    report.warnings.push(...warnings);
    if (!result.record) {
      report.rejected.push({ file: path, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') });
      continue;
    }
    const clash = ids.claim(result.record.summary.id, path);
    if (clash) {
      report.rejected.push({ file: path, diagnostics: [clash] });
      continue;
    }
    accepted.push({ path, hash: hashes.get(path) ?? '', record: result.record });
  }
  report.articlesBuilt = accepted.length;

  // 4. Write the documents: article files only where their content changed.
  const articlesDir = join(options.outDir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  const writtenPath = join(options.outDir, WRITTEN);
  const written = readWritten(writtenPath);
  const nowWritten: Record<string, string> = {};
  for (const { path, hash, record } of accepted) {
    const id = record.summary.id;
    const target = join(articlesDir, `${id}.json`);
    nowWritten[id] = hash;
    if (written[id] === hash && existsSync(target)) continue;
    const article = fresh.get(path);
    if (article) writeFileSync(target, JSON.stringify(article));
    else if (cache) copyFileSync(cache.articlePath(hash), target);
    report.articlesWritten++;
  }
  for (const id of Object.keys(written)) if (!(id in nowWritten)) rmSync(join(articlesDir, `${id}.json`), { force: true });

  const contentKey = accepted.map((a) => `${a.record.summary.id}:${a.hash}`).join('\n');
  const docs = buildCorpus(accepted.map((a) => a.record), contentKey);
  writeFileSync(join(options.outDir, 'index.json'), JSON.stringify(corpusIndexSchema.parse(docs.index)));
  writeFileSync(join(options.outDir, 'quotes.json'), JSON.stringify(quoteListSchema.parse(docs.quotes)));
  const searchDir = join(options.outDir, 'search');
  rmSync(searchDir, { recursive: true, force: true });
  mkdirSync(searchDir, { recursive: true });
  for (const [key, shard] of docs.shards) writeFileSync(join(searchDir, `${key}.json`), JSON.stringify(shard));
  writeFileSync(writtenPath, JSON.stringify(nowWritten));

  cache?.save(new Set(files));
  report.ms = performance.now() - started;
  return report;
}

async function statAll(paths: readonly string[]): Promise<({ size: number; mtimeMs: number } | null)[]> {
  const out: ({ size: number; mtimeMs: number } | null)[] = new Array<null>(paths.length).fill(null);
  const CONCURRENCY = 64;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < paths.length) {
        const i = next++;
        try {
          const s = await stat(paths[i] ?? '');
          out[i] = { size: s.size, mtimeMs: s.mtimeMs };
        } catch {
          out[i] = null;
        }
      }
    }),
  );
  return out;
}

function readWritten(path: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Removes everything a previous build wrote into `outDir` (used before a clean build). */
export function cleanOutput(outDir: string): void {
  if (!existsSync(outDir)) return;
  for (const name of readdirSync(outDir)) rmSync(join(outDir, name), { recursive: true, force: true });
}
