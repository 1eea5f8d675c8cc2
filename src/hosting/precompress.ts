/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file of a build, so the server (and
 * nginx's gzip_static / brotli_static) sends compressed bytes without compressing per request.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

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
export async function precompress(root: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const files: string[] = [];
  for (const file of await listFiles(root)) {
    const rel = relative(root, file).split(sep).join('/');
    if (!COMPRESSIBLE.test(rel) || skipped(rel)) continue;
    if ((await stat(file)).size < MIN_BYTES) continue;
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
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: data ? 5 : 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gzipAsync(body, { level: data ? 6 : 9 }),
      ]);
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
  return result;
}
