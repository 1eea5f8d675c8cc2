/**
 * Micro-benchmark of the query engine (src/lib/engine) at 100,000 articles. Not a test: prints
 * figures. Cold: a new engine per run (nothing cached), timed to the first result and to the
 * facets, with the documents and gzipped bytes it loaded. Warm: the same query again on an
 * engine that holds its documents, the cost of a filter change whose documents are cached.
 *
 *   node --import tsx scripts/bench/bench-engine.ts [ARTICLES]
 *   node --import tsx scripts/bench/bench-engine.ts --dir DATA_DIR
 *
 * Without `--dir` the layout is built in memory by the tests' fixture builder from a synthetic
 * corpus; with it, documents are read from a built data folder (`data/`, the live build).
 * Documents are served as JSON text and parsed per load, as `fetch` would; no network latency.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Article } from '../../src/contract/schema.ts';
import type { ViewDocument, ViewDocumentKind } from '../../src/contract/views.ts';
import { viewPaths } from '../../src/contract/views.ts';
import { QueryEngine } from '../../src/lib/engine/query-engine.ts';
import type { DocumentLoader } from '../../src/lib/engine/types.ts';
import { DocumentNotFound } from '../../src/lib/engine/types.ts';
import type { Filters } from '../../src/lib/urls.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import type { CorpusSpec } from '../../tests/domain/engine-fixture.ts';
import { buildLayout, corpusFromSpec } from '../../tests/domain/engine-fixture.ts';

/** Serves JSON text by path and counts what each engine loaded. */
class TextLoader implements DocumentLoader {
  loaded: string[] = [];
  private readonly gzipped = new Map<string, number>();
  constructor(private readonly text: (path: string) => string | null) {}

  load<K extends ViewDocumentKind>(path: string, kind: K): Promise<Extract<ViewDocument, { kind: K }>> {
    this.loaded.push(path);
    const body = this.text(path);
    if (body === null) return Promise.reject(new DocumentNotFound(path));
    const document = JSON.parse(body) as ViewDocument;
    if (document.kind !== kind) return Promise.reject(new Error(`${path} is not a ${kind} document`));
    return Promise.resolve(document as Extract<ViewDocument, { kind: K }>);
  }

  loadArticle(): Promise<Article | null> {
    return Promise.resolve(null);
  }

  /** Gzipped bytes of the documents loaded since the last call. */
  take(): { documents: number; gzipBytes: number } {
    let gzipBytes = 0;
    for (const path of this.loaded) {
      let size = this.gzipped.get(path);
      if (size === undefined) {
        size = gzipSync(this.text(path) ?? '').length;
        this.gzipped.set(path, size);
      }
      gzipBytes += size;
    }
    const documents = this.loaded.length;
    this.loaded = [];
    return { documents, gzipBytes };
  }
}

// ---- A synthetic corpus ----

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticSpec(articleCount: number): CorpusSpec {
  const rand = random(42);
  /** Zipf-like: small indices far more often. */
  const skewed = (n: number) => Math.min(n - 1, Math.floor(n * rand() ** 3));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const vocabulary = Array.from({ length: 30_000 }, () => {
    let word = '';
    const length = 3 + Math.floor(rand() * 7);
    for (let i = 0; i < length; i++) word += letters.charAt(Math.floor(rand() * 26));
    return word;
  });
  const text = (count: number) =>
    Array.from({ length: count }, () => vocabulary[skewed(vocabulary.length)]!).join(' ');
  const organisations = Array.from({ length: 2000 }, (_, i) => ({
    slug: `org-${i}`,
    name: `${text(2)} ${i}`,
    parent: i >= 50 && rand() < 0.5 ? `org-${Math.floor(rand() * Math.min(i, 400))}` : null,
  }));
  const sources = Array.from({ length: 40 }, (_, i) => ({ slug: `source-${i}`, name: `${text(1)} ${i}` }));
  const speakers = Array.from({ length: 5000 }, (_, i) => ({
    slug: `speaker-${i}`,
    name: `${text(2)} ${i}`,
  }));
  const start = Date.UTC(2022, 0, 1);
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    id: `a${i}`,
    date: new Date(start + Math.floor(rand() * 1000) * 86_400_000).toISOString().slice(0, 10),
    source: `source-${skewed(40)}`,
    organisations: [...new Set(Array.from({ length: Math.floor(rand() * 5) }, () => `org-${skewed(2000)}`))],
    headline: text(8),
    body: text(80),
    quotes: Array.from({ length: Math.floor(rand() * 7) }, () => ({
      text: text(12),
      speaker: rand() < 0.8 ? `speaker-${skewed(5000)}` : null,
      role: null,
    })),
  }));
  return { organisations, sources, speakers, articles };
}

