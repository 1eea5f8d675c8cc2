/**
 * The build: seed files → validated JSON documents in an output folder. Every file ends as an
 * article or a diagnostic in the report. With a cache, unchanged files are not read again,
 * unchanged article documents are not rewritten and the search index is patched in place.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectSeedFiles } from './collect-files.ts';
import type { FileStamp, SeedListing } from './seed-listing.ts';
import type { Diagnostic } from '../seed/diagnostics.ts';
import {
  keptStateDrifted,
  readKeptState,
  writeKeptState,
  type KeptStateMemory,
} from '../corpus/kept-state.ts';
import { DuplicateIdGuard } from '../corpus/duplicate-ids.ts';
import { splitList } from '../corpus/joined-list.ts';
import { outputVersion } from './extractor-version.ts';
import { IngestCache, type CachedFile } from './ingest-cache.ts';
import { resolveLimits, type IngestLimits } from './ingest-limits.ts';
import { runPipeline } from './run-pipeline.ts';
import { lockOutput } from './output-lock.ts';
import { writeViewDocuments, type KeptViews } from '../corpus/view-documents/write-view-documents.ts';
import { carryPairs, packPairs, type PackedPairs } from '../corpus/view-documents/search-pairs.ts';
import type { DocumentCopies } from '../../hosting/copy-workers.ts';
import {
  buildIdOf,
  compareArticles,
  entriesHeldByOtherOutputs,
  writeDocuments,
  type AcceptedArticle,
} from '../corpus/write-documents.ts';

export interface IngestOptions {
  /** Seed files, or folders searched recursively for `.txt`. */
  inputs: readonly string[];
  /** Folder that receives index.json, quotes.json, articles/, search/, v/ and current.json. */
  outDir: string;
  /** Cache root, or null to build everything from scratch. */
  cacheDir: string | null;
  threads?: number;
  /** Size cap and time budget per file; default: `resolveLimits()` (environment, else built-in). */
  limits?: IngestLimits;
  /**
   * Copy workers (`startCopyWorkers`) that compress each data document once it is written, on
   * the cores the build leaves idle; the caller finishes them.
   */
  copies?: DocumentCopies | null;
  /**
   * Removes an older build's folder of `v/`, already renamed out of the way; default: at once,
   * before the build returns. Watch mode removes it on a thread of its own instead.
   */
  retire?: (folder: string) => void;
  /**
   * The kept states' values held by a process that builds again and again (watch mode), so a
   * rebuild does not read back what the last build of the same process kept, nor parse again
   * the folder's files it left unchanged (`index.json`, `quotes.json`, the search shards).
   */
  keptStates?: KeptStateMemory;
  /**
   * The inputs' listing held by a process that builds again and again (watch mode): listed again
   * from the paths its watcher named, and only those stat-ed again (`SeedListing`).
   */
  listing?: SeedListing;
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
  /**
   * Per-view documents of `v/<buildId>/` written anew, and carried over from the previous build;
   * `unmade`: of those carried, how many were not even made (their kept input key was unchanged);
   * `quotesRead`: articles whose quotes were read for the quote index (all of them, unless the
   * quote analysis kept in the cache was carried over).
   */
  viewDocuments: { written: number; carried: number; unmade: number; quotesRead: number };
  /** Names the documents of this build (`v/<buildId>/`); the Vite plugin puts it in index.html. */
  buildId: string;
  ms: number;
}

/** Cache bytes read or kept in a build past which the build collects before its view step. */
const COLLECT_AFTER_BYTES = 64 * 2 ** 20;

/** `NEWSREADER_TRACE=1` prints how long each phase took, for benchmarking. */
export const trace = process.env.NEWSREADER_TRACE === '1' ? makeTracer() : (): void => undefined;

/**
 * Each phase's time, and the process's memory after it: resident set (workers included), the
 * main thread's JS heap, and the buffers outside it (file contents, serialised cache entries),
 * so the trace shows what holds the peak.
 */
