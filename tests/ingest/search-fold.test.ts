/**
 * Search over ł, ø, æ, ß … end to end (decision 017, "Search folds ł, ø, æ …"): seeds built by the
 * real build, read by the real engine. `lukasz` and `łukasz` find the same articles and quotes, the
 * snippet marks the original letters, and a phrase with such a letter is found whole.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Article } from '../../src/contract/schema.ts';
import { checkEnvelope, type ViewDocument, type ViewDocumentKind } from '../../src/contract/views.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { QueryEngine } from '../../src/lib/engine/query-engine.ts';
import type { DocumentLoader } from '../../src/lib/engine/types.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/urls.ts';
import { expectSameFolder, scratchBuild, snapshot } from '../support/output-folder.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared');
const WIKINEWS = join(SHARED, 'corpus/wikinews');

let root: string;
let seeds: string;
let out: string;
let buildId: string;

/** Two Wikinews articles naming "Łukasz" (wn-0068: Łukasz Szumowski, quoted) and three of our own. */
const OWN: Record<string, string> = {
  'ascii-lukasz': `date 2024-03-04 Wire/ Lukasz Nowak, a baker, opened a shop on the Strasse der Einheit.

The shop sells bread.`,
  'strasse-sharp': `date 2024-03-05 Wire/ The Große Straße in Kassel was closed on Monday for repairs.

Traffic went through the side streets.`,
  'aero-island': `date 2024-03-06 Wire/ Ferries to Ærø and across the Øresund ran late after a storm.

"The crossing was rough," said Søren Ærbæk, the ferry captain.`,
  // Final sigma three ways: a capital Σ (ΟΔΟΣ), ς (οδός) and a typed σ at a word's end (οδοσ).
  'greek-street': `date 2024-03-07 Wire/ Η ΟΔΟΣ Ερμού στην Αθήνα έκλεισε τη Δευτέρα για έργα.

"Η οδός θα ανοίξει ξανά την Παρασκευή," είπε ο Νίκος Παπαδόπουλος, εκπρόσωπος του δήμου.`,
  'greek-typed': `date 2024-03-08 Wire/ Cyclists rode the old road, written οδοσ Αιγνατία on a hand-painted sign, on Sunday.

The ride took four hours.`,
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'search-fold-'));
  seeds = join(root, 'seeds');
  out = join(root, 'out');
  mkdirSync(seeds);
  for (const id of ['wn-0068', 'wn-0211'])
    copyFileSync(join(WIKINEWS, `${id}.txt`), join(seeds, `${id}.txt`));
  for (const [id, text] of Object.entries(OWN)) writeFileSync(join(seeds, `${id}.txt`), text);
  const report = await ingestCorpus({
    inputs: [seeds],
    outDir: out,
    cacheDir: join(root, 'cache'),
    threads: 0,
  });
  buildId = report.buildId;
  return () => {
    rmSync(root, { recursive: true, force: true });
  };
}, 120_000);

class BuiltLoader implements DocumentLoader {
  load<K extends ViewDocumentKind>(path: string, kind: K): Promise<Extract<ViewDocument, { kind: K }>> {
    const document: ViewDocument = checkEnvelope(
      JSON.parse(readFileSync(join(out, path), 'utf8')),
      kind,
      buildId,
      path,
    );
    return Promise.resolve(document as Extract<ViewDocument, { kind: K }>);
  }

  loadArticle(id: string): Promise<Article | null> {
    return Promise.resolve(JSON.parse(readFileSync(join(out, 'articles', `${id}.json`), 'utf8')) as Article);
  }
}

const request = (q: string, extra: Partial<Filters> = {}) => ({
  filters: { ...EMPTY_FILTERS, q, ...extra },
  page: 1,
});

async function articleIds(q: string): Promise<string[]> {
  const engine = new QueryEngine(new BuiltLoader(), buildId);
  return (await engine.listArticles(request(q, { sort: 'newest' }))).items.map((a) => a.id).sort();
}

