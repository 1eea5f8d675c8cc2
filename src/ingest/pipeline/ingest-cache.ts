/**
 * The build cache: per file, size + mtime → content key (a hash of path and bytes) and outcome;
 * per key, the corpus entry (summary, quote rows, facets, search terms) and the article JSON. It
 * lives outside the source tree (default `node_modules/.cache/newsreader`), is keyed by the
 * extractor version (a hash of the extraction stages' code and word lists only:
 * `extractor-version.ts`), and is safe to delete at any time: that costs one cold build, never a
 * wrong one.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeAtomically } from '../corpus/atomic-write.ts';
import type { Diagnostic } from '../seed/diagnostics.ts';
import { extractorVersion } from './extractor-version.ts';
import { decodeCorpusEntry, ENTRY_FORMAT, type CorpusEntry } from './corpus-entry-codec.ts';
import { readHeldFile, type KeptStateMemory } from '../corpus/kept-state.ts';

/**
 * Freshly built entries are copied into blocks of this size. Above glibc's largest mmap threshold
 * (32 MB on 64-bit), so each block is a mapping of its own, given back to the system when freed;
 * smaller blocks came from the heap and stayed resident after the cache was dropped. Pages not
 * yet written are not resident either, so a small build does not pay for the whole block.
 */
const BLOCK = 64 * 1024 * 1024;

/** What the manifest keeps per seed file: enough for the report, the id check and the sort. */
export interface CachedFile {
  size: number;
  mtimeMs: number;
  hash: string;
  /** The article id and date, or null when the file was rejected. */
  id: string | null;
  date: string | null;
  diagnostics: Diagnostic[];
}

function readFileRows(path: string): readonly FileRow[] {
  return JSON.parse(readFileSync(path, 'utf8')) as FileRow[];
}

/** One file of the manifest as a JSON row: a third the size of an object with named keys. */
type FileRow = [
  path: string,
  size: number,
  mtimeMs: number,
  hash: string,
  id: string | null,
  date: string | null,
  diagnostics: Diagnostic[],
];

/**
 * Layout under `<root>/<extractor version>/`:
 * - `manifest-e<ENTRY_FORMAT>/files.json`: path → size, mtime, content key, id, date and diagnostics; read whole
 *   on every build (about 0.2 s for 100,000 files);
 * - `manifest-e<ENTRY_FORMAT>/entries-XX.v8`: content key → corpus entry (`corpus-entry-codec.ts`), split by the key's first two hex
 *   digits and read only when an entry of that shard is needed, so a rebuild after one change
 *   reads one shard, not 100,000 entries;
 * - `articles/XX/<key>.json`: the article documents, hard-linked into the output;
 * - `outputs/<folder key>.v8`: what the last build wrote into an output folder (see
 *   `write-documents.ts`);
 * - `pairs/<folder key>.v8`: that build's article pair index (`ingest-corpus.ts`);
 * - `views/<folder key>.v8`: that build's view documents' input keys and digests;
 * - `quotes/<folder key>.v8`: that build's quote analysis (`quote-analysis.ts`).
 */
export class IngestCache {
  readonly dir: string;
  readonly version: string;
  private readonly manifestDir: string;
  private files = new Map<string, CachedFile>();
  /** Corpus entries by shard, each still serialised: decoded only when read. */
  private readonly entries = new Map<string, Map<string, Uint8Array>>();
  /** The block that freshly built entries are copied into (see `keep`). */
  private block: { bytes: Uint8Array; used: number } | null = null;
  private filesDirty = false;
  /** Bytes read or kept into blocks so far (`bytesKept`). */
  private kept = 0;
  private readonly dirtyShards = new Set<string>();

