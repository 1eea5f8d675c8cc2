/**
 * A chunk an export read (bulk, past the service worker's offline cache) is read once more,
 * plainly, by the first view that asks for it (`EngineDocuments.chunk`): once, and only once the
 * export's read has its answer, so that the second read is the browser's HTTP cache's rather
 * than a second download of the same document beside the first.
 */
import { expect, test } from 'vitest';
import type { ArticleChunkDocument, ViewDocument, ViewDocumentKind } from '../../src/contract/views.ts';
import { EngineDocuments, KEEP } from '../../src/lib/engine/engine-documents.ts';
import type { DocumentLoader, LoadOptions } from '../../src/lib/engine/types.ts';

const BUILD = 'b1';

/** Answers any chunk (an empty one); each load waits for `release()` while `held`. */
class CountingLoader implements DocumentLoader {
  readonly calls: { path: string; options: LoadOptions }[] = [];
  private waiting: (() => void)[] = [];
  held = false;

  load<K extends ViewDocumentKind>(
    path: string,
    kind: K,
    options: LoadOptions = {},
  ): Promise<Extract<ViewDocument, { kind: K }>> {
    this.calls.push({ path, options });
    const document = { version: 1, kind, articles: [] } as unknown as Extract<ViewDocument, { kind: K }>;
    if (!this.held) return Promise.resolve(document);
    return new Promise((resolve) => {
      this.waiting.push(() => {
        resolve(document);
      });
    });
  }

  loadArticle(): Promise<null> {
    return Promise.resolve(null);
  }

  release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /** The plain (not bulk) loads of `path`. */
  plain(path: string): LoadOptions[] {
    return this.calls
      .filter((call) => call.path === path && call.options.bulk !== true)
      .map((call) => call.options);
  }
}

const chunkPath = (k: number) => `v/${BUILD}/articles/${k}.json`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('a view that asks for a chunk while the export is still reading it re-reads it after that read, not beside it', async () => {
  const loader = new CountingLoader();
  const docs = new EngineDocuments(loader, BUILD);
  loader.held = true;
  const exported = docs.articleChunk(0, { bulk: true });
  const shown = docs.articleChunk(0);
  await settle();
  // Nothing plain yet: the export's read is still under way, and a second request now would
  // download the document again beside it.
  expect(loader.plain(chunkPath(0))).toEqual([]);
  loader.release();
  const [a, b] = await Promise.all([exported, shown]);
  expect(b).toBe(a);
  await settle();
  loader.release();
  await settle();
  expect(loader.plain(chunkPath(0))).toEqual([{ background: true }]);
});

test('a chunk the export read and the cache has since let go is read once by the view that asks for it, not twice', async () => {
  const loader = new CountingLoader();
  const docs = new EngineDocuments(loader, BUILD);
  // An export of more chunks than the engine keeps: the first is let go.
  for (let k = 0; k <= KEEP.chunks; k++) await docs.articleChunk(k, { bulk: true });
  const chunk: ArticleChunkDocument = await docs.articleChunk(0);
  expect(chunk.kind).toBe('article-chunk');
  await settle();
  // The view's own read is plain (through the offline cache): no second read of it at low priority.
  expect(loader.plain(chunkPath(0))).toEqual([{}]);
});
