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
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { corpusIndexFacetsSchema, DATA_VERSION } from '../../contract/schema.ts';
import { FacetTallies, type FacetTalliesJson } from './corpus-facets.ts';
import { splitList } from './joined-list.ts';
import type { IngestCache } from '../pipeline/ingest-cache.ts';
import type { CorpusEntry } from '../pipeline/process-file.ts';
import { patchShards, PostingsBuilder, remapShards, type ShardChange } from './search-shards.ts';
import { readBytes, readHeldFile, type KeptStateMemory } from './kept-state.ts';

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

/** The build id: changes whenever any article's content or the code writing the output changes. */
export function buildIdOf(articles: readonly AcceptedArticle[], outputVersion: string): string {
  const hash = createHash('sha256').update(`${DATA_VERSION}\n${outputVersion}\n`);
  for (const a of articles) hash.update(`${a.id}:${a.hash}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Where builds before the state moved into the cache kept it; removed when found. */
const LEGACY_STATE_FILE = '.build-state.json';
const STATE_FORMAT = 3;

/** What the output folder holds, so the next build can reuse it. */
interface OutputState {
  format: number;
  /** The output version (`outputVersion()`) the documents were built with; another reuses nothing. */
  version: string;
  buildId: string;
  /** The output folder, resolved; absent in states written before it was recorded. */
  outDir?: string;
  /** In index order: id, content key, summary bytes in index.json, quote-row bytes in quotes.json. */
  articles: [id: string, hash: string, summaryBytes: number, quoteBytes: number][];
  /** Byte offset of the first summary in index.json. */
  articlesStart: number;
  indexBytes: number;
  quotesBytes: number;
  facets: FacetTalliesJson;
}

/** Where each article's segments sit in the previous files, by content key. */
class PreviousSegments {
  private readonly positionOf = new Map<string, number>();
  /** [start, end) of article i's summary in index.json at 2i, 2i + 1; its quote rows likewise. */
  private readonly summaries: Float64Array;
  private readonly quotes: Float64Array;

  constructor(state: OutputState) {
    const n = state.articles.length;
    this.summaries = new Float64Array(2 * n);
    this.quotes = new Float64Array(2 * n);
    let s = state.articlesStart;
    let q = 1; // after "["
    state.articles.forEach(([, hash, summaryBytes, quoteBytes], i) => {
      this.positionOf.set(hash, i);
      this.summaries[2 * i] = s;
      this.summaries[2 * i + 1] = s + summaryBytes;
      this.quotes[2 * i] = q;
      this.quotes[2 * i + 1] = q + quoteBytes;
      s += summaryBytes + 1; // and its comma
      if (quoteBytes > 0) q += quoteBytes + 1;
    });
  }

  has(hash: string): boolean {
    return this.positionOf.has(hash);
  }

  /** The article's position in the previous index, if it was there. */
  position(hash: string): number | undefined {
    return this.positionOf.get(hash);
  }

  /** The article's summary and quote-row ranges, or null when the previous build did not have it. */
  get(hash: string): { summary: [number, number]; quotes: [number, number] } | null {
    const i = this.positionOf.get(hash);
    if (i === undefined) return null;
    return {
      summary: [this.summaries[2 * i] ?? 0, this.summaries[2 * i + 1] ?? 0],
      quotes: [this.quotes[2 * i] ?? 0, this.quotes[2 * i + 1] ?? 0],
    };
  }
}

export interface WriteOutcome {
  /** Article documents (re)placed. */
  articlesWritten: number;
  /** How the documents were produced, for the trace. */
  mode: 'unchanged' | 'patched' | 'full';
}

export function writeDocuments(
  outDir: string,
  accepted: readonly AcceptedArticle[],
  buildId: string,
  outputVersion: string,
  cache: IngestCache,
  trace: (phase: string) => void,
  /**
   * Called with every accepted article's document once all of them are in place, before the
   * corpus files are written (the copy workers compress them meanwhile, on the idle core); null
   * when nothing listens (no path is then made for each of 100,000 articles).
   */
  placed: ((path: string) => void) | null = null,
  /** A watch process's memory: the folder's state, `index.json` and `quotes.json` as last read or written. */
  memory: KeptStateMemory | null = null,
): WriteOutcome {
  const statePath = cache.outputStatePath(outDir);
  rmSync(join(outDir, LEGACY_STATE_FILE), { force: true });
  const live = new Set(accepted.map((a) => a.hash));
  const previous = reusableState(statePath, outDir, outputVersion, live, cache, memory);
  const articlesDir = join(outDir, 'articles');
  const allPlaced = (): void => {
    if (placed) for (const a of accepted) placed(join(articlesDir, `${a.id}.json`));
  };
  if (previous?.buildId === buildId && existsSync(articlesDir) && existsSync(join(outDir, 'search'))) {
    allPlaced();
    return { articlesWritten: 0, mode: 'unchanged' };
  }
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
  const segments = previous ? new PreviousSegments(previous) : null;
  trace('previous state');

  // Article documents: only those not already in place from the previous build. First, so their
  // compressed copies are made while the rest of this step runs.
  mkdirSync(articlesDir, { recursive: true });
  const present = new Set(readdirSync(articlesDir));
  let articlesWritten = 0;
  // How many of the folder's files are accepted articles' (ids are distinct): when that is all of
  // them, no file is left to remove, and the folder's 100,000 names need not be looked up again.
  let livePresent = 0;
  for (const a of accepted) {
    const name = `${a.id}.json`;
    const exists = present.has(name);
    if (exists) livePresent++;
    if (exists && segments?.has(a.hash)) continue;
    placeFile(cache.articlePath(a.hash), join(articlesDir, name), exists);
    articlesWritten++;
  }
  if (livePresent < present.size) {
    const liveNames = new Set(accepted.map((a) => `${a.id}.json`));
    for (const name of present) if (!liveNames.has(name)) rmSync(join(articlesDir, name), { force: true });
  }
  allPlaced();
  trace('article files');

  // How the search shards will be brought up to date. They hold article numbers counted from
  // the oldest (`searchShardSchema`): patched when no kept article's number moved (an edit in
  // place, or a new newest article), renumbered when numbers moved, written whole when there is
  // nothing to reuse.
  const searchDir = join(outDir, 'search');
  const count = accepted.length;
  const prevCount = previous?.articles.length ?? 0;
  const numberMoved = (a: AcceptedArticle, position: number): boolean => {
    const before = segments?.position(a.hash);
    return before !== undefined && prevCount - 1 - before !== count - 1 - position;
  };
  const shardMode: 'patch' | 'remap' | 'full' =
    !previous || !existsSync(searchDir) ? 'full' : accepted.some(numberMoved) ? 'remap' : 'patch';

  // Facets: the previous tallies minus the articles that left or changed; the new and changed
  // ones are added in the pass below, where their entries are read anyway.
  const tallies = previous ? FacetTallies.fromJSON(previous.facets) : new FacetTallies();
  if (previous)
    for (const [, hash] of previous.articles) if (!live.has(hash)) tallies.remove(entryOf(hash).facets);

  // One pass over the articles in index order: index.json and quotes.json from old bytes where
  // the article is unchanged, from its cached entry where not; each entry is read once.
  const oldIndex = segments ? readHeldFile(join(outDir, 'index.json'), memory, readBytes) : null;
  const oldQuotes = segments ? readHeldFile(join(outDir, 'quotes.json'), memory, readBytes) : null;
  const index = new ChunkWriter(join(outDir, 'index.json'), oldIndex);
  const quotes = new ChunkWriter(join(outDir, 'quotes.json'), oldQuotes);
  const head = `{"version":${JSON.stringify(DATA_VERSION)},"buildId":${JSON.stringify(buildId)},"articles":[`;
  const rows: OutputState['articles'] = [];
  const postings = shardMode === 'full' ? new PostingsBuilder() : null;
  /** Articles new to the shards (new or changed), by number. */
  const added: { position: number; terms: string[] }[] = [];
  try {
    index.write(head);
    quotes.write('[');
    const summaries = new SegmentList(index);
    const quoteList = new SegmentList(quotes);
    accepted.forEach((a, position) => {
      const old = segments?.get(a.hash);
      const entry = old && shardMode !== 'full' ? null : entryOf(a.hash);
      if (old && oldIndex && oldQuotes) {
        summaries.copy(oldIndex, old.summary);
        quoteList.copy(oldQuotes, old.quotes);
        rows.push([a.id, a.hash, old.summary[1] - old.summary[0], old.quotes[1] - old.quotes[0]]);
      } else if (entry) {
        tallies.add(entry.facets);
        rows.push([a.id, a.hash, summaries.add(entry.summaryJson), quoteList.add(entry.quotesJson)]);
        if (!postings) added.push({ position: count - 1 - position, terms: splitList(entry.terms) });
      }
      if (entry && postings) postings.add(count - 1 - position, splitList(entry.terms));
    });
    summaries.end();
    quoteList.end();
    const facets = corpusIndexFacetsSchema.parse({
      version: DATA_VERSION,
      buildId,
      organisations: tallies.organisationEntries(),
      sources: tallies.sourceEntries(),
      speakers: tallies.speakerEntries(),
      renamedSlugs: tallies.renamedSlugs(),
    });
    index.write(
      `],"organisations":${JSON.stringify(facets.organisations)},"sources":${JSON.stringify(facets.sources)},"speakers":${JSON.stringify(facets.speakers)},"renamedSlugs":${JSON.stringify(facets.renamedSlugs)}}`,
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

  if (postings) postings.writeAll(searchDir);
  else if (previous && shardMode === 'patch') {
    // Each number's terms before and after; a changed article keeps its number, so its old and
    // new terms pair up and only the words it gained or lost are touched.
    const changes = new Map<number, ShardChange>();
    previous.articles.forEach(([, hash], j) => {
      if (live.has(hash)) return;
      const position = prevCount - 1 - j;
      changes.set(position, { position, before: splitList(entryOf(hash).terms), after: [] });
    });
    for (const { position, terms } of added) {
      const change = changes.get(position);
      if (change) change.after = terms;
      else changes.set(position, { position, before: [], after: terms });
    }
    patchShards(searchDir, [...changes.values()]);
  } else if (previous) {
    const newNumber = new Map<string, number>();
    accepted.forEach((a, i) => newNumber.set(a.hash, count - 1 - i));
    // moves[old number] = new number, or -1 for an article that left or changed.
    const moves = new Array<number>(prevCount).fill(-1);
    previous.articles.forEach(([, hash], j) => {
      moves[prevCount - 1 - j] = newNumber.get(hash) ?? -1;
    });
    remapShards(searchDir, moves, added);
  }
  trace(`search shards (${shardMode})`);

  const state: OutputState = {
    format: STATE_FORMAT,
    version: outputVersion,
    buildId,
    outDir: resolve(outDir),
    articles: rows,
    articlesStart: Buffer.byteLength(head),
    indexBytes,
    quotesBytes,
    facets: tallies.toJSON(),
  };
  mkdirSync(dirname(statePath), { recursive: true });
  writeFileSync(statePath, encodeState(state));
  memory?.rememberFile(statePath, state);
  return { articlesWritten, mode: previous ? 'patched' : 'full' };
}

/**
 * The content keys that other output folders built with this cache still build upon: the cache
 * keeps their entries, so a build into one folder never turns the next build of another into a
 * full one. A kept state whose folder is gone, or no longer matches it, is forgotten instead.
 */
export function entriesHeldByOtherOutputs(outDir: string, cache: IngestCache): Set<string> {
  const held = new Set<string>();
  for (const path of cache.otherOutputStates(outDir)) {
    let state: OutputState | null;
    try {
      state = decodeState(readFileSync(path));
    } catch {
      state = null;
    }
    const folder = state?.outDir;
    if (!state || folder === undefined || !matchesFolder(state, folder)) {
      cache.forgetOutput(path);
      continue;
    }
    for (const [, hash] of state.articles) held.add(hash);
  }
  return held;
}

/** Whether an output folder still holds the index and quote files a state recorded. */
function matchesFolder(state: OutputState, outDir: string): boolean {
  const sizeOf = (name: string): number => {
    try {
      return statSync(join(outDir, name)).size;
    } catch {
      return -1;
    }
  };
  return sizeOf('index.json') === state.indexBytes && sizeOf('quotes.json') === state.quotesBytes;
}

/**
 * The previous build's state, if the folder still matches it and it can be built upon: same
 * state format and output version, both files the size it recorded, and every article that
 * leaves (or changes) still in the cache, so its facets and terms can be taken away.
 */
function reusableState(
  statePath: string,
  outDir: string,
  outputVersion: string,
  /** Content keys of this build's articles. */
  live: ReadonlySet<string>,
  cache: IngestCache,
  memory: KeptStateMemory | null,
): OutputState | null {
  let state: OutputState;
  try {
    state = readHeldFile(statePath, memory, readState);
  } catch {
    return null;
  }
  if (state.format !== STATE_FORMAT || state.version !== outputVersion) return null;
  if (!matchesFolder(state, outDir)) return null;
  for (const [, hash] of state.articles) if (!live.has(hash) && !cache.hasEntry(hash)) return null;
  return state;
}

/**
 * The state on disk: one v8 record with the article columns packed (ids and keys as joined
 * strings, byte counts as typed arrays), which reads in a few milliseconds where 100,000 JSON
 * rows took half a second.
 */
function encodeState(state: OutputState): Buffer {
  const { articles, ...rest } = state;
  return serialize({
    ...rest,
    ids: articles.map((r) => r[0]).join('\n'),
    hashes: articles.map((r) => r[1]).join('\n'),
    summaryBytes: Float64Array.from(articles, (r) => r[2]),
    quoteBytes: Float64Array.from(articles, (r) => r[3]),
  });
}

function readState(path: string): OutputState {
  return decodeState(readFileSync(path));
}

function decodeState(bytes: Buffer): OutputState {
  const packed = deserialize(bytes) as Omit<OutputState, 'articles'> & {
    ids: string;
    hashes: string;
    summaryBytes: Float64Array;
    quoteBytes: Float64Array;
  };
  const { ids, hashes, summaryBytes, quoteBytes, ...rest } = packed;
  const idList = splitList(ids);
  const hashList = splitList(hashes);
  if (hashList.length !== idList.length || summaryBytes.length !== idList.length)
    throw new Error('torn state');
  return {
    ...rest,
    articles: idList.map((id, i) => [id, hashList[i] ?? '', summaryBytes[i] ?? 0, quoteBytes[i] ?? 0]),
  };
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
      // Only a cached document gone missing is the cache's fault; anything else (a full disk, a
      // folder without write permission) is about the output, and deleting the cache cures nothing.
      throw new Error(
        statSync(source, { throwIfNoEntry: false }) === undefined
          ? `cannot place ${target} from the build cache (${reason}); delete the cache and build again`
          : `cannot write ${target}: ${reason}`,
        { cause: error },
      );
    }
  }
}

/**
 * Writes a file from many small pieces through a 1 MB buffer, to a temporary name renamed into
 * place at the end, so a server reading the folder never sees half a file. Given the file's
 * previous bytes, it compares instead of writing for as long as the new bytes match them, and
 * leaves the file untouched when they all do: a rebuild that changed no quote does not rewrite
 * a quote list of hundreds of megabytes.
 */
class ChunkWriter {
  private fd: number | null = null;
  private readonly tmp: string;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private total = 0;

  constructor(
    private readonly path: string,
    private readonly previous: Buffer | null,
  ) {
    this.tmp = `${path}.${process.pid}.tmp`;
    if (!previous) this.fd = openSync(this.tmp, 'w');
  }

  write(data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    if (this.fd === null) {
      // Still identical to the previous file so far?
      const prev = this.previous as Buffer;
      const at = this.total;
      if (
        at + bytes.length <= prev.length &&
        prev.compare(bytes, 0, bytes.length, at, at + bytes.length) === 0
      ) {
        this.total += bytes.length;
        return;
      }
      // No: from here on it is a new file, starting with the identical prefix.
      this.fd = openSync(this.tmp, 'w');
      writeAll(this.fd, prev.subarray(0, at));
    }
    if (bytes.length >= 1 << 20) {
      // A long run of old bytes goes straight out, without a copy into the buffer.
      this.flush();
      this.total += bytes.length;
      writeAll(this.fd, bytes);
      return;
    }
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.total += bytes.length;
    if (this.pendingBytes >= 1 << 20) this.flush();
  }

  /** Finishes the file and returns its size in bytes. */
  close(): number {
    if (this.fd === null) {
      // Every byte matched: the previous file is this file, unless it was longer.
      if (this.total === this.previous?.length) return this.total;
      this.fd = openSync(this.tmp, 'w');
      writeAll(this.fd, (this.previous as Buffer).subarray(0, this.total));
    }
    this.flush();
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
    return this.total;
  }

  /** Drops the unfinished file. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    rmSync(this.tmp, { force: true });
  }

  private flush(): void {
    if (this.pending.length === 0 || this.fd === null) return;
    writeAll(this.fd, Buffer.concat(this.pending, this.pendingBytes));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset);
}

/**
 * The comma-separated inside of a JSON array, from segments that are either new text or byte
 * ranges of the previous file. Ranges that were neighbours there (separated by their comma) are
 * merged, so an unchanged stretch of 100,000 articles is copied as one run, not 100,000 pieces.
 * Empty segments (an article without quotes) add nothing, not even a comma.
 */
class SegmentList {
  private any = false;
  private run: { from: Buffer; start: number; end: number } | null = null;

  constructor(private readonly out: ChunkWriter) {}

  /** Appends new text; returns its length in bytes. */
  add(text: string): number {
    if (text === '') return 0;
    this.flushRun();
    if (this.any) this.out.write(',');
    const bytes = Buffer.from(text);
    this.out.write(bytes);
    this.any = true;
    return bytes.length;
  }

  /** Appends the bytes `from[start, end)` of the previous file. */
  copy(from: Buffer, [start, end]: readonly [number, number]): void {
    if (end === start) return;
    if (this.run?.from === from && this.run.end + 1 === start) {
      this.run.end = end;
      return;
    }
    this.flushRun();
    if (this.any) this.out.write(',');
    this.run = { from, start, end };
    this.any = true;
  }

  end(): void {
    this.flushRun();
  }

  private flushRun(): void {
    if (!this.run) return;
    this.out.write(this.run.from.subarray(this.run.start, this.run.end));
    this.run = null;
  }
}