  constructor(
    root: string,
    version = extractorVersion(),
    /** A watch process's memory: the file list as its last build read or wrote it. */
    private readonly memory: KeptStateMemory | null = null,
  ) {
    this.version = version;
    this.dir = join(root, version);
    // The entries' format names the folder: a cache of another format is not read, only rebuilt.
    this.manifestDir = join(this.dir, `manifest-e${ENTRY_FORMAT}`);
    try {
      const rows = readHeldFile(join(this.manifestDir, 'files.json'), memory, readFileRows);
      for (const [path, size, mtimeMs, hash, id, date, diagnostics] of rows)
        this.files.set(path, { size, mtimeMs, hash, id, date, diagnostics });
    } catch {
      // No manifest yet, or a torn or foreign one: only this build is slower.
      this.files = new Map();
    }
    // Caches of other extractor versions, and entries of another format, are dead weight.
    if (existsSync(this.dir)) {
      for (const name of readdirSync(this.dir)) {
        if (/^manifest(-e\d+)?$/.test(name) && join(this.dir, name) !== this.manifestDir)
          rmSync(join(this.dir, name), { recursive: true, force: true });
      }
    }
    if (existsSync(root)) {
      for (const name of readdirSync(root)) {
        if (name !== version && /^[0-9a-f]{16}$/.test(name))
          rmSync(join(root, name), { recursive: true, force: true });
      }
    }
  }

  /** The cached outcome for a file whose size and mtime have not changed, if any. */
  lookup(path: string, size: number, mtimeMs: number): CachedFile | null {
    const f = this.files.get(path);
    if (f?.size !== size || f.mtimeMs !== mtimeMs) return null;
    return f;
  }

  /** The corpus entry stored under a content key, or null when the cache no longer has it. */
  entry(hash: string): CorpusEntry | null {
    const bytes = this.shard(hash.slice(0, 2)).get(hash);
    return bytes ? decodeCorpusEntry(bytes) : null;
  }

  /** Whether the cache holds an entry under a content key, without decoding it. */
  hasEntry(hash: string): boolean {
    return this.shard(hash.slice(0, 2)).has(hash);
  }

  /**
   * Where the state of the build last written to `outDir` is kept: in the cache, not in the
   * output folder, so the folder holds only public documents; with the cache gone the next build
   * into that folder is a full one.
   */
  outputStatePath(outDir: string): string {
    const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
    return join(this.dir, 'outputs', `${key}.v8`);
  }

  /**
   * Where the article pair index of the build last written to `outDir` is kept (with the content
   * keys it was made from), so a rebuild reads only the changed articles' pairs.
   */
  pairStatePath(outDir: string): string {
    return join(this.dir, 'pairs', basename(this.outputStatePath(outDir)));
  }

  /**
   * Where the view documents' input keys and digests of the build last written to `outDir` are
   * kept (`write-view-documents.ts`), so a rebuild makes only the documents whose inputs changed.
   */
  viewStatePath(outDir: string): string {
    return join(this.dir, 'views', basename(this.outputStatePath(outDir)));
  }

  /**
   * Where the quote analysis of the build last written to `outDir` is kept (`quote-analysis.ts`),
   * so a rebuild parses only the changed articles' quotes.
   */
  quoteStatePath(outDir: string): string {
    return join(this.dir, 'quotes', basename(this.outputStatePath(outDir)));
  }

  /** The kept output states of the other folders built with this cache. */
  otherOutputStates(outDir: string): string[] {
    const own = basename(this.outputStatePath(outDir));
    const dir = join(this.dir, 'outputs');
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names.filter((n) => n.endsWith('.v8') && n !== own).map((n) => join(dir, n));
  }

  /** Forgets what was kept of one output folder (its output, pair and view states). */
  forgetOutput(outputStatePath: string): void {
    const name = basename(outputStatePath);
    for (const kind of ['outputs', 'pairs', 'views', 'quotes'])
      rmSync(join(this.dir, kind, name), { force: true });
  }

  articlePath(hash: string): string {
    return join(this.dir, 'articles', hash.slice(0, 2), `${hash}.json`);
  }

  /** Stores a freshly built file's outcome, corpus entry and article JSON. */
  store(path: string, file: CachedFile, built: { entry: Uint8Array; articleJson: string } | null): void {
    this.files.set(path, file);
    this.filesDirty = true;
    if (built) {
      const key = file.hash.slice(0, 2);
      this.shard(key).set(file.hash, this.keep(built.entry));
      this.dirtyShards.add(key);
      writeCreatingDir(this.articlePath(file.hash), built.articleJson);
    }
  }