test('lukasz, łukasz and ŁUKASZ find every article naming Łukasz or Lukasz', async () => {
  const expected = ['ascii-lukasz', 'wn-0068', 'wn-0211'];
  for (const q of ['lukasz', 'łukasz', 'ŁUKASZ', 'Łuk', 'luk'])
    expect(await articleIds(q), q).toEqual(expected);
  expect(await articleIds('szumowski łukasz')).toEqual(['wn-0068']);
});

test('strasse and straße find both spellings; aero finds Ærø, oresund Øresund', async () => {
  for (const q of ['strasse', 'straße', 'STRASSE'])
    expect(await articleIds(q), q).toEqual(['ascii-lukasz', 'strasse-sharp']);
  expect(await articleIds('grosse')).toEqual(['strasse-sharp']);
  expect(await articleIds('aero oresund')).toEqual(['aero-island']);
  expect(await articleIds('søren')).toEqual(['aero-island']);
});

test('the snippets mark the original letters', async () => {
  const engine = new QueryEngine(new BuiltLoader(), buildId);
  const list = await engine.listArticles(request('lukasz szumowski'));
  expect(list.items.map((a) => a.id)).toEqual(['wn-0068']);
  const snippet = list.snippets![0]!;
  expect(snippet.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['Łukasz', 'Szumowski']);
  const street = await engine.listArticles(request('strasse'));
  const marks = street.items.map((item, i) => {
    const s = street.snippets![i]!;
    return [item.id, s.ranges.map((r) => s.text.slice(r.start, r.end))];
  });
  expect(Object.fromEntries(marks)).toEqual({ 'ascii-lukasz': ['Strasse'], 'strasse-sharp': ['Straße'] });
});

test('a phrase with such a letter is found whole, in either spelling', async () => {
  const engine = new QueryEngine(new BuiltLoader(), buildId);
  for (const q of ['"lukasz szumowski"', '"Łukasz Szumowski"', '"grosse strasse"']) {
    const list = await engine.listArticles(request(q));
    expect(list.phrase?.count, q).toBe(1);
  }
});

test('/quotes finds a quote by its speaker, spelt either way', async () => {
  const engine = new QueryEngine(new BuiltLoader(), buildId);
  for (const q of ['lukasz szumowski', 'łukasz', 'soren', 'søren ærbæk', 'aerbaek']) {
    const list = await engine.listQuotes(request(q));
    expect(list.total, q).toBeGreaterThan(0);
    for (const quote of list.items) expect(`${quote.speaker}`, q).toMatch(/Łukasz Szumowski|Søren Ærbæk/);
  }
});

test('a rebuild from the cache writes what a build from scratch writes', async () => {
  await ingestCorpus({ inputs: [seeds], outDir: out, cacheDir: join(root, 'cache'), threads: 0 });
  expectSameFolder(snapshot(out), await scratchBuild(seeds));
}, 120_000);

test("a typed σ at a word's end, ς and a capital Σ are one letter, in the index, the query and the marks", async () => {
  for (const q of ['οδοσ', 'οδος', 'οδός', 'ΟΔΟΣ', 'Οδός', 'οδο'])
    expect(await articleIds(q), q).toEqual(['greek-street', 'greek-typed']);
  const engine = new QueryEngine(new BuiltLoader(), buildId);
  for (const q of ['οδοσ', 'ΟΔΟΣ']) {
    const list = await engine.listArticles(request(q, { sort: 'newest' }));
    const marks = list.items.map((item, i) => {
      const s = list.snippets![i]!;
      return [item.id, s.ranges.map((r) => s.text.slice(r.start, r.end))];
    });
    expect(Object.fromEntries(marks), q).toEqual({
      'greek-street': ['ΟΔΟΣ'],
      'greek-typed': ['οδοσ'],
    });
  }
  expect((await engine.listArticles(request('"η οδοσ θα"'))).phrase?.count).toBe(1);
  expect((await engine.listQuotes(request('οδοσ'))).total).toBeGreaterThan(0);
});
