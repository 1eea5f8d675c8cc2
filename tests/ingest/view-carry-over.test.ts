/**
 * A rebuild writes only the per-view documents that changed; the others are carried over from
 * the previous build's folder as hard links. The folder stays the one a build from scratch
 * writes, and the app reads it through the same loader that checks envelopes.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { ARTICLE_CHUNK_SIZE, viewPaths } from '../../src/contract/views.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { writeViewDocuments } from '../../src/ingest/corpus/view-documents/write-view-documents.ts';
import { engineDataSource } from '../../src/lib/data/engine-data-source.ts';
import { StaleBuildError } from '../../src/lib/data/errors.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';

vi.setConfig({ testTimeout: 120_000 });

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const FILES = 80;

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'view-carry-'));
  roots.push(root);
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  // Distinct dates, so article numbers follow the file numbers.
  for (let i = 0; i < FILES; i++)
    writeFileSync(
      join(seeds, `story-${String(i).padStart(3, '0')}.txt`),
      generateArticle(i, 5).replace(/^date \S+/, `date 2020-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
  const out = join(root, 'out');
  const build = () =>
    ingestCorpus({ inputs: [seeds], outDir: out, cacheDir: join(root, 'cache'), threads: 0 });
  return { root, seeds, out, build };
}

/** Every file of a build folder: relative path → its inode and bytes. */
function folder(dir: string): Map<string, { ino: number; bytes: string }> {
  const files = new Map<string, { ino: number; bytes: string }>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    files.set(relative(dir, path), { ino: statSync(path).ino, bytes: readFileSync(path, 'utf8') });
  }
  return files;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

test('an edited article changes exactly the documents that depend on it; the rest are the same files', async () => {
  const ws = workspace();
  const first = await ws.build();
  const before = folder(join(ws.out, viewPaths.root(first.buildId)));

  // The oldest article (number 0) gains a paragraph with a word no other article has; its date,
  // and so every article's number, stays.
  const path = join(ws.seeds, 'story-000.txt');
  writeFileSync(path, `${readFileSync(path, 'utf8')}\nThe zyzzogeton committee met again.\n`);
  const t = new Date(Date.now() + 10_000);
  utimesSync(path, t, t);
  const second = await ws.build();
  expect(second.buildId).not.toBe(first.buildId);
  const after = folder(join(ws.out, viewPaths.root(second.buildId)));

  // The same documents exist (no article, quote, organisation or speaker came or went) …
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const changed = new Set<string>();
  for (const [path, file] of after) {
    const old = before.get(path)!;
    if (file.bytes === old.bytes) {
      // … an unchanged one is the previous build's file itself, not a copy …
      expect(file.ino, path).toBe(old.ino);
    } else {
      // … and a changed one is a new file.
      expect(file.ino, path).not.toBe(old.ino);
      changed.add(path);
    }
  }
  expect(second.viewDocuments).toEqual({ written: changed.size + 1, carried: after.size - changed.size });

  // What depends on the article: meta.json (which names the build), its article chunk, and the
  // search documents holding its words; not the other article chunks, not a quote chunk.
  expect(changed.has('meta.json')).toBe(true);
  expect(changed.has('articles/0.json')).toBe(true);
  for (let k = 1; k * ARTICLE_CHUNK_SIZE < FILES; k++) expect(changed.has(`articles/${k}.json`)).toBe(false);
  expect([...changed].filter((p) => p.startsWith('quotes/'))).toEqual([]);
  expect([...changed].some((p) => p.startsWith('search/articles/'))).toBe(true);
  expect([...changed].filter((p) => p.startsWith('search/quotes/'))).toEqual([]);
  expect(changed.size).toBeLessThan(after.size / 4);

  // The folder is what a build from scratch writes for these seeds.
  const scratch = join(ws.root, 'scratch');
  const fresh = await ingestCorpus({ inputs: [ws.seeds], outDir: scratch, cacheDir: null, threads: 0 });
  expect(fresh.buildId).toBe(second.buildId);
  const scratchFolder = folder(join(scratch, viewPaths.root(second.buildId)));
  expect(new Map([...after].map(([p, f]) => [p, f.bytes]))).toEqual(
    new Map([...scratchFolder].map(([p, f]) => [p, f.bytes])),
  );
});

test('a new build of unchanged documents writes only meta.json and current.json, and the app reads it', async () => {
  const ws = workspace();
  const first = await ws.build();
  // Same data under another build id, as after a change to the writing code: every document but
  // meta.json is carried over.
  const other = 'f'.repeat(16);
  const indexPath = join(ws.out, 'index.json');
  writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace(first.buildId, other));
  const outcome = writeViewDocuments(ws.out, other, () => undefined);
  const total = folder(join(ws.out, viewPaths.root(other))).size;
  expect(outcome.documentsWritten).toBe(2);
  expect(outcome.documentsCarried).toBe(total - 1);
  expect(readJson(join(ws.out, viewPaths.current()))).toMatchObject({ buildId: other });
  // The previous build is kept for tabs still reading it.
  expect(readdirSync(join(ws.out, 'v')).sort()).toEqual([first.buildId, other].sort());

  const served = join(ws.root, 'served');
  cpSync(ws.out, served, { recursive: true });
  const fetchFrom =
    (dir: string): typeof fetch =>
    (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      try {
        return Promise.resolve(new Response(readFileSync(join(dir, decodeURIComponent(url.pathname)))));
      } catch {
        return Promise.resolve(new Response('{}', { status: 404 }));
      }
    };
  const source = engineDataSource({
    dataUrl: 'http://reader.test/',
    buildId: other,
    fetch: fetchFrom(served),
  });
  const page = await source.listArticles({ filters: EMPTY_FILTERS, page: 1 });
  expect(page.total).toBe(FILES);
  expect((await source.listQuotes({ filters: EMPTY_FILTERS, page: 1 })).total).toBeGreaterThan(0);

  // A tab still on the first build reads its own folder; once that folder is gone, it is told
  // the reader was updated, never served the other build's documents.
  const old = engineDataSource({
    dataUrl: 'http://reader.test/',
    buildId: first.buildId,
    fetch: fetchFrom(served),
  });
  expect((await old.listArticles({ filters: EMPTY_FILTERS, page: 1 })).total).toBe(FILES);
  rmSync(join(served, viewPaths.root(first.buildId)), { recursive: true });
  const stale = engineDataSource({
    dataUrl: 'http://reader.test/',
    buildId: first.buildId,
    fetch: fetchFrom(served),
  });
  await expect(stale.listArticles({ filters: EMPTY_FILTERS, page: 1 })).rejects.toBeInstanceOf(
    StaleBuildError,
  );
});
