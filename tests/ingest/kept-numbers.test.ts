/**
 * Some documents' input keys cover article numbers that take work to find: a prefix search
 * document's first page (decision 016) ranks the prefix's union; a related chunk's related
 * articles rank candidates over the whole corpus. The view state keeps those numbers with the
 * key, so a rebuild checks the key made with the kept numbers first and does that work only when
 * it changed. The folder stays the one a build from scratch writes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { expect, test, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.ts';
import { viewPaths, type RelatedChunkDocument } from '../../src/contract/views.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';
import type * as SearchImpacts from '../../src/ingest/corpus/view-documents/search-impacts.ts';
import type * as RelatedArticles from '../../src/ingest/corpus/view-documents/related-articles.ts';

/** Counts the unions ranked for first pages (and made for any prefix document), and the articles whose related articles are ranked. */
const work = vi.hoisted(() => ({ unions: 0, ranked: 0 }));
vi.mock('../../src/ingest/corpus/view-documents/search-impacts.ts', async (original) => {
  const actual = await original<typeof SearchImpacts>();
  return {
    ...actual,
    unionWithImpacts: (...args: Parameters<typeof actual.unionWithImpacts>) => {
      work.unions++;
      return actual.unionWithImpacts(...args);
    },
  };
});
vi.mock('../../src/ingest/corpus/view-documents/related-articles.ts', async (original) => {
  const actual = await original<typeof RelatedArticles>();
  return {
    ...actual,
    rankRelated: (
      input: RelatedArticles.RelatedInput,
      only: (a: number) => boolean = () => true,
      facets?: RelatedArticles.RelatedFacets,
    ) =>
      actual.rankRelated(
        input,
        (a) => {
          const ranked = only(a);
          if (ranked) work.ranked++;
          return ranked;
        },
        facets,
      ),
  };
});

vi.setConfig({ testTimeout: 120_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const WIKINEWS = join(process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared'), 'corpus/wikinews');

/** The Wikinews corpus (enough words for many prefix documents) and one generated seed to edit. */
function workspace() {
  const root = tempDir('kept-pages-');
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  const edited = join(seeds, 'story.txt');
  writeFileSync(edited, generateArticle(1, 5));
  const out = join(root, 'out');
  const inputs = [WIKINEWS, seeds];
  // Worker threads cannot load TypeScript under vitest.
  const build = () => ingestCorpus({ inputs, outDir: out, cacheDir: join(root, 'cache'), threads: 0 });
  return { root, inputs, edited, out, build };
}

function rewrite(path: string, edit: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  const t = new Date(Date.now() + 60_000 * Math.random() + 10_000);
  utimesSync(path, t, t);
}

/** Every file of a folder: relative path → bytes. */
function folder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  return files;
}

async function expectAsFromScratch(ws: ReturnType<typeof workspace>, buildId: string): Promise<void> {
  const scratch = join(ws.root, `scratch-${buildId}`);
  const fresh = await ingestCorpus({ inputs: ws.inputs, outDir: scratch, cacheDir: null, threads: 0 });
  expect(fresh.buildId).toBe(buildId);
  expect(folder(join(ws.out, viewPaths.root(buildId)))).toEqual(
    folder(join(scratch, viewPaths.root(buildId))),
  );
  rmSync(scratch, { recursive: true, force: true });
}

/** The paths of the article index's prefix documents. */
function articlePrefixDocuments(ws: ReturnType<typeof workspace>, buildId: string): string[] {
  const dir = join(ws.out, viewPaths.root(buildId), 'search', 'articles');
  return readdirSync(dir)
    .filter((name) => name.startsWith('p-'))
    .map((name) => join(dir, name));
}

test('a rebuild ranks only the prefixes whose key with the kept first page changed', async () => {
  const ws = workspace();
  const first = await ws.build();
  const prefixes = articlePrefixDocuments(ws, first.buildId);
  expect(prefixes.length).toBeGreaterThan(10);
  const { prefix } = JSON.parse(readFileSync(prefixes[0]!, 'utf8')) as { prefix: string };
  expect(prefix.length).toBeGreaterThanOrEqual(2);

  // One word for a new word under that prefix: the article's length, and so every other term's
  // impact, stays; the prefix's document (and any holding the article on its page) changes.
  rewrite(ws.edited, (text) => text.replace('On Tuesday,', `On ${prefix}qzx,`));
  work.unions = 0;
  const second = await ws.build();
  expect(work.unions).toBeGreaterThan(0);
  expect(work.unions).toBeLessThan(prefixes.length / 2);
  // The prefix's document holds the new word's posting now.
  expect(readFileSync(prefixes[0]!.replace(first.buildId, second.buildId), 'utf8')).not.toBe(
    readFileSync(prefixes[0]!, 'utf8'),
  );
  await expectAsFromScratch(ws, second.buildId);
});

test('a kept first page that is torn is named, and every document is made instead', async () => {
  const ws = workspace();
  const first = await ws.build();
  const states = readdirSync(join(ws.root, 'cache'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.parentPath.endsWith('views'),
  );
  expect(states).toHaveLength(1);
  const statePath = join(states[0]!.parentPath, states[0]!.name);
  const state = deserialize(readFileSync(statePath)) as { numbers: string; numberPaths: string };
  expect(state.numberPaths).toMatch(/^search\/articles\/p-/);
  writeFileSync(statePath, serialize({ ...state, numbers: state.numbers.replace(/^[^\n]*/, '3,x,5') }));

  rewrite(ws.edited, (text) => `${text}\nThe quorble council met.\n`);
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  let report;
  try {
    report = await ws.build();
  } finally {
    spy.mockRestore();
  }
  expect(written.join('')).toMatch(
    /kept view state .* is unusable \(torn kept numbers for search\/articles\/p-/,
  );
  expect(report.viewDocuments.unmade).toBe(0);
  expect(report.buildId).not.toBe(first.buildId);
});

test('related chunks are ranked again only when an article’s date, organisations or speakers change', async () => {
  const ws = workspace();
  const first = await ws.build();
  const articleCount = first.articlesBuilt;

  // Text without names: every article keeps its facets; only the chunks that show the edited
  // article as related to one of theirs (they show its summary) are ranked again.
  const relatedDir = join(ws.out, viewPaths.root(first.buildId), 'related');
  const chunks = readdirSync(relatedDir).map(
    (name) => JSON.parse(readFileSync(join(relatedDir, name), 'utf8')) as RelatedChunkDocument,
  );
  const showing = chunks.filter((chunk) => chunk.related.some((list) => list.some((r) => r.id === 'story')));
  expect(showing.length).toBeGreaterThan(0);
  expect(showing.length).toBeLessThan(chunks.length);
  rewrite(ws.edited, (text) => `${text}\nThe weather stayed mild all week.\n`);
  work.ranked = 0;
  const second = await ws.build();
  expect(work.ranked).toBe(showing.reduce((sum, chunk) => sum + chunk.related.length, 0));
  await expectAsFromScratch(ws, second.buildId);

  // A quote by a new speaker: a facet changes, and every article is ranked again.
  rewrite(ws.edited, (text) => `${text}\n“The bridge opens in June,” Maria Qzxlopez, the engineer, said.\n`);
  work.ranked = 0;
  const third = await ws.build();
  expect(work.ranked).toBe(articleCount);
  await expectAsFromScratch(ws, third.buildId);
});
