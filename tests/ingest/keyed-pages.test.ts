/**
 * Organisation and speaker pages have input keys (decision 005, "Kept input keys"): a rebuild
 * carries a page over without making it only when its key is the previous build's, and a key
 * must change whenever the page's bytes would.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.ts';
import { viewPaths } from '../../src/contract/views.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { buildViewDocuments } from '../../src/ingest/corpus/view-documents/build-view-documents.ts';
import type { DocumentSink } from '../../src/ingest/corpus/view-documents/view-sinks.ts';
import { readArticlePostings, readViewCorpus } from '../../src/ingest/corpus/view-documents/view-corpus.ts';
import { readArticlePairs } from '../../src/ingest/corpus/view-documents/search-pairs.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';

vi.setConfig({ testTimeout: 120_000 });

const FILES = 60;
const isPage = (path: string) => path.startsWith('organisations/') || path.startsWith('speakers/');

/**
 * The view documents of the folder's corpus: each page's bytes, and with `kept` (path → key of
 * the previous run) the keys offered and which pages were carried over without being made.
 */
function viewRun(out: string, seeds: string, kept: Map<string, string> | null) {
  const corpus = readViewCorpus(out);
  const root = `${viewPaths.root(corpus.buildId)}/`;
  // A content key per article, as the build's: its seed file's name and bytes.
  const articleIds = new Map<string, string>();
  const articleKeys = corpus.articles.map((a) => {
    const { file } = JSON.parse(readFileSync(join(out, 'articles', `${a.id}.json`), 'utf8')) as {
      file: string;
    };
    articleIds.set(file, a.id);
    return createHash('sha1')
      .update(file)
      .update(readFileSync(join(seeds, file)))
      .digest('hex');
  });
  const bytes = new Map<string, string>();
  const keys = new Map<string, string>();
  const carried = new Set<string>();
  const emit: DocumentSink = (path, _schema, document) => {
    const relative = path.slice(root.length);
    if (isPage(relative)) bytes.set(relative, JSON.stringify(document));
  };
  buildViewDocuments(
    corpus,
    () => readArticlePostings(out),
    () => readArticlePairs(out, corpus.articles).postings,
    emit,
    () => undefined,
    kept && {
      articleKeys,
      carry: (path, key) => {
        const relative = path.slice(root.length);
        keys.set(relative, key);
        const same = kept.get(relative) === key;
        if (same && isPage(relative)) carried.add(relative);
        return same;
      },
    },
  );
  return { bytes, keys, carried, articleIds };
}

test('a page is carried over by its key only when its bytes are unchanged, and an edited article’s pages are made', async () => {
  const root = tempDir('keyed-pages-');
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  for (let i = 0; i < FILES; i++)
    writeFileSync(
      join(seeds, `story-${String(i).padStart(3, '0')}.txt`),
      generateArticle(i, 9).replace(/^date \S+/, `date 2020-02-${String((i % 28) + 1).padStart(2, '0')}`),
    );
  const out = join(root, 'out');
  const build = () => ingestCorpus({ inputs: [seeds], outDir: out, cacheDir: null, threads: 0 });

  await build();
  const first = viewRun(out, seeds, new Map());
  expect([...first.bytes.keys()].filter((p) => p.startsWith('organisations/')).length).toBeGreaterThan(3);

  // The oldest article and one of the newest gain a quote: every later quote's number moves
  // (so do most speakers' lists of quotes), and the newest's organisations and speakers have a
  // new latest quote; other pages do not change.
  for (const name of ['story-000.txt', 'story-027.txt']) {
    const path = join(seeds, name);
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8')}\n“We will keep going,” Jane Doe, the minister, said.\n`,
    );
    const t = new Date(Date.now() + 10_000);
    utimesSync(path, t, t);
  }
  await build();
  const second = viewRun(out, seeds, first.keys);
  const full = viewRun(out, seeds, null);

  const changed = [...full.bytes.keys()].filter((p) => full.bytes.get(p) !== first.bytes.get(p));
  expect(changed.some((p) => p.startsWith('organisations/'))).toBe(true);
  expect(changed.some((p) => p.startsWith('speakers/'))).toBe(true);
  for (const page of second.carried) expect(full.bytes.get(page), page).toBe(first.bytes.get(page));
  for (const page of changed) expect(second.carried.has(page), page).toBe(false);
  // The pages that did not change were not made, but for those showing a quote of the edited
  // article (a quote's key is its article's content key and its place in it, as for quote chunks).
  const edited = ['story-000.txt', 'story-027.txt'].map((name) => `"${full.articleIds.get(name)!}"`);
  const unchanged = [...full.bytes.keys()].filter((p) => !changed.includes(p));
  expect(unchanged.filter((p) => second.carried.has(p)).length).toBeGreaterThan(unchanged.length / 2);
  for (const page of unchanged)
    if (!second.carried.has(page))
      expect(
        edited.some((id) => full.bytes.get(page)!.includes(id)),
        page,
      ).toBe(true);
});
