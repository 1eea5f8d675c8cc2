/**
 * The build cache: per file, size + mtime → content key (a hash of path and bytes); per key, the index record,
 * the article JSON and the search terms. It lives outside the source tree (default
 * `node_modules/.cache/newsreader`), is keyed by a hash of the ingestion code and data, and is
 * safe to delete at any time: that costs one cold build, never a wrong one.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from './diagnostics.ts';
import type { IndexRecord } from './process-file.ts';

export interface CachedFile {
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface CachedResult {
  record: IndexRecord | null;
  diagnostics: Diagnostic[];
}

const srcRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A hash of the ingestion code and its data files: any change to them invalidates the cache. */
export function extractorVersion(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(name)) hash.update(relative(srcRoot, path)).update(readFileSync(path));
    }
  };
  walk(join(srcRoot, 'ingest'));
  walk(join(srcRoot, 'contract'));
  return hash.digest('hex').slice(0, 16);
}

export class IngestCache {
  readonly dir: string;
  private readonly manifestDir: string;
  private files = new Map<string, CachedFile>();
  /** Results split by the first two hex digits of their key, so a rebuild rewrites only what changed. */
  private results = new Map<string, Map<string, CachedResult>>();
  private filesDirty = false;
  private readonly dirtyShards = new Set<string>();

  constructor(root: string, version = extractorVersion()) {
    this.dir = join(root, version);
    this.manifestDir = join(this.dir, 'manifest');
    try {
      this.files = deserialize(readFileSync(join(this.manifestDir, 'files.v8'))) as Map<string, CachedFile>;
      for (const name of readdirSync(this.manifestDir)) {
        const m = /^results-([0-9a-f]{2})\.v8$/.exec(name);
        if (m?.[1])
          this.results.set(
            m[1],
            deserialize(readFileSync(join(this.manifestDir, name))) as Map<string, CachedResult>,
          );
      }
    } catch {
      // No manifest yet, or a torn or foreign one: only this build is slower.
      this.files = new Map();
      this.results = new Map();
    }
    // Caches of other extractor versions are dead weight.
    if (existsSync(root)) {
      for (const name of readdirSync(root)) {
        if (name !== version && /^[0-9a-f]{16}$/.test(name))
          rmSync(join(root, name), { recursive: true, force: true });
      }
    }
  }

  /** The cached result for a file whose size and mtime have not changed, if any. */
  lookup(path: string, size: number, mtimeMs: number): { hash: string; result: CachedResult } | null {
    const f = this.files.get(path);
    if (f?.size !== size || f.mtimeMs !== mtimeMs) return null;
    const result = this.results.get(f.hash.slice(0, 2))?.get(f.hash);
    return result ? { hash: f.hash, result } : null;
  }

  articlePath(hash: string): string {
    return join(this.dir, 'articles', hash.slice(0, 2), `${hash}.json`);
  }

  private termsPath(hash: string): string {
    return join(this.dir, 'terms', hash.slice(0, 2), `${hash}.txt`);
  }

  /** The search terms stored for a key, or null when they are gone. */
  readTerms(hash: string): string[] | null {
    try {
      const text = readFileSync(this.termsPath(hash), 'utf8');
      return text ? text.split('\n') : [];
    } catch {
      return null;
    }
  }

  /** Stores a freshly built file's result, article JSON and terms. */
  store(
    path: string,
    file: CachedFile,
    result: CachedResult,
    built: { articleJson: string; terms: readonly string[] } | null,
  ): void {
    this.files.set(path, file);
    const key = file.hash.slice(0, 2);
    let shard = this.results.get(key);
    if (!shard) this.results.set(key, (shard = new Map<string, CachedResult>()));
    shard.set(file.hash, result);
    this.filesDirty = true;
    this.dirtyShards.add(key);
    if (built) {
      writeCreatingDir(this.articlePath(file.hash), built.articleJson);
      writeCreatingDir(this.termsPath(file.hash), built.terms.join('\n'));
    }
  }

  /** Writes what changed of the manifest, keeping only the files of this build. */
  save(livePaths: ReadonlySet<string>): void {
    const removed = [...this.files.keys()].filter((p) => !livePaths.has(p));
    if (!this.filesDirty && removed.length === 0) return;
    for (const p of removed) {
      const hash = this.files.get(p)?.hash;
      if (hash) this.dirtyShards.add(hash.slice(0, 2));
      this.files.delete(p);
    }
    const liveHashes = new Set([...this.files.values()].map((f) => f.hash));
    mkdirSync(this.manifestDir, { recursive: true });
    for (const key of this.dirtyShards) {
      const shard = new Map([...(this.results.get(key) ?? [])].filter(([h]) => liveHashes.has(h)));
      this.results.set(key, shard);
      writeAtomically(join(this.manifestDir, `results-${key}.v8`), serialize(shard));
    }
    // The file map last: until it is written, the old one still points at results that exist.
    writeAtomically(join(this.manifestDir, 'files.v8'), serialize(this.files));
    this.filesDirty = false;
    this.dirtyShards.clear();
  }
}

/** Rename is atomic on one filesystem: a crash never leaves half a file. */
function writeAtomically(path: string, data: Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

function writeCreatingDir(path: string, data: string): void {
  try {
    writeFileSync(path, data);
  } catch {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
}
