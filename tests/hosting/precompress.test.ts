// Precompressed copies beside a build's files, and the cache that spares a rebuild from
// compressing files that did not change.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { tempDir } from '../support/temp-dir.ts';
import { precompress } from '../../src/hosting/precompress.ts';

/** A small build: an app file, data documents (one too small to compress) and an image. */
function writeBuild(root: string, articleText: string): void {
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'data', 'v', 'b1', 'articles'), { recursive: true });
  writeFileSync(join(root, 'assets', 'index.js'), 'export const x = 1;\n'.repeat(200));
  writeFileSync(join(root, 'data', 'v', 'b1', 'meta.json'), JSON.stringify({ words: 'meta '.repeat(400) }));
  writeFileSync(join(root, 'data', 'v', 'b1', 'articles', 'a.json'), JSON.stringify({ text: articleText }));
  writeFileSync(join(root, 'data', 'v', 'b1', 'tiny.json'), '{}');
  writeFileSync(join(root, 'logo.png'), Buffer.alloc(4096, 7));
}

function copiesOf(root: string, rel: string): { br: Buffer; gz: Buffer } {
  return {
    br: brotliDecompressSync(readFileSync(join(root, `${rel}.br`))),
    gz: gunzipSync(readFileSync(join(root, `${rel}.gz`))),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

test('every compressible file of at least 1 KB gets brotli and gzip copies of its exact bytes', async () => {
  const root = tempDir('newsreader-precompress-');
  writeBuild(root, 'first version '.repeat(300));
  const result = await precompress(root);
  expect(result.files).toBe(3);
  expect(result.fromCache).toBe(0);
  for (const rel of ['assets/index.js', 'data/v/b1/meta.json', 'data/v/b1/articles/a.json']) {
    const original = readFileSync(join(root, rel));
    const { br, gz } = copiesOf(root, rel);
    expect(br.equals(original)).toBe(true);
    expect(gz.equals(original)).toBe(true);
  }
  expect(existsSync(join(root, 'data/v/b1/tiny.json.br'))).toBe(false);
  expect(existsSync(join(root, 'logo.png.br'))).toBe(false);
});

test('a rebuild takes unchanged files from the cache and compresses a changed one afresh', async () => {
  const cacheDir = join(tempDir('newsreader-precompress-'), 'cache');
  const first = tempDir('newsreader-precompress-');
  writeBuild(first, 'first version '.repeat(300));
  const cold = await precompress(first, { cacheDir });
  expect(cold).toMatchObject({ files: 3, fromCache: 0 });

  // The next build folder, written afresh: one article changed.
  const second = tempDir('newsreader-precompress-');
  writeBuild(second, 'second version, longer '.repeat(300));
  const warm = await precompress(second, { cacheDir });
  expect(warm).toMatchObject({ files: 3, fromCache: 2 });
  // Same sizes as compressing everything: the cache changes the time, not the result.
  const uncached = tempDir('newsreader-precompress-');
  writeBuild(uncached, 'second version, longer '.repeat(300));
  const fresh = await precompress(uncached);
  expect({ ...warm, fromCache: 0 }).toEqual(fresh);
  for (const rel of ['assets/index.js', 'data/v/b1/meta.json', 'data/v/b1/articles/a.json']) {
    const original = readFileSync(join(second, rel));
    const { br, gz } = copiesOf(second, rel);
    expect(br.equals(original)).toBe(true);
    expect(gz.equals(original)).toBe(true);
  }
  // The first version's article copies were not used by this build: the cache holds only its own.
  expect(filesUnder(cacheDir)).toHaveLength(3);
});

test('a torn or missing cache entry is compressed again, never served', async () => {
  const cacheDir = join(tempDir('newsreader-precompress-'), 'cache');
  const first = tempDir('newsreader-precompress-');
  writeBuild(first, 'some text '.repeat(300));
  await precompress(first, { cacheDir });
  // A stopped build's leftovers: a temporary file, and an entry cut short.
  const entry = readdirSync(cacheDir, { recursive: true, withFileTypes: true }).find((e) => e.isFile())!;
  const path = join(entry.parentPath, entry.name);
  writeFileSync(path, readFileSync(path).subarray(0, 20));
  writeFileSync(`${path}.123.tmp`, 'torn');

  const second = tempDir('newsreader-precompress-');
  writeBuild(second, 'some text '.repeat(300));
  const result = await precompress(second, { cacheDir });
  expect(result).toMatchObject({ files: 3, fromCache: 2 });
  for (const rel of ['assets/index.js', 'data/v/b1/meta.json', 'data/v/b1/articles/a.json']) {
    const original = readFileSync(join(second, rel));
    const { br, gz } = copiesOf(second, rel);
    expect(br.equals(original)).toBe(true);
    expect(gz.equals(original)).toBe(true);
  }
  expect(filesUnder(cacheDir).some((name) => name.endsWith('.tmp'))).toBe(false);
  expect(filesUnder(cacheDir)).toHaveLength(3);
});