function makeTracer(): (phase: string) => void {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  // While the main thread waits on the workers, the peak is sampled; a synchronous phase is seen at its end.
  let peak = 0;
  setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 250).unref();
  return (phase) => {
    const now = performance.now();
    // CPU of the whole process (every thread: extraction and copy workers too) over the phase.
    const cpu = process.cpuUsage(lastCpu);
    lastCpu = process.cpuUsage();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    process.stderr.write(
      `  ${phase}: ${(now - last).toFixed(0)} ms, cpu ${cpuMs.toFixed(0)} ms  [rss ${mb(m.rss)} MB (peak ${mb(peak)}), heap ${mb(m.heapUsed)}, buffers ${mb(m.arrayBuffers)}]\n`,
    );
    last = now;
    peak = 0;
  };
}

/** Runs the whole build and writes the documents; returns what happened to every file. */
export async function ingestCorpus(options: IngestOptions): Promise<IngestReport> {
  // One build at a time per output folder (`OutputBusyError` names the one writing it).
  const unlock = lockOutput(options.outDir);
  try {
    return await ingestLocked(options);
  } finally {
    unlock();
  }
}

async function ingestLocked(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const { listing } = options;
  const { files, missing, problems, stamps } = listing
    ? await listing.list(options.inputs)
    : { ...(await collectSeedFiles(options.inputs)), stamps: null };
  trace('collect');
  const scratch = options.cacheDir === null ? mkdtempSync(join(tmpdir(), 'newsreader-build-')) : null;
  try {
    // The cache is made here and not kept, so its entries (0.8 GB at 100,000 articles) can be
    // collected before the view documents are built from the output folder.
    let cache: IngestCache | null = new IngestCache(
      options.cacheDir ?? scratch ?? '',
      undefined,
      scratch === null ? (options.keptStates ?? null) : null,
    );
    const { report, articlePairs, kept } = await build(
      { ...options, limits: options.limits ?? resolveLimits() },
      { files, missing, problems, stamps, listing: listing ?? null },
      cache,
      scratch !== null,
      started,
    );
    const cacheBytes = cache.bytesKept;
    cache = null;
    // The cache is garbage now; where the process may collect on demand (--expose-gc, as the
    // production build's data step is started), its blocks go back before the view step reads
    // the corpus, instead of whenever the heap next fills (the peak of a build from a full cache).
    // Not after a rebuild that read a few entries (a watch process's edit): a full collection of
    // the heap it holds cost about 0.25 s of CPU there and gave back a few MB.
    if (cacheBytes >= COLLECT_AFTER_BYTES) globalThis.gc?.();
    // Validating every search posting costs about 7 s at 100,000 articles; the tests validate
    // every document, the build the small ones and the first and last of each kind of chunk.
    const views = writeViewDocuments(
      options.outDir,
      report.buildId,
      trace,
      'sample',
      articlePairs,
      kept,
      options.copies ?? null,
      options.retire,
    );
    report.viewDocuments = {
      written: views.documentsWritten,
      carried: views.documentsCarried,
      unmade: views.documentsUnmade,
      quotesRead: views.quoteArticlesRead,
    };
    report.ms = performance.now() - started;
    return report;
  } finally {
    // Without --cache the build still goes through a cache, a temporary one, gone even on failure.
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

async function build(
  options: IngestOptions & { limits: IngestLimits },
  listed: {
    files: readonly string[];
    missing: string[];
    problems: readonly Diagnostic[];
    /** Stamps still true of some files (a held listing's), and where to keep the others. */
    stamps: ReadonlyMap<string, FileStamp> | null;
    listing: SeedListing | null;
  },
  cache: IngestCache,
  temporary: boolean,
  started: number,
): Promise<{ report: IngestReport; articlePairs: PackedPairs | null; kept: KeptViews | null }> {
  trace('cache load');
  const { files, missing, problems, stamps, listing } = listed;

  // 1. Files whose size and mtime are unchanged come from the cache without being read.
  const outcomes = new Map<string, CachedFile>();
  const statOf = new Map<string, FileStamp>();
  const toProcess: string[] = [];
  for (const path of files) {
    let s: FileStamp | null = stamps?.get(path) ?? null;
    if (s) statOf.set(path, s);
    else {
      try {
        const st = statSync(path);
        s = { size: st.size, mtimeMs: st.mtimeMs };
        statOf.set(path, s);
      } catch {
        // Unreadable: the pipeline reports it with the reason.
      }
      listing?.remember(path, s);
    }
    // A file over the size cap is rejected again, whatever an earlier build with a higher cap made of it.
    const hit =
      s && !temporary && s.size <= options.limits.maxFileBytes ? cache.lookup(path, s.size, s.mtimeMs) : null;
    if (hit) outcomes.set(path, hit);
    else toProcess.push(path);
  }
  const fromCache = files.length - toProcess.length;
  trace('stat');

  // 2. The rest on all cores. Article documents go straight to the cache (a temporary one
  // without --cache) and corpus entries into its manifest, so memory holds no article.
  for await (const r of runPipeline(toProcess, 'build', {
    limits: options.limits,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
  })) {
    const s = statOf.get(r.path);
    const outcome: CachedFile = {
      size: s?.size ?? -1,
      mtimeMs: s?.mtimeMs ?? -1,
      hash: r.hash,
      id: r.id,
      date: r.date,
      diagnostics: r.diagnostics,
    };
    outcomes.set(r.path, outcome);
    // A file that could not be read has no content key and nothing to cache; nor is an outcome
    // that depends on the limits or the machine (too large, out of time) cached.
    if (s && r.hash && r.cacheable) {
      const built = r.entry && r.articleJson !== null ? { entry: r.entry, articleJson: r.articleJson } : null;
      cache.store(r.path, outcome, built);
    }
  }
  trace('pipeline');

  // 3. The report, in path order; a duplicate id is an error for the later file.
  const report: IngestReport = {
    filesRead: files.length,
    articlesBuilt: 0,
    fromCache,
    // Inputs that are no seed files (a folder named .txt, a dangling link) come first.
    rejected: problems.map((d) => ({ file: d.file, diagnostics: [d] })),
    warnings: [],
    missing,
    articlesWritten: 0,
    viewDocuments: { written: 0, carried: 0, unmade: 0, quotesRead: 0 },
    buildId: '',
    ms: 0,
  };
  const ids = new DuplicateIdGuard();
  const accepted: AcceptedArticle[] = [];
  for (const path of files) {
    const outcome = outcomes.get(path);
    if (!outcome) continue;
    for (const d of outcome.diagnostics) if (d.severity === 'warning') report.warnings.push(d);
    if (outcome.id === null || outcome.date === null) {
      report.rejected.push({
        file: path,
        diagnostics: outcome.diagnostics.filter((d) => d.severity === 'error'),
      });
      continue;
    }
    const clash = ids.claim(outcome.id, path);
    if (clash) report.rejected.push({ file: path, diagnostics: [clash] });
    else accepted.push({ path, hash: outcome.hash, id: outcome.id, date: outcome.date });
  }
  report.articlesBuilt = accepted.length;
  accepted.sort(compareArticles);
  trace('report');

  // 4. The documents, reusing what the previous build left in the output folder.
  const codeVersion = outputVersion();
  const buildId = buildIdOf(accepted, codeVersion);
  report.buildId = buildId;
  // Each article document is compressed while the rest of the build runs (it is complete in itself).
  const written = writeDocuments(
    options.outDir,
    accepted,
    buildId,
    codeVersion,
    cache,
    trace,
    options.copies ? (path) => options.copies?.add(path, false) : null,
    options.keptStates ?? null,
  );
  report.articlesWritten = written.articlesWritten;
  trace(`documents (${written.mode})`);
  if (!temporary) cache.save(new Set(files), entriesHeldByOtherOutputs(options.outDir, cache));
  trace('cache save');

  // 5. The phrase index's article pairs, from the cache entries (the workers found each
  // article's pairs), while the cache is at hand; the view step needs nothing else of it.
  const articlePairs =
    written.mode === 'unchanged'
      ? null
      : collectArticlePairs(options.outDir, accepted, cache, codeVersion, trace, options.keptStates ?? null);
  // The view documents' keys are kept only with a lasting cache (a temporary one is gone after the build).
  const kept: KeptViews | null = temporary
    ? null
    : {
        statePath: cache.viewStatePath(options.outDir),
        quoteStatePath: cache.quoteStatePath(options.outDir),
        version: codeVersion,
        articleKeys: accepted.map((a) => a.hash).reverse(),
        memory: options.keptStates ?? null,
      };
  report.ms = performance.now() - started;
  return { report, articlePairs, kept };
}

/** Bumped when what the pair state holds changes. */
const PAIR_STATE_FORMAT = 1;

/**
 * Every accepted article's pairs, numbered from the oldest as the view documents number them:
 * the kept pair index (in the cache beside the output state) with the pairs of the articles it
 * does not hold taken out and put in, or, without one, every article's pairs from its cache entry.
 */
function collectArticlePairs(
  outDir: string,
  accepted: readonly AcceptedArticle[],
  cache: IngestCache,
  codeVersion: string,
  trace: (phase: string) => void,
  memory: KeptStateMemory | null,
): PackedPairs {
  const keys = accepted.map((a) => a.hash).reverse();
  const documentPairs = (number: number) => {
    const hash = keys[number]!;
    const entry = cache.entry(hash);
    if (!entry?.pairs)
      throw new Error(
        `the build cache has lost the entry for content key ${hash}; delete the cache (${cache.dir}) and build again`,
      );
    return entry;
  };
  const statePath = cache.pairStatePath(outDir);
  const previous = readPairState(statePath, codeVersion, memory);
  const carried = previous && carryPairs(previous.packed, previous.keys, keys, documentPairs);
  const packed = carried ? carried.packed : packPairs(keys.length, documentPairs);
  trace(
    `article pairs (${carried ? `carried, ${carried.documentsRead} articles read` : 'from every entry'})`,
  );
  // A kept index that still holds all but a few articles serves the next build as it is.
  if (!carried || keptStateDrifted(carried.documentsRead, keys.length)) {
    writeKeptState(
      statePath,
      PAIR_STATE_FORMAT,
      codeVersion,
      {
        keys: keys.join('\n'),
        pairs: packed.pairs.join('\n'),
        offsets: packed.offsets,
        numbers: packed.numbers,
      },
      memory,
      { keys, packed },
    );
    trace('article pairs: state saved');
  }
  return packed;
}

/**
 * The pair index kept for this folder (by the last build, or an earlier one when the last read
 * few articles), if it was made by this code.
 */
function readPairState(
  path: string,
  codeVersion: string,
  memory: KeptStateMemory | null,
): { keys: readonly string[]; packed: PackedPairs } | null {
  const read = readKeptState(
    path,
    PAIR_STATE_FORMAT,
    codeVersion,
    (record) => {
      const state = record as { keys: string; pairs: string; offsets: Uint32Array; numbers: Uint32Array };
      const pairs = splitList(state.pairs);
      if (state.offsets.length !== pairs.length + 1 || state.offsets[pairs.length] !== state.numbers.length)
        return null;
      return {
        keys: splitList(state.keys),
        packed: { pairs, offsets: state.offsets, numbers: state.numbers },
      };
    },
    memory,
  );
  // None yet, or torn: the pairs come from every entry instead.
  return read && 'packed' in read ? read : null;
}
