/**
 * The first page a prefix search document carries (decision 016) against the page the engine
 * builds from the article chunks: built from the Wikinews corpus by the real build, read by the
 * real engine, once as built and once with the carried pages taken out of the documents.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Article, ArticleSummary } from '../../src/contract/schema.ts';
import {
  checkEnvelope,
  decodeDeltas,
  viewPaths,
  type ViewDocument,
  type ViewDocumentKind,
} from '../../src/contract/views.ts';
import { decodeImpactsInto } from '../../src/contract/search-ranking.ts';
import { carriedPage } from '../../src/ingest/corpus/view-documents/search-documents.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { QueryEngine } from '../../src/lib/engine/query-engine.ts';
import type { DocumentLoader } from '../../src/lib/engine/types.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/urls.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared');
const WIKINEWS = join(SHARED, 'corpus/wikinews');

let out: string;
let buildId: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'carried-first-page-'));
  const report = await ingestCorpus({
    inputs: [WIKINEWS, join(ROOT, 'seeds')],
    outDir: out,
    cacheDir: null,
    // Worker threads cannot load TypeScript under vitest.
    threads: 0,
  });
  buildId = report.buildId;
  return () => {
    rmSync(out, { recursive: true, force: true });
  };
  // A whole build of the corpus: seconds on a quiet machine, more beside other work.
}, 180_000);

/** The built documents, read from disk; `carry: false` takes the carried pages out. */
class BuiltLoader implements DocumentLoader {
  readonly paths: string[] = [];
  /** The article documents read, by id. */
  readonly articles: string[] = [];
  constructor(private readonly carry: boolean) {}

  load<K extends ViewDocumentKind>(path: string, kind: K): Promise<Extract<ViewDocument, { kind: K }>> {
    this.paths.push(path);
    const document: ViewDocument = checkEnvelope(
      JSON.parse(readFileSync(join(out, path), 'utf8')),
      kind,
      buildId,
      path,
    );
    if (!this.carry && document.kind === 'search-prefix') delete document.firstPage;
    return Promise.resolve(document as Extract<ViewDocument, { kind: K }>);
  }

  loadArticle(id: string): Promise<Article | null> {
    this.articles.push(id);
    return Promise.resolve(JSON.parse(readFileSync(join(out, 'articles', `${id}.json`), 'utf8')) as Article);
  }
}

const search = (q: string, extra: Partial<Filters> = {}) => ({
  filters: { ...EMPTY_FILTERS, q, ...extra },
  page: 1,
  snippets: false,
});

/** The words with a prefix document in the article index. */
async function prefixWords(): Promise<string[]> {
  const engine = new QueryEngine(new BuiltLoader(true), buildId);
  return (await engine.meta()).search.articles.prefixes;
}

/** "government" → "Gövernment": capitals and accents fold away (`foldForSearch`). */
function accented(word: string): string {
  const marked = word.replace(/[aeiou]/, (vowel) => ({ a: 'à', e: 'é', i: 'î', o: 'ö', u: 'ü' })[vowel]!);
  return marked.charAt(0).toUpperCase() + marked.slice(1);
}

test('every prefix document carries the first page the engine builds from the chunks, for the word and its accented form', async () => {
  const words = await prefixWords();
  expect(words.length).toBeGreaterThan(5);
  const carried = new BuiltLoader(true);
  const withCarried = new QueryEngine(carried, buildId);
  const fromChunks = new QueryEngine(new BuiltLoader(false), buildId);
  const chunkPath = viewPaths.articleChunk(buildId, 0).replace(/0\.json$/, '');
  for (const word of words) {
    for (const q of [word, accented(word)]) {
      const expected = await fromChunks.listArticles(search(q));
      carried.paths.length = 0;
      const got = await withCarried.listArticles(search(q));
      expect(got, q).toEqual(expected);
      expect(got.total, q).toBeGreaterThan(0);
      // The page came from the search document alone.
      expect(
        carried.paths.filter((path) => path.startsWith(chunkPath)),
        q,
      ).toEqual([]);
    }
  }
});

test('every carried page carries the snippets the engine makes from the article documents, and reads none', async () => {
  const words = await prefixWords();
  const carried = new BuiltLoader(true);
  const withCarried = new QueryEngine(carried, buildId);
  const fromArticles = new QueryEngine(new BuiltLoader(false), buildId);
  let shown = 0;
  for (const word of words) {
    for (const q of [word, accented(word)]) {
      const expected = await fromArticles.articleSnippets(search(q));
      carried.articles.length = 0;
      expect(await withCarried.articleSnippets(search(q)), q).toEqual(expected);
      // The list with its snippets, as a first list asks for it, the same way.
      expect(await withCarried.listArticles({ ...search(q), snippets: true }), q).toEqual(
        await fromArticles.listArticles({ ...search(q), snippets: true }),
      );
      expect(carried.articles, q).toEqual([]);
      shown += expected.filter((snippet) => snippet !== null).length;
    }
  }
  // Most results match in their body: the comparison covered real snippets, not only nulls.
  expect(shown).toBeGreaterThan(words.length);
});

