/**
 * Writes the output folder (index.json, quotes.json, articles/, search/) from the accepted
 * articles' cached corpus entries, reusing what the previous build left there.
 *
 * Both corpus-wide files are concatenations of per-article segments the workers serialised:
 * `index.json` is a head, the summaries joined by commas, and the facets; `quotes.json` is every
 * article's quote rows joined by commas. The build state (kept in the cache) records each
 * article's content key and segment lengths, and the facet tallies. A rebuild copies unchanged
 * segments byte for byte out of the previous files, serialises nothing it did not change,
 * subtracts and adds only the changed articles' facets, and patches the search shards. The
 * result is the same bytes a build from scratch would write; the tests hold it to that.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusIndexFacetsSchema, DATA_VERSION } from '../contract/schema.ts';
import { FacetTallies, type FacetTalliesJson } from './corpus-facets.ts';
import type { IngestCache } from './ingest-cache.ts';
import type { CorpusEntry } from './process-file.ts';
import { patchShards, remapShards, writeAllShards, type ShardChange } from './search-shards.ts';

/** An article that made it into the corpus: its seed file, content key, id and date. */
export interface AcceptedArticle {
  path: string;
  hash: string;
  id: string;
  date: string;
}

/** Newest first; ties by id so the order never depends on input order. */
export function compareArticles(a: AcceptedArticle, b: AcceptedArticle): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The build id: changes whenever any article's content or the extractor changes. */
export function buildIdOf(articles: readonly AcceptedArticle[], extractorVersion: string): string {
  const hash = createHash('sha256').update(`${DATA_VERSION}\n${extractorVersion}\n`);
  for (const a of articles) hash.update(`${a.id}:${a.hash}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Where builds before the state moved into the cache kept it; removed when found. */
const LEGACY_STATE_FILE = '.build-state.json';
const STATE_FORMAT = 2;

/** What the output folder holds, so the next build can reuse it. */
interface OutputState {
  format: number;
  /** The extractor version the documents were built with; another version reuses nothing. */
  version: string;
  buildId: string;
  /** In index order: id, content key, summary bytes in index.json, quote-row bytes in quotes.json. */
  articles: [id: string, hash: string, summaryBytes: number, quoteBytes: number][];
  /** Byte offset of the first summary in index.json. */
  articlesStart: number;
  indexBytes: number;
  quotesBytes: number;
  facets: FacetTalliesJson;
}

/** Where one article's segments sit in the previous files. */
interface PreviousSegment {
  position: number;
  summary: [start: number, end: number];
  quotes: [start: number, end: number];
}

export interface WriteOutcome {
  /** Article documents (re)placed. */
  articlesWritten: number;
  /** False when the output already held exactly this build. */
  changed: boolean;
  /** How the documents were produced, for the trace. */
  mode: 'unchanged' | 'patched' | 'full';
}

export function writeDocuments(
  outDir: string,
  accepted: readonly AcceptedArticle[],
  buildId: string,
  cache: IngestCache,
  trace: (phase: string) => void,
): WriteOutcome {
  const statePath = cache.outputStatePath(outDir);
  rmSync(join(outDir, LEGACY_STATE_FILE), { force: true });
  const previous = reusableState(statePath, outDir, accepted, cache);
  if (
    previous?.buildId === buildId &&
    existsSync(join(outDir, 'articles')) &&
    existsSync(join(outDir, 'search'))
  )
    return { articlesWritten: 0, changed: false, mode: 'unchanged' };
  // From here the folder is in flux: without a state file the next build reuses nothing of it.
  rmSync(statePath, { force: true });
  mkdirSync(outDir, { recursive: true });

  const entryOf = (hash: string): CorpusEntry => {
    const entry = cache.entry(hash);
    if (!entry)
      throw new Error(
        `the build cache has lost the entry for content key ${hash}; delete the cache (${cache.dir}) and build again`,
      );
    return entry;
  };
  const segments = previous ? previousSegments(previous) : null;
  const live = new Set(accepted.map((a) => a.hash));

  // 1. Facets: the previous tallies minus what left plus what arrived, or every article's.
  let tallies: FacetTallies;
  if (previous && segments) {
    tallies = FacetTallies.fromJSON(previous.facets);
    for (const [, hash] of previous.articles) if (!live.has(hash)) tallies.remove(entryOf(hash).facets);
    for (const a of accepted) if (!segments.has(a.hash)) tallies.add(entryOf(a.hash).facets);
  } else {
    tallies = new FacetTallies();
    for (const a of accepted) tallies.add(entryOf(a.hash).facets);
  }
  const facets = corpusIndexFacetsSchema.parse({
    version: DATA_VERSION,
    buildId,
    organisations: tallies.organisationEntries(),
    sources: tallies.sourceEntries(),
    speakers: tallies.speakerEntries(),
  });
  trace('facets');

  // 2. index.json and quotes.json from segments: old bytes where the article is unchanged.
  const oldIndex = segments ? readFileSync(join(outDir, 'index.json')) : null;
  const oldQuotes = segments ? readFileSync(join(outDir, 'quotes.json')) : null;
  const index = new ChunkWriter(join(outDir, 'index.json'));
  const quotes = new ChunkWriter(join(outDir, 'quotes.json'));
  const head = `{"version":${JSON.stringify(facets.version)},"buildId":${JSON.stringify(buildId)},"articles":[`;
  const rows: OutputState['articles'] = [];
  try {
    index.write(head);
    quotes.write('[');
    let anyQuotes = false;
    accepted.forEach((a, i) => {
      const old = segments?.get(a.hash);
      let summary: Uint8Array;
      let quoteRows: Uint8Array;
      if (old && oldIndex && oldQuotes) {
        summary = oldIndex.subarray(...old.summary);
        quoteRows = oldQuotes.subarray(...old.quotes);
      } else {
        const entry = entryOf(a.hash);
        summary = Buffer.from(entry.summaryJson);
        quoteRows = Buffer.from(entry.quotesJson);
      }
      if (i > 0) index.write(',');
      index.write(summary);
      if (quoteRows.length > 0) {
        if (anyQuotes) quotes.write(',');
        quotes.write(quoteRows);
        anyQuotes = true;
      }
      rows.push([a.id, a.hash, summary.length, quoteRows.length]);
    });
    index.write(
      `],"organisations":${JSON.stringify(facets.organisations)},"sources":${JSON.stringify(facets.sources)},"speakers":${JSON.stringify(facets.speakers)}}`,
    );
    quotes.write(']');
  } catch (error) {
    index.abort();
    quotes.abort();
    throw error;
  }
  const indexBytes = index.close();
  const quotesBytes = quotes.close();
  trace('index and quotes');

  // 3. Article documents: only those not already in place from the previous build.
  const articlesDir = join(outDir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  const present = new Set(readdirSync(articlesDir));
  let articlesWritten = 0;
  for (const a of accepted) {
    const name = `${a.id}.json`;
    if (segments?.has(a.hash) && present.has(name)) continue;
    placeFile(cache.articlePath(a.hash), join(articlesDir, name), present.has(name));
    articlesWritten++;
  }
  const liveNames = new Set(accepted.map((a) => `${a.id}.json`));
  for (const name of present) if (!liveNames.has(name)) rmSync(join(articlesDir, name), { force: true });
  trace('article files');

  // 4. Search shards: patched when every article kept its position, remapped when positions
  // moved, written whole when there is nothing to reuse.
  const searchDir = join(outDir, 'search');
  const termsOf = (hash: string): string[] => splitTerms(entryOf(hash).terms);
  if (previous && segments && existsSync(searchDir)) {
    const samePositions =
      previous.articles.length === accepted.length &&
      previous.articles.every(([id], i) => accepted[i]?.id === id);
    if (samePositions) {
      const changes: ShardChange[] = [];
      accepted.forEach((a, position) => {
        const oldHash = previous.articles[position]?.[1];
        if (oldHash !== undefined && oldHash !== a.hash)
          changes.push({ position, before: termsOf(oldHash), after: termsOf(a.hash) });
      });
      patchShards(searchDir, changes);
      trace('search shards patched');
    } else {
      const newPosition = new Map<string, number>();
      accepted.forEach((a, i) => newPosition.set(a.hash, i));
      const moves = previous.articles.map(([, hash]) => newPosition.get(hash) ?? -1);
      const added = accepted.flatMap((a, position) =>
        segments.has(a.hash) ? [] : [{ position, terms: termsOf(a.hash) }],
      );
      remapShards(searchDir, moves, added);
      trace('search shards remapped');
    }
  } else {
    writeAllShards(
      searchDir,
      (function* () {
        for (const a of accepted) yield termsOf(a.hash);
      })(),
    );
    trace('search shards');
  }

  const state: OutputState = {
    format: STATE_FORMAT,
    version: cache.version,
    buildId,
    articles: rows,
    articlesStart: Buffer.byteLength(head),
    indexBytes,
    quotesBytes,
    facets: tallies.toJSON(),
  };
  mkdirSync(dirname(statePath), { recursive: true });
  writeFileSync(statePath, JSON.stringify(state));
  return { articlesWritten, changed: true, mode: previous ? 'patched' : 'full' };
}

/**
 * The previous build's state, if the folder still matches it and it can be built upon: same
 * state format and extractor version, both files the size it recorded, and every article that
 * leaves (or changes) still in the cache, so its facets and terms can be taken away.
 */
function reusableState(
  statePath: string,
  outDir: string,
  accepted: readonly AcceptedArticle[],
  cache: IngestCache,
): OutputState | null {
  let state: OutputState;
  try {
    state = JSON.parse(readFileSync(statePath, 'utf8')) as OutputState;
  } catch {
    return null;
  }
  if (state.format !== STATE_FORMAT || state.version !== cache.version) return null;
  const sizeOf = (name: string): number => {
    try {
      return statSync(join(outDir, name)).size;
    } catch {
      return -1;
    }
  };
  if (sizeOf('index.json') !== state.indexBytes || sizeOf('quotes.json') !== state.quotesBytes) return null;
  const live = new Set(accepted.map((a) => a.hash));
  for (const [, hash] of state.articles) if (!live.has(hash) && !cache.entry(hash)) return null;
  return state;
}

function previousSegments(state: OutputState): Map<string, PreviousSegment> {
  const segments = new Map<string, PreviousSegment>();
  let s = state.articlesStart;
  let q = 1; // after "["
  state.articles.forEach(([, hash, summaryBytes, quoteBytes], position) => {
    segments.set(hash, { position, summary: [s, s + summaryBytes], quotes: [q, q + quoteBytes] });
    s += summaryBytes + 1; // and its comma
    if (quoteBytes > 0) q += quoteBytes + 1;
  });
  return segments;
}

function splitTerms(terms: string): string[] {
  return terms === '' ? [] : terms.split('\n');
}

/**
 * Puts the cached document at `target`: a hard link where the filesystem allows (copying 100,000
 * small files costs seconds; linking them almost nothing), a copy otherwise. Nothing ever writes
 * into an output file in place, so the link cannot change the cache.
 */
function placeFile(source: string, target: string, exists: boolean): void {
  if (exists) rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    try {
      copyFileSync(source, target);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `cannot place ${target} from the build cache (${reason}); delete the cache and build again`,
        { cause: error },
      );
    }
  }
}

/**
 * Writes a file from many small pieces through a 1 MB buffer, to a temporary name renamed into
 * place at the end, so a server reading the folder never sees half a file.
 */
class ChunkWriter {
  private readonly fd: number;
  private readonly tmp: string;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private total = 0;

  constructor(private readonly path: string) {
    this.tmp = `${path}.${process.pid}.tmp`;
    this.fd = openSync(this.tmp, 'w');
  }

  write(data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.total += bytes.length;
    if (this.pendingBytes >= 1 << 20) this.flush();
  }

  /** Finishes the file and returns its size in bytes. */
  close(): number {
    this.flush();
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
    return this.total;
  }

  /** Drops the unfinished file. */
  abort(): void {
    closeSync(this.fd);
    rmSync(this.tmp, { force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    let offset = 0;
    while (offset < data.length) offset += writeSync(this.fd, data, offset);
    this.pending = [];
    this.pendingBytes = 0;
  }
}
