// Compressed copies made by the data step while it builds, and the hosting step that then only
// checks them: the same copies as compressing afterwards, and never a copy of other bytes.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { tempDir } from '../support/temp-dir.ts';
import { startCopyWorkers } from '../../src/hosting/copy-workers.ts';
import { AHEAD_LIST, precompress } from '../../src/hosting/precompress.ts';

function expectCopiesOf(root: string, rel: string): void {
  const original = readFileSync(join(root, rel));
  expect(brotliDecompressSync(readFileSync(join(root, `${rel}.br`))).equals(original)).toBe(true);
  expect(gunzipSync(readFileSync(join(root, `${rel}.gz`))).equals(original)).toBe(true);
}

const text = (word: string): string => JSON.stringify({ text: `${word} `.repeat(400) });

/** A build as the data step writes it: article documents, then a view folder renamed into place. */
async function buildWithCopies(root: string, cacheDir: string): Promise<void> {
  const copies = await startCopyWorkers(cacheDir);
  expect(copies).not.toBeNull();
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'assets', 'index.js'), 'export const x = 1;\n'.repeat(200));
  mkdirSync(join(root, 'data', 'articles'), { recursive: true });
  for (const id of ['a', 'b', 'c']) {
    writeFileSync(join(root, 'data', 'articles', `${id}.json`), text(`article ${id}`));
    copies!.add(join(root, 'data', 'articles', `${id}.json`), false);
  }
  const temporary = join(root, 'data', 'v', '.b1.tmp');
  mkdirSync(join(temporary, 'quotes'), { recursive: true });
  writeFileSync(join(temporary, 'meta.json'), text('meta'));
  writeFileSync(join(temporary, 'quotes', '0.json'), text('quote'));
  writeFileSync(join(temporary, 'tiny.json'), '{}');
  for (const rel of ['meta.json', 'quotes/0.json', 'tiny.json']) copies!.add(join(temporary, rel), true);
  copies!.settle();
  // Every copy of the folder is in it before it moves.
  expect(existsSync(join(temporary, 'meta.json.br'))).toBe(true);
  expect(existsSync(join(temporary, 'quotes', '0.json.gz'))).toBe(true);
  renameSync(temporary, join(root, 'data', 'v', 'b1'));
  copies!.moved(temporary, join(root, 'data', 'v', 'b1'));
  // The small file is left alone, as `precompress` leaves it.
  expect(await copies!.finish()).toBe(5);
}

test('copies made while the data is built are the copies precompress makes, and it only checks them', async () => {
  const cacheDir = join(tempDir('newsreader-copy-workers-'), 'cache');
  const root = tempDir('newsreader-copy-workers-');
  await buildWithCopies(root, cacheDir);
  const result = await precompress(root, { cacheDir });
  // The app's file is compressed by the hosting step; the five data documents were done.
  expect(result).toMatchObject({ files: 6, ahead: 5, fromCache: 0 });
  const data = ['data/articles/a.json', 'data/articles/b.json', 'data/articles/c.json'];
  for (const rel of [...data, 'data/v/b1/meta.json', 'data/v/b1/quotes/0.json', 'assets/index.js'])
    expectCopiesOf(root, rel);
  expect(existsSync(join(root, 'data/v/b1/tiny.json.br'))).toBe(false);
  expect(existsSync(join(cacheDir, AHEAD_LIST))).toBe(false);

  // The same folder compressed afterwards, as before: the same totals.
  const plain = tempDir('newsreader-copy-workers-');
  await buildWithCopies(plain, join(tempDir('newsreader-copy-workers-'), 'other-cache'));
  for (const entry of readdirSync(plain, { recursive: true, withFileTypes: true }))
    if (/\.(br|gz)$/.test(entry.name)) rmSync(join(entry.parentPath, entry.name));
  const after = await precompress(plain);
  expect({ ...result, ahead: 0 }).toEqual(after);
});

test('a document replaced, or a copy removed, after the copies were made is compressed again', async () => {
  const cacheDir = join(tempDir('newsreader-copy-workers-'), 'cache');
  const root = tempDir('newsreader-copy-workers-');
  await buildWithCopies(root, cacheDir);
  // Another step rewrites one document (a new file under the same name).
  const path = join(root, 'data', 'articles', 'b.json');
  rmSync(path);
  writeFileSync(path, text('article b, changed'));
  // And one copy of another is gone.
  rmSync(join(root, 'data', 'articles', 'c.json.gz'));
  const result = await precompress(root, { cacheDir });
  expect(result).toMatchObject({ files: 6, ahead: 3 });
  expectCopiesOf(root, 'data/articles/b.json');
  expectCopiesOf(root, 'data/articles/c.json');
  // The cache keeps what this build used: the five documents as they are and the app's file.
  const entries = readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  expect(entries).toHaveLength(6);
});