// ---- Measuring ----

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

interface Scenario {
  name: string;
  view: 'articles' | 'quotes';
  filters: Partial<Filters>;
  page?: number;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let text: (path: string) => string | null;
  let buildId: string;
  const dirAt = args.indexOf('--dir');
  if (dirAt >= 0) {
    const dir = args[dirAt + 1]!;
    buildId = (JSON.parse(readFileSync(join(dir, 'current.json'), 'utf8')) as { buildId: string }).buildId;
    text = (path) => {
      try {
        return readFileSync(join(dir, path), 'utf8');
      } catch {
        return null;
      }
    };
    console.log(`data folder ${dir}, build ${buildId}`);
  } else {
    const count = Number(args[0] ?? 100_000);
    let started = performance.now();
    const corpus = corpusFromSpec(syntheticSpec(count));
    console.log(
      `corpus of ${count} articles, ${corpus.quotes.length} quotes: ${(performance.now() - started).toFixed(0)} ms`,
    );
    started = performance.now();
    const layout = buildLayout(corpus, { chunkTerms: 48 });
    const texts = new Map<string, string>();
    for (const [path, document] of layout.documents) texts.set(path, JSON.stringify(document));
    console.log(`layout: ${texts.size} documents, ${(performance.now() - started).toFixed(0)} ms`);
    buildId = layout.buildId;
    text = (path) => texts.get(path) ?? null;
  }

  // Pick filter values from the data: the biggest organisation, source and speaker, a mid one.
  const meta = JSON.parse(text(viewPaths.meta(buildId))!) as Extract<ViewDocument, { kind: 'meta' }>;
  const topOrg = meta.top.articleOrganisations[0]!.slug;
  const midOrg = meta.top.articleOrganisations[Math.min(40, meta.top.articleOrganisations.length - 1)]!.slug;
  const topSource = [...meta.sources].sort((a, b) => b.count - a.count)[0]!.slug;
  const topSpeaker = meta.top.quoteSpeakers[0]!.slug;
  const midSpeaker = meta.top.quoteSpeakers[Math.min(40, meta.top.quoteSpeakers.length - 1)]!.slug;
  const commonWord = meta.search.articles.chunkStarts[
    Math.floor(meta.search.articles.chunkStarts.length / 3)
  ]!.slice(0, 3);
  const rareWord = meta.search.articles.chunkStarts[Math.floor(meta.search.articles.chunkStarts.length / 2)]!;
  const days = meta.days;
  const month = { from: days[Math.floor(days.length / 2)]!, to: days[Math.floor(days.length / 2) + 30]! };
  console.log(
    `meta: ${meta.articleCount} articles, ${meta.quoteCount} quotes; meta.json ${gzipSync(text(viewPaths.meta(buildId))!).length} B gz; columns.json ${gzipSync(text(viewPaths.columns(buildId))!).length} B gz`,
  );

