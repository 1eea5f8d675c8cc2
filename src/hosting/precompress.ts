/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file of a build, so the server (and
 * nginx's gzip_static / brotli_static) sends compressed bytes without compressing per request.
 *
 * With a cache folder, the compressed copies are kept there by the content they were made from
 * (its SHA-256 and the settings), so a build whose files did not change copies them instead of
 * compressing again: at 100,000 articles the build's 127,000 compressible files took 141 s to
 * compress on this 2-core machine, every build. Entries this build did not use are removed at the
 * end, so the cache holds one build's copies.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';
import {
  brotliCompress,
  brotliCompressSync,
  constants,
  gzip,
  gzipSync,
  type BrotliOptions,
  type ZlibOptions,
} from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Types that compress; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|xml|txt|webmanifest|map)$/;
/** Below this a compressed copy saves less than a packet. */
export const MIN_BYTES = 1024;

/**
 * What is not compressed ahead: the whole-corpus files for tools and tests (`index.json`,
 * `quotes.json`, the layout-2 `search/` shards), which the reader never reads; the server
 * compresses them per request if asked for them.
 */
function skipped(rel: string): boolean {
  return rel === 'data/index.json' || rel === 'data/quotes.json' || rel.startsWith('data/search/');
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
  /** Files whose copies came from the cache (0 without one). */
  fromCache: number;
  /** Files whose copies the data step had written already (`ahead.json`, see `copy-workers.ts`). */
  ahead: number;
}

export interface PrecompressOptions {
  /** Where compressed copies are kept between builds; none: compress every file. */
  cacheDir?: string;
}

/** Changes whenever the compression settings below change, so older entries are not used. */
const SETTINGS_VERSION = 1;

/**
 * Data documents (many, and rebuilt often) get brotli quality 5; the app's own files (few, and
 * the first thing a visitor waits for) get brotli 11.
 */
function brotliOptions(body: Uint8Array, data: boolean): BrotliOptions {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: data ? 5 : 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  };
}

function gzipOptions(data: boolean): ZlibOptions {
  return { level: data ? 6 : 9 };
}

/** Both copies of `body`, made on the calling thread (the copy workers' way). */
export function compressSync(body: Uint8Array, data: boolean): [Buffer, Buffer] {
  return [brotliCompressSync(body, brotliOptions(body, data)), gzipSync(body, gzipOptions(data))];
}

/** The compressed-copy cache of the build folder `outDir`: one per folder, under the build cache. */
export function precompressCacheDir(cacheRoot: string, outDir: string): string {
  const folderKey = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(cacheRoot, 'precompressed', folderKey);
}

/**
 * The list of files whose copies the data step wrote while it built (`copy-workers.ts`), in the
 * folder's cache: read and removed by the next `precompress` of that folder.
 */
export const AHEAD_LIST = 'ahead.json';

/**
 * One file the data step compressed: its absolute path, what identified its bytes then (size,
 * modification time, inode: a file written or replaced since is another file), the copies'
 * sizes (-1: not written, as it would not have been smaller) and its cache key.
 */
export type AheadFile = [
  path: string,
  size: number,
  mtimeMs: number,
  ino: number,
  br: number,
  gz: number,
  key: string,
];

async function readAhead(cacheDir: string | undefined): Promise<Map<string, AheadFile>> {
  const ahead = new Map<string, AheadFile>();
  if (cacheDir === undefined) return ahead;
  const path = join(cacheDir, AHEAD_LIST);
  let rows: unknown;
  try {
    rows = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return ahead;
  }
  await rm(path, { force: true });
  if (Array.isArray(rows))
    for (const row of rows as AheadFile[])
      if (Array.isArray(row) && typeof row[0] === 'string') ahead.set(row[0], row);
  return ahead;
}

/**
 * Whether `file` is still the file `row` lists (same size, time and inode) and the copies it
 * lists are beside it (`present`: every file of the build, from the one listing of the folder,
 * so checking 127,000 files costs no more calls to the filesystem).
 */