  /**
   * Writes what changed of the manifest, keeping only the files of this build and the entries in
   * `held` (those other output folders' kept states still name: their next build subtracts them).
   */
  save(livePaths: ReadonlySet<string>, held: ReadonlySet<string> = new Set()): void {
    const removed = [...this.files.keys()].filter((p) => !livePaths.has(p));
    if (!this.filesDirty && removed.length === 0) return;
    for (const p of removed) {
      const hash = this.files.get(p)?.hash;
      if (hash) this.dirtyShards.add(hash.slice(0, 2));
      this.files.delete(p);
    }
    const liveHashes = new Set([...this.files.values()].map((f) => f.hash));
    for (const h of held) liveHashes.add(h);
    mkdirSync(this.manifestDir, { recursive: true });
    for (const key of this.dirtyShards) {
      const shard = this.shard(key);
      for (const h of [...shard.keys()]) if (!liveHashes.has(h)) shard.delete(h);
      writeAtomically(join(this.manifestDir, `entries-${key}.v8`), serialize(shard));
    }
    // The file map last: until it is written, the old one still points at entries that exist.
    const rows: FileRow[] = [];
    for (const [path, f] of this.files)
      rows.push([path, f.size, f.mtimeMs, f.hash, f.id, f.date, f.diagnostics]);
    const filesPath = join(this.manifestDir, 'files.json');
    writeAtomically(filesPath, JSON.stringify(rows));
    this.memory?.rememberFile(filesPath, rows);
    this.filesDirty = false;
    this.dirtyShards.clear();
  }

  /**
   * A copy of `entry` in the current block. An entry arrives from a worker in a buffer of its
   * own; 100,000 of those (0.8 GB outside the JS heap) stayed with the allocator after the cache
   * was dropped, under the view step's peak. In a few large blocks they are given back whole once
   * the cache is collected. An entry larger than a block gets a block of its own size.
   */
  private keep(entry: Uint8Array): Uint8Array {
    const copy = this.room(entry.length);
    copy.set(entry);
    return copy;
  }

  /**
   * How many bytes of entries this cache has read or kept (in blocks that are given back when
   * the cache is collected): a few MB when a rebuild read the shards of a changed article or two,
   * most of a GB when a build read or made every entry.
   */
  get bytesKept(): number {
    return this.kept;
  }

  /** `length` bytes of the current block (a new block when they do not fit). */
  private room(length: number): Uint8Array {
    this.kept += length;
    let block = this.block;
    if (!block || block.bytes.length - block.used < length) {
      block = { bytes: new Uint8Array(Math.max(BLOCK, length)), used: 0 };
      this.block = block;
    }
    const room = block.bytes.subarray(block.used, block.used + length);
    block.used += length;
    return room;
  }

  /** The whole file at `path`, read into the current block (see `keep`). */
  private readIntoBlock(path: string): Buffer {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const room = this.room(size);
      for (let at = 0; at < size;) {
        const read = readSync(fd, room, at, size - at, at);
        if (read === 0) throw new Error(`${path} ended early`);
        at += read;
      }
      return Buffer.from(room.buffer, room.byteOffset, room.byteLength);
    } finally {
      closeSync(fd);
    }
  }

  private shard(key: string): Map<string, Uint8Array> {
    let shard = this.entries.get(key);
    if (!shard) {
      try {
        // Read into a block, not a buffer of its own: the entries deserialise as views into the
        // bytes they were read into, so a shard's buffer (about 2 MB at 100,000 articles) lives
        // as long as the cache, and 256 of them came from the heap and stayed resident after the
        // cache was dropped (a build from a full cache peaked at 1.86 GB against 1.44 GB cold).
        shard = deserialize(this.readIntoBlock(join(this.manifestDir, `entries-${key}.v8`))) as Map<
          string,
          Uint8Array
        >;
      } catch {
        shard = new Map();
      }
      this.entries.set(key, shard);
    }
    return shard;
  }
}

function writeCreatingDir(path: string, data: string): void {
  try {
    writeFileSync(path, data);
  } catch {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
}