  const scenarios: Scenario[] = [
    { name: 'no filter', view: 'articles', filters: {} },
    { name: `q=${commonWord} (prefix)`, view: 'articles', filters: { q: commonWord } },
    { name: `q=${rareWord}`, view: 'articles', filters: { q: rareWord } },
    { name: `q=two words`, view: 'articles', filters: { q: `${commonWord} ${rareWord.slice(0, 4)}` } },
    { name: `org=${topOrg} (largest)`, view: 'articles', filters: { orgs: [topOrg] } },
    { name: `org=${midOrg}`, view: 'articles', filters: { orgs: [midOrg] } },
    { name: `source=${topSource}`, view: 'articles', filters: { source: topSource } },
    { name: 'date: a month', view: 'articles', filters: month },
    { name: `org+q`, view: 'articles', filters: { orgs: [topOrg], q: commonWord } },
    { name: 'paging: page 50', view: 'articles', filters: {}, page: 50 },
    { name: 'paging: page 4000 (last)', view: 'articles', filters: {}, page: 4000 },
    { name: 'quotes: no filter', view: 'quotes', filters: {} },
    { name: `quotes: speaker=${topSpeaker}`, view: 'quotes', filters: { speaker: topSpeaker } },
    { name: `quotes: speaker=${midSpeaker}`, view: 'quotes', filters: { speaker: midSpeaker } },
    { name: `quotes: q=${commonWord}`, view: 'quotes', filters: { q: commonWord } },
    { name: 'quotes: date + org', view: 'quotes', filters: { ...month, orgs: [topOrg] } },
  ];

  console.log('\ncold (new engine; first result, then facets):');
  for (const scenario of scenarios) {
    const filters = { ...EMPTY_FILTERS, ...scenario.filters };
    const samples: number[] = [];
    const facetSamples: number[] = [];
    let first = { documents: 0, gzipBytes: 0 };
    let facets = { documents: 0, gzipBytes: 0 };
    for (let run = 0; run < 5; run++) {
      const loader = new TextLoader(text);
      const engine = new QueryEngine(loader, buildId);
      const request = { filters, page: scenario.page ?? 1 };
      const ms = await time(() =>
        scenario.view === 'articles' ? engine.listArticles(request) : engine.listQuotes(request),
      );
      samples.push(ms);
      first = loader.take();
      const facetMs = await time(() =>
        scenario.view === 'articles' ? engine.articleFacets(filters) : engine.quoteFacets(filters),
      );
      facetSamples.push(facetMs);
      facets = loader.take();
    }
    console.log(
      `  ${scenario.name.padEnd(34)} first result ${stats(samples)} (${first.documents} docs, ${(first.gzipBytes / 1024).toFixed(0)} KB gz); facets +${stats(facetSamples)} (+${facets.documents} docs, ${(facets.gzipBytes / 1024).toFixed(0)} KB gz)`,
    );
  }

  console.log('\nwarm (documents cached; list + facets recomputed, 40 runs each):');
  const loader = new TextLoader(text);
  const warm = new QueryEngine(loader, buildId);
  const all: number[] = [];
  for (const scenario of scenarios) {
    const filters = { ...EMPTY_FILTERS, ...scenario.filters };
    const request = { filters, page: scenario.page ?? 1 };
    const once = (): Promise<unknown> =>
      scenario.view === 'articles'
        ? Promise.all([warm.listArticles(request), warm.articleFacets(filters)])
        : Promise.all([warm.listQuotes(request), warm.quoteFacets(filters)]);
    await once();
    const listSamples: number[] = [];
    const bothSamples: number[] = [];
    for (let run = 0; run < 40; run++) {
      const listMs = await time(() =>
        scenario.view === 'articles' ? warm.listArticles(request) : warm.listQuotes(request),
      );
      listSamples.push(listMs);
      const ms = await time(once);
      bothSamples.push(ms);
    }
    all.push(...bothSamples);
    console.log(
      `  ${scenario.name.padEnd(34)} list ${stats(listSamples)}; list + facets ${stats(bothSamples)}`,
    );
  }
  console.log(`  every warm list + facets: ${stats(all)}`);
}

await main();