function stillAhead(
  file: string,
  row: AheadFile,
  current: { size: number; mtimeMs: number; ino: number },
  present: ReadonlySet<string>,
): boolean {
  const [, size, mtimeMs, ino, br, gz] = row;
  if (current.size !== size || current.mtimeMs !== mtimeMs || current.ino !== ino) return false;
  return (br < 0 || present.has(`${file}.br`)) && (gz < 0 || present.has(`${file}.gz`));
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Compresses every compressible file of `root` of at least MIN_BYTES. Data documents (many, and
 * rebuilt often) get brotli quality 5; the app's own files (few, and the first thing a visitor
 * waits for) get brotli 11. A copy that would not be smaller is not written.
 */
export async function precompress(
  root: string,
  options: PrecompressOptions = {},
): Promise<PrecompressResult> {
  const result: PrecompressResult = {
    files: 0,
    bytes: 0,
    brotliBytes: 0,
    gzipBytes: 0,
    fromCache: 0,
    ahead: 0,
  };
  const cache = options.cacheDir === undefined ? null : new CopyCache(options.cacheDir);
  const ahead = await readAhead(options.cacheDir);
  const files: string[] = [];
  const listed = await listFiles(root);
  const present = new Set(listed);
  for (const file of listed) {
    const rel = relative(root, file).split(sep).join('/');
    if (!COMPRESSIBLE.test(rel) || skipped(rel)) continue;
    // On this thread: 127,000 awaited stats (a 100,000-article build) took 5.2 s, these 1.0 s.
    const current = statSync(file);
    if (current.size < MIN_BYTES) continue;
    const row = ahead.get(resolve(file));
    if (row && stillAhead(file, row, current, present)) {
      // Compressed by the data step as it wrote the file: nothing to read or compress again.
      const [, size, , , br, gz, key] = row;
      cache?.keep(key);
      result.files++;
      result.ahead++;
      result.bytes += size;
      result.brotliBytes += br < 0 ? size : br;
      result.gzipBytes += gz < 0 ? size : gz;
      continue;
    }
    files.push(file);
  }
  let next = 0;
  // zlib's async calls run on libuv's thread pool; a few at a time keep every core busy.
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      const rel = relative(root, file).split(sep).join('/');
      const body = await readFile(file);
      const data = rel.startsWith('data/');
      const key = cache?.key(body, data);
      const kept = key === undefined ? null : await cache!.read(key);
      const [br, gz] =
        kept ??
        (await Promise.all([brotli(body, brotliOptions(body, data)), gzipAsync(body, gzipOptions(data))]));
      if (kept) result.fromCache++;
      else if (key !== undefined) await cache!.write(key, br, gz);
      result.files++;
      result.bytes += body.length;
      if (br.length < body.length) {
        await writeFile(`${file}.br`, br);
        result.brotliBytes += br.length;
      } else result.brotliBytes += body.length;
      if (gz.length < body.length) {
        await writeFile(`${file}.gz`, gz);
        result.gzipBytes += gz.length;
      } else result.gzipBytes += body.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  await cache?.prune();
  return result;
}

/** An entry's bytes: the two copies' lengths as 32-bit numbers, then the copies. */
function entryBytes(br: Buffer, gz: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32LE(br.length, 0);
  header.writeUInt32LE(gz.length, 4);
  return Buffer.concat([header, br, gz]);
}

/** The two copies of an entry, or null when its lengths do not add up to its size (torn). */
function entryCopies(entry: Buffer): [Buffer, Buffer] | null {
  if (entry.length < 8) return null;
  const brLength = entry.readUInt32LE(0);
  const gzLength = entry.readUInt32LE(4);
  if (8 + brLength + gzLength !== entry.length) return null;
  return [entry.subarray(8, 8 + brLength), entry.subarray(8 + brLength)];
}

