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

interface ManifestShape {
  files: Map<string, CachedFile>;
  results: Map<string, CachedResult>;
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
  private readonly manifestPath: string;
  private files = new Map<string, CachedFile>();
  private results = new Map<string, CachedResult>();
  private dirty = false;

  constructor(root: string, version = extractorVersion()) {
    this.dir = join(root, version);
    this.manifestPath = join(this.dir, 'manifest.v8');
    if (existsSync(this.manifestPath)) {
      try {
        const m = deserialize(readFileSync(this.manifestPath)) as ManifestShape;
        this.files = m.files;
        this.results = m.results;
      } catch {
        // A torn or foreign manifest only makes this build slower.
        this.dirty = true;
      }
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
    const result = this.results.get(f.hash);
    return result ? { hash: f.hash, result } : null;
  }

  articlePath(hash: string): string {
    return join(this.dir, 'articles', hash.slice(0, 2), `${hash}.json`);
  }

  private termsPath(hash: string): string {
    return join(this.dir, 'terms', hash.slice(0, 2), `${hash}.txt`);
  }

  /** The search terms stored for a content hash, or null when they are gone. */
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
    this.results.set(file.hash, result);
    this.dirty = true;
    if (built) {
      writeCreatingDir(this.articlePath(file.hash), built.articleJson);
      writeCreatingDir(this.termsPath(file.hash), built.terms.join('\n'));
    }
  }

  /** Writes the manifest if anything changed, keeping only the files of this build. */
  save(livePaths: ReadonlySet<string>): void {
    if (!this.dirty && this.files.size === livePaths.size) return;
    const files = new Map([...this.files].filter(([p]) => livePaths.has(p)));
    const liveHashes = new Set([...files.values()].map((f) => f.hash));
    const results = new Map([...this.results].filter(([h]) => liveHashes.has(h)));
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.manifestPath}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ files, results } satisfies ManifestShape));
    // Rename is atomic on one filesystem: a crash never leaves half a manifest.
    renameSync(tmp, this.manifestPath);
    this.dirty = false;
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