test('a second word or page 2 makes its snippets from the article documents', async () => {
  const carried = new BuiltLoader(true);
  const withCarried = new QueryEngine(carried, buildId);
  const fromArticles = new QueryEngine(new BuiltLoader(false), buildId);
  let word: string | undefined;
  for (const candidate of await prefixWords())
    if ((await withCarried.countArticles({ ...EMPTY_FILTERS, q: candidate })) > 40) word = candidate;
  for (const request of [search(`${word!} the`), { ...search(word!), page: 2 }]) {
    carried.articles.length = 0;
    expect(await withCarried.articleSnippets(request)).toEqual(await fromArticles.articleSnippets(request));
    expect(carried.articles.length).toBeGreaterThan(0);
  }
});

test('carried pages: best impact first, ties broken newest first, every chip named', () => {
  const meta = checkEnvelope(
    JSON.parse(readFileSync(join(out, viewPaths.meta(buildId)), 'utf8')),
    'meta',
    buildId,
    'meta',
  );
  let ties = 0;
  for (const prefix of meta.search.articles.prefixes) {
    const path = viewPaths.searchPrefix(buildId, 'articles', prefix);
    const document = checkEnvelope(
      JSON.parse(readFileSync(join(out, path), 'utf8')),
      'search-prefix',
      buildId,
      path,
    );
    const page = document.firstPage!;
    const numbers = decodeDeltas(document.postings);
    const impacts = new Uint8Array(numbers.length);
    decodeImpactsInto(document.impacts!, impacts, 0);
    const impactOf = new Map(Array.from(numbers, (n, i) => [n, impacts[i]!]));
    expect(page.numbers.length).toBe(Math.min(20, numbers.length));
    // Best impact first; among equal impacts the newer article (the larger number) first.
    for (let i = 1; i < page.numbers.length; i++) {
      const [a, b] = [page.numbers[i - 1]!, page.numbers[i]!];
      const [x, y] = [impactOf.get(a)!, impactOf.get(b)!];
      expect(x > y || (x === y && a > b), `${prefix}: ${a} before ${b}`).toBe(true);
      if (x === y) ties++;
    }
    // Every organisation chip of the page is named.
    for (const summary of page.summaries)
      for (const slug of summary.organisations) expect(page.organisationNames[slug], slug).toBeTruthy();
  }
  // The corpus has ties on first pages, so the newest-first rule above was exercised.
  expect(ties).toBeGreaterThan(0);
});

test('a second word, a filter, page 2 or newest first read the chunks, with the same results as before', async () => {
  const carried = new BuiltLoader(true);
  const withCarried = new QueryEngine(carried, buildId);
  const fromChunks = new QueryEngine(new BuiltLoader(false), buildId);
  // A word with more than one page, so page 2 is a page of its own.
  let word: string | undefined;
  for (const candidate of await prefixWords())
    if ((await withCarried.countArticles({ ...EMPTY_FILTERS, q: candidate })) > 40) word = candidate;
  expect(word).toBeDefined();
  const { days } = await withCarried.meta();
  const requests = [
    search(`${word!} the`),
    search(word!, { sort: 'newest' }),
    search(word!, { from: days[Math.floor(days.length / 2)]! }),
    { ...search(word!), page: 2 },
  ];
  for (const request of requests) {
    const expected = await fromChunks.listArticles(request);
    carried.paths.length = 0;
    expect(await withCarried.listArticles(request)).toEqual(expected);
    expect(carried.paths.some((path) => path.includes('/articles/'))).toBe(true);
  }
});

test('carriedPage ranks by impact, newest first among ties, and names the page’s organisations', () => {
  const summary = (n: number, organisations: string[]): ArticleSummary =>
    ({ id: `a${n}`, organisations }) as unknown as ArticleSummary;
  const articles = Array.from({ length: 30 }, (_, n) => summary(n, n === 3 ? ['acme'] : []));
  // 25 results: three with impact 9 (numbers 3, 7, 20), the rest 2.
  const numbers = Array.from({ length: 25 }, (_, i) => i);
  const impacts = numbers.map((n) => (n === 3 || n === 7 || n === 20 ? 9 : 2));
  const page = carriedPage(numbers, impacts, articles, (slug) => slug.toUpperCase());
  expect(page.numbers).toEqual([20, 7, 3, 24, 23, 22, 21, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 6]);
  expect(page.summaries.map((s) => s.id)).toEqual(page.numbers.map((n) => `a${n}`));
  expect(page.organisationNames).toEqual({ acme: 'ACME' });
});