/** Where an entry is written before its rename: two copy workers of one process may write the same entry. */
function temporaryName(path: string): string {
  return `${path}.${process.pid}.${threadId}.tmp`;
}

/**
 * Compressed copies by content, one file per entry (`<dir>/<2 hex>/<sha256>-<settings>`: the brotli
 * copy's length and the gzip copy's as two 32-bit numbers, then both copies), so a build of
 * 127,000 files keeps 127,000 entries, not twice as many small files. An entry is written under a
 * temporary name and renamed, and one whose lengths do not add up to its size is not used, so a
 * build stopped half-way leaves nothing that could be served torn. Entries are whole files (not
 * links to the build's), so nothing written into a build folder later can change them.
 */
export class CopyCache {
  private readonly used = new Set<string>();
  /** Subfolders made by this build, so each is made once, not once per entry. */
  private readonly made = new Set<string>();
  /**
   * Whether the cache held nothing when first read (`readSync`): then it holds only what was
   * written since, and a key not written by this instance is not looked for on disk. In a cold
   * build every look-up missed, and a failed read (an ENOENT error made and thrown) was about
   * 4% of a copy worker's time.
   */
  private emptyWhenFirstRead: boolean | null = null;

  constructor(private readonly dir: string) {}

  /** Marks an entry another step of this build used (or wrote), so `prune` keeps it. */
  keep(key: string): void {
    this.used.add(key);
  }

  key(body: Buffer, data: boolean): string {
    return `${createHash('sha256').update(body).digest('hex')}-v${SETTINGS_VERSION}${data ? 'd' : 'a'}`;
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), key);
  }

  /** Both copies, or null when the entry is missing, unreadable or not whole. */
  async read(key: string): Promise<[Buffer, Buffer] | null> {
    let entry: Buffer;
    try {
      entry = await readFile(this.path(key));
    } catch {
      return null;
    }
    const copies = entryCopies(entry);
    if (copies) this.used.add(key);
    return copies;
  }

  async write(key: string, br: Buffer, gz: Buffer): Promise<void> {
    const path = this.path(key);
    const temporary = temporaryName(path);
    try {
      const folder = dirname(path);
      if (!this.made.has(folder)) {
        await mkdir(folder, { recursive: true });
        this.made.add(folder);
      }
      await writeFile(temporary, entryBytes(br, gz));
      await rename(temporary, path);
      this.used.add(key);
    } catch {
      // A cache that cannot be written (full disk, read-only) only costs the next build time.
      await rm(temporary, { force: true });
    }
  }

  /**
   * `read`, on the calling thread. In a cache that was empty, an entry another thread wrote since
   * is not found: its copies are made again (the same bytes).
   */
  readSync(key: string): [Buffer, Buffer] | null {
    this.emptyWhenFirstRead ??= isEmptyFolder(this.dir);
    if (this.emptyWhenFirstRead && !this.used.has(key)) return null;
    let entry: Buffer;
    try {
      entry = readFileSync(this.path(key));
    } catch {
      return null;
    }
    const copies = entryCopies(entry);
    if (copies) this.used.add(key);
    return copies;
  }

  /** `write`, on the calling thread. */
  writeSync(key: string, br: Buffer, gz: Buffer): void {
    const path = this.path(key);
    const temporary = temporaryName(path);
    try {
      const folder = dirname(path);
      if (!this.made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.made.add(folder);
      }
      writeFileSync(temporary, entryBytes(br, gz));
      renameSync(temporary, path);
      this.used.add(key);
    } catch {
      rmSync(temporary, { force: true });
    }
  }

  /** Removes what this build did not use (older builds' copies, temporary files of a stopped one). */
  async prune(): Promise<void> {
    let entries;
    try {
      entries = await readdir(this.dir, { recursive: true, withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries)
      if (entry.isFile() && !this.used.has(entry.name))
        await rm(join(entry.parentPath, entry.name), { force: true });
  }
}

/** Whether `dir` holds nothing (or does not exist). */
function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return true;
  }
}
