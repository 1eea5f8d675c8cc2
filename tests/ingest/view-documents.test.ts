/**
 * The per-view documents (layout 3) against the layout-2 documents of the same build and the
 * app's own code over them (`src/lib`): what a view reads from `v/<buildId>/` must be what the app
 * computes today from `index.json`, `quotes.json` and `search/`.
 */
import {
  cpSync,
  existsSync,
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
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, test, vi } from 'vitest';
import {
  corpusIndexSchema,
  quoteListSchema,
  searchShardSchema,
  type Article,
  type CorpusIndex,
  type QuoteEntry,
  type Schema,
  type SearchShard,
} from '../../src/contract/schema.ts';
import {
  articleChunkDocumentSchema,
  columnsDocumentSchema,
  quoteOffsetsDocumentSchema,
  quoteFragmentsDocumentSchema,
  renamedSlugsDocumentSchema,
  sourceColumnDocumentSchema,
  currentDocumentSchema,
  metaDocumentSchema,
  organisationDirectoryDocumentSchema,
  organisationDocumentSchema,
  quoteChunkDocumentSchema,
  searchChunkDocumentSchema,
  searchPrefixDocumentSchema,
  searchPairsDocumentSchema,
  speakerDirectoryDocumentSchema,
  speakerDocumentSchema,
  relatedChunkDocumentSchema,
  quoteGroupsDocumentSchema,
} from '../../src/contract/view-schemas.ts';
import {
  checkEnvelope,
  decodeDeltas,
  TOP_FACETS,
  viewPaths,
  type ArticleChunkDocument,
  type MetaDocument,
  type QuoteChunkDocument,
  type QuoteRow,
  type SearchIndexName,
  type ViewDocumentKind,
  VIEW_DATA_VERSION,
} from '../../src/contract/views.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { pairShard } from '../../src/contract/search-pairs.ts';
import { holdsPhrases } from '../domain/reference/phrases.ts';
import { ALL_SHARD_KEYS } from '../../src/ingest/corpus/search-shards.ts';
import {
  chunkStarts,
  compareTerms,
  crossingPrefixes,
  searchDocumentFor,
} from '../../src/ingest/corpus/view-documents/search-index.ts';
import { analyseArticles, bodyPositionsForWord, facetRows } from '../domain/reference/article-filters.ts';
import { corpusLookups } from '../domain/reference/corpus-lookups.ts';
import { organisationActivity } from '../domain/reference/organisation-stats.ts';
import { analyseQuotes } from '../domain/reference/quote-filters.ts';
import { termsMatchAllWords, termsOf } from '../../src/lib/text-match.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared');
const WIKINEWS = join(SHARED, 'corpus/wikinews');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

interface Built {
  out: string;
  buildId: string;
  index: CorpusIndex;
  quotes: QuoteEntry[];
  shards: Map<string, SearchShard>;
  doc: <K extends ViewDocumentKind>(path: string, kind: K) => ReturnType<typeof checkEnvelope<K>>;
}

let built: Built;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'view-documents-'));
  const report = await ingestCorpus({
    inputs: [WIKINEWS, join(ROOT, 'seeds')],
    outDir: out,
    cacheDir: null,
    // Worker threads cannot load TypeScript under vitest.
    threads: 0,
  });
  expect(report.articlesBuilt).toBeGreaterThan(300);
  const index = corpusIndexSchema.parse(readJson(join(out, 'index.json')));
  expect(report.buildId).toBe(index.buildId);
  const shards = new Map(
    ALL_SHARD_KEYS.map((key) => [key, searchShardSchema.parse(readJson(join(out, 'search', `${key}.json`)))]),
  );
  built = {
    out,
    buildId: report.buildId,
    index,
    quotes: quoteListSchema.parse(readJson(join(out, 'quotes.json'))),
    shards,
    doc: (path, kind) => checkEnvelope(readJson(join(out, path)), kind, report.buildId, path),
  };
  return () => {
    rmSync(out, { recursive: true, force: true });
  };
});

/** Article number of index position p, and back (the same map both ways). */
const numberOf = (position: number): number => built.index.articles.length - 1 - position;

/** Every quote of quotes.json with its number: article-number order, then reading order. */
function quoteNumbers(): Map<QuoteEntry, number> {
  const position = corpusLookups(built.index).positionById;
  const ordered = built.quotes
    .map((quote, row) => ({ quote, row, article: numberOf(position.get(quote.articleId)!) }))
    .sort((a, b) => a.article - b.article || a.row - b.row);
  return new Map(ordered.map(({ quote }, number) => [quote, number]));
}

const rowOf = (quote: QuoteEntry): QuoteRow => {
  const row: Partial<QuoteEntry> = { ...quote };
  delete row.organisations;
  return row as QuoteRow;
};

function meta(): MetaDocument {
  return built.doc(viewPaths.meta(built.buildId), 'meta');
}

test('current.json names the build, and every document is valid under its schema', () => {
  expect(readJson(join(built.out, viewPaths.current()))).toEqual({
    version: VIEW_DATA_VERSION,
    kind: 'current',
    buildId: built.buildId,
  });
  const schemas: Record<ViewDocumentKind, Schema<unknown>> = {
    meta: metaDocumentSchema,
    'search-chunk': searchChunkDocumentSchema,
    'search-prefix': searchPrefixDocumentSchema,
    'search-pairs': searchPairsDocumentSchema,
    'article-chunk': articleChunkDocumentSchema,
    'quote-chunk': quoteChunkDocumentSchema,
    'organisation-directory': organisationDirectoryDocumentSchema,
    'speaker-directory': speakerDirectoryDocumentSchema,
    columns: columnsDocumentSchema,
    'source-column': sourceColumnDocumentSchema,
    'quote-offsets': quoteOffsetsDocumentSchema,
    'quote-fragments': quoteFragmentsDocumentSchema,
    organisation: organisationDocumentSchema,
    speaker: speakerDocumentSchema,
    'related-chunk': relatedChunkDocumentSchema,
    'quote-groups': quoteGroupsDocumentSchema,
    'renamed-slugs': renamedSlugsDocumentSchema,
    current: currentDocumentSchema,
  };
  const root = join(built.out, viewPaths.root(built.buildId));
  let count = 0;
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const value = readJson(join(e.parentPath, e.name)) as { kind: ViewDocumentKind };
    const result = schemas[value.kind].safeParse(value);
    expect(result.success, relative(root, join(e.parentPath, e.name))).toBe(true);
    count++;
  }
  expect(count).toBeGreaterThan(100);
});

test('article chunks hold the index summaries in number order, with their organisations named', () => {
  const { index, buildId } = built;
  const n = index.articles.length;
  const chunks: ArticleChunkDocument[] = [];
  for (let k = 0; k * 32 < n; k++)
    chunks.push(built.doc(viewPaths.articleChunk(buildId, k), 'article-chunk'));
  expect(existsSync(join(built.out, viewPaths.articleChunk(buildId, chunks.length)))).toBe(false);
  expect(chunks.map((c) => c.first)).toEqual(chunks.map((_, k) => 32 * k));
  expect(chunks.flatMap((c) => c.summaries)).toEqual(index.articles.slice().reverse());
  const lookups = corpusLookups(index);
  for (const chunk of chunks)
    for (const slug of chunk.summaries.flatMap((s) => s.organisations))
      expect(chunk.organisationNames[slug]).toBe(lookups.organisationName(slug));
  expect(meta().articleCount).toBe(n);
});

test('quote chunks hold every quote row in number order', () => {
  const numbers = quoteNumbers();
  const expected = [...numbers].sort((a, b) => a[1] - b[1]).map(([quote]) => rowOf(quote));
  const rows: QuoteRow[] = [];
  for (let k = 0; k * 32 < expected.length; k++) {
    const chunk: QuoteChunkDocument = built.doc(viewPaths.quoteChunk(built.buildId, k), 'quote-chunk');
    expect(chunk.first).toBe(32 * k);
    rows.push(...chunk.quotes);
  }
  expect(rows).toEqual(expected);
  expect(meta().quoteCount).toBe(expected.length);
});

test('meta.json: sources, days and the unfiltered facet rows are those the app computes', () => {
  const { index, quotes } = built;
  const lookups = corpusLookups(index);
  const m = meta();
  expect(m.sources).toEqual(index.sources);
  const days = new Map<string, number>();
  for (const a of index.articles) days.set(a.date, (days.get(a.date) ?? 0) + 1);
  const sortedDays = [...days.keys()].sort();
  expect(m.days).toEqual(sortedDays);
  expect(m.dayCounts).toEqual(sortedDays.map((d) => days.get(d)));
  const articles = analyseArticles(index, EMPTY_FILTERS, null);
  const quoteAnalysis = analyseQuotes(quotes, index, EMPTY_FILTERS, []);
  const top = (counts: ReadonlyMap<string, number>, names: (slug: string) => string) =>
    facetRows(counts, names, []).slice(0, TOP_FACETS);
  expect(m.top).toEqual({
    articleOrganisations: top(articles.organisationCounts, lookups.organisationName),
    quoteOrganisations: top(quoteAnalysis.organisationCounts, lookups.organisationName),
    quoteSources: top(quoteAnalysis.sourceCounts, lookups.sourceName),
    quoteSpeakers: top(quoteAnalysis.speakerCounts, lookups.speakerName),
  });
  expect(m.top.articleOrganisations.length).toBeGreaterThan(10);
  expect(m.organisationCount).toBe(index.organisations.length);
  expect(m.speakerCount).toBe(index.speakers.length);
});

test('organisation documents: the org filter’s articles, and the page’s timeline and latest items', () => {
  const { index, quotes, buildId } = built;
  const lookups = corpusLookups(index);
  let withDescendants = 0;
  for (const org of index.organisations) {
    const doc = built.doc(viewPaths.organisation(buildId, org.slug), 'organisation');
    const filtered = analyseArticles(index, { ...EMPTY_FILTERS, orgs: [org.slug] }, null).results;
    const position = lookups.positionById;
    const expected = filtered.map((a) => numberOf(position.get(a.id)!)).sort((a, b) => a - b);
    expect(Array.from(decodeDeltas(doc.articles)), org.slug).toEqual(expected);
    const activity = organisationActivity(index, quotes, org.slug);
    expect(doc.organisation).toEqual(org);
    expect(doc.quoteCount).toBe(activity.quotes.length);
    expect(doc.granularity).toBe(activity.granularity);
    expect(doc.timeline).toEqual(activity.timeline);
    expect(doc.latestArticles).toEqual(activity.articles.slice(0, 10));
    expect(doc.latestQuotes).toEqual(activity.quotes.slice(0, 10).map(rowOf));
    expect(doc.parentName).toBe(org.parent === null ? null : lookups.organisationName(org.parent));
    expect(doc.children.map((c) => c.slug)).toEqual(lookups.childrenOf.get(org.slug) ?? []);
    // Below the children, whatever else it includes (the filter's reason to mark a card's chip).
    const below = index.organisations
      .map((other) => other.slug)
      .filter(
        (slug) =>
          slug !== org.slug &&
          lookups.selfAndDescendants(org.slug).has(slug) &&
          !doc.children.some((child) => child.slug === slug),
      );
    expect(doc.descendants ?? [], org.slug).toEqual(below);
    if (below.length > 0) withDescendants++;
  }
  // The corpus has an organisation with a grandparent, so the check above checks something.
  expect(withDescendants).toBeGreaterThan(0);
  const directory = built.doc(viewPaths.organisations(buildId), 'organisation-directory');
  expect(directory.organisations).toEqual(
    index.organisations.map(({ slug, name, aliases, parent }) => ({ slug, name, aliases, parent })),
  );
});

test('speaker documents: the speaker filter’s quotes, roles and latest quotes', () => {
  const { index, quotes, buildId } = built;
  const numbers = quoteNumbers();
  for (const speaker of index.speakers) {
    const doc = built.doc(viewPaths.speaker(buildId, speaker.slug), 'speaker');
    const results = analyseQuotes(quotes, index, { ...EMPTY_FILTERS, speaker: speaker.slug }, []).results;
    expect(Array.from(decodeDeltas(doc.quotes)), speaker.slug).toEqual(
      results.map((q) => numbers.get(q)!).sort((a, b) => a - b),
    );
    expect(doc.latestQuotes).toEqual(results.slice(0, 10).map(rowOf));
    const roles = new Map<string, number>();
    for (const q of results) if (q.role !== null) roles.set(q.role, (roles.get(q.role) ?? 0) + 1);
    expect(new Map(doc.roles.map((r) => [r.role, r.count]))).toEqual(roles);
    expect(doc.roles.map((r) => r.count)).toEqual(doc.roles.map((r) => r.count).sort((a, b) => b - a));
    // A speaker is an organisation when the corpus has one by that slug, name or alias.
    const isOrganisation = index.organisations.some(
      (org) =>
        org.slug === speaker.slug ||
        [org.name, ...org.aliases].some((n) => n.toLowerCase() === speaker.name.toLowerCase()),
    );
    expect(doc.speakerKind, speaker.slug).toBe(isOrganisation ? 'organisation' : 'person');
    const articles = new Set(results.map((q) => q.articleId));
    for (const org of doc.organisations)
      expect(org.count).toBe(
        [...articles].filter((id) =>
          index.articles.find((a) => a.id === id)!.organisations.includes(org.slug),
        ).length,
      );
  }
  const directory = built.doc(viewPaths.speakers(buildId), 'speaker-directory');
  expect(directory.speakers).toEqual(index.speakers.map(({ slug, name }) => ({ slug, name })));
});

test('the columns: each article’s source, own organisations and quotes; each quote’s speaker', () => {
  const { index, buildId } = built;
  const columns = {
    ...built.doc(viewPaths.columns(buildId), 'columns'),
    ...built.doc(viewPaths.sourceColumn(buildId), 'source-column'),
    ...built.doc(viewPaths.quoteOffsets(buildId), 'quote-offsets'),
  };
  const articles = index.articles.slice().reverse();
  const orgOffsets = decodeDeltas(columns.organisationOffsets);
  const quoteOffsets = decodeDeltas(columns.quoteOffsets);
  const orgId = new Map(index.organisations.map((o, i) => [o.slug, i]));
  const numbers = quoteNumbers();
  const speakerOf = new Array<number>(numbers.size);
  for (const [quote, q] of numbers)
    speakerOf[q] =
      quote.speakerSlug === null ? 0 : index.speakers.findIndex((s) => s.slug === quote.speakerSlug) + 1;
  articles.forEach((article, n) => {
    expect(index.sources[columns.articleSource[n]!]!.slug).toBe(article.sourceSlug);
    expect(columns.articleOrganisations.slice(orgOffsets[n], orgOffsets[n + 1])).toEqual(
      article.organisations.map((slug) => orgId.get(slug)!).sort((a, b) => a - b),
    );
    expect(quoteOffsets[n + 1]! - quoteOffsets[n]!).toBe(article.quoteCount);
  });
  expect(columns.quoteSpeaker).toEqual(speakerOf);
});

/** The postings of a word as an engine would fetch them: one prefix document or one chunk. */
function lookUp(index: SearchIndexName, word: string): number[] {
  const directory = meta().search[index];
  const where = searchDocumentFor(directory, word);
  if (where === null) return [];
  if ('prefix' in where) {
    const doc = built.doc(viewPaths.searchPrefix(built.buildId, index, where.prefix), 'search-prefix');
    expect(doc.prefix).toBe(word);
    return Array.from(decodeDeltas(doc.postings));
  }
  const chunk = built.doc(viewPaths.searchChunk(built.buildId, index, where.chunk), 'search-chunk');
  const found = new Set<number>();
  chunk.terms.forEach((term, i) => {
    if (term.startsWith(word)) for (const n of decodeDeltas(chunk.postings[i]!)) found.add(n);
  });
  return [...found].sort((a, b) => a - b);
}

/** Query words to try: every term's first two and three letters, some whole terms, some misses. */
function sampleWords(terms: readonly string[]): string[] {
  const words = new Set<string>(['zzzzqx', 'aa', '00']);
  terms.forEach((term, i) => {
    words.add(term.slice(0, 2));
    if (term.length >= 3) words.add(term.slice(0, 3));
    if (i % 7 === 0) words.add(term);
  });
  return [...words].filter((w) => w.length >= 2);
}

test('article search: every word finds, in one document, the articles the app finds (body or headline)', () => {
  const { index, shards } = built;
  const n = index.articles.length;
  const terms = [...shards.values()].flatMap((shard) => Object.keys(shard));
  const directory = meta().search.articles;
  expect(directory.chunkStarts.length).toBeGreaterThan(1);
  expect(directory.prefixes.length).toBeGreaterThan(0);
  for (const word of sampleWords(terms)) {
    const positions = bodyPositionsForWord(word, shards, n);
    index.articles.forEach((a, p) => {
      if (termsOf(a.headline).some((t) => t.startsWith(word))) positions.add(p);
    });
    expect(lookUp('articles', word), word).toEqual([...positions].map(numberOf).sort((a, b) => a - b));
  }
});

test('quote search: every word finds, in one document, the quotes the app finds', () => {
  const numbers = quoteNumbers();
  const termsOfQuote = new Map(
    [...numbers.keys()].map((q) => [
      q,
      termsOf([q.text, q.speaker ?? '', q.role ?? '', q.headline].join(' ')),
    ]),
  );
  const allTerms = [...new Set([...termsOfQuote.values()].flat())];
  for (const word of sampleWords(allTerms)) {
    const expected = analyseQuotes(built.quotes, built.index, EMPTY_FILTERS, [word]).results.map((q) =>
      numbers.get(q)!,
    );
    // The app's search is `termsMatchAllWords` over the same terms.
    expect(expected.length).toBe(
      [...termsOfQuote.values()].filter((terms) => termsMatchAllWords(terms, [word])).length,
    );
    expect(lookUp('quotes', word), word).toEqual(expected.sort((a, b) => a - b));
  }
});

test('chunk boundaries: the terms starting with any word lie in one chunk, or the word has a prefix document', () => {
  const term = fc.stringMatching(/^[a-dé\u{1F600}0-1]{1,7}$/u);
  fc.assert(
    fc.property(
      fc.uniqueArray(term, { minLength: 1, maxLength: 80 }),
      fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 80, maxLength: 80 }),
      fc.integer({ min: 1, max: 120 }),
      fc.array(fc.stringMatching(/^[a-dé\u{1F600}0-1]{2,5}$/u), { maxLength: 20 }),
      (unsorted, sizes, limit, randomWords) => {
        const terms = unsorted.slice().sort(compareTerms);
        const starts = chunkStarts(
          terms.map((_, i) => sizes[i]!),
          limit,
        );
        const prefixes = crossingPrefixes(terms, starts);
        const directory = { chunkStarts: starts.map((s) => terms[s]!), prefixes };
        const chunkOf = (i: number): number => starts.filter((s) => s <= i).length - 1;
        // Query words are whole terms of a query: never a split surrogate pair.
        const prefixesOfTerms = terms.flatMap((t) =>
          Array.from({ length: t.length - 1 }, (_, i) => t.slice(0, i + 2)),
        );
        for (const word of [...prefixesOfTerms, ...randomWords]) {
          if (/[\ud800-\udbff]$/.test(word)) continue;
          const matching = terms.flatMap((t, i) => (t.startsWith(word) ? [i] : []));
          const chunks = new Set(matching.map(chunkOf));
          expect(chunks.size <= 1 || prefixes.includes(word), word).toBe(true);
          // And the engine's rule picks the document that has them all.
          const where = searchDocumentFor(directory, word);
          if ('prefix' in (where ?? {})) expect(chunks.size).toBeGreaterThan(1);
          else if (matching.length > 0) expect(where).toEqual({ chunk: [...chunks][0] });
        }
      },
    ),
    { numRuns: 300 },
  );
});

/** Every file under a folder, path → text. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile())
      files.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8'));
  return files;
}

test('a rebuild writes the same v/<id> as a build from scratch, keeps the previous build and removes older ones', async () => {
  const root = mkdtempSync(join(tmpdir(), 'view-rebuild-'));
  const seeds = join(root, 'seeds');
  const out = join(root, 'out');
  const cache = join(root, 'cache');
  mkdirSync(seeds);
  for (let i = 0; i < 6; i++) writeFileSync(join(seeds, `story-${i}.txt`), generateArticle(i, 3));
  const build = (outDir = out) => ingestCorpus({ inputs: [seeds], outDir, cacheDir: cache });
  const edit = (i: number, variant: number, secondsAhead: number) => {
    const path = join(seeds, `story-${i}.txt`);
    writeFileSync(path, generateArticle(i + 100 * variant, 4));
    const t = new Date(Date.now() + secondsAhead * 1000);
    utimesSync(path, t, t);
  };
  try {
    const first = await build();
    edit(2, 1, 10);
    const second = await build();
    // Folders a build that stopped half-way left: its temporary folder, and an older build's
    // folder it had renamed to remove. The next build that writes a folder removes them.
    for (const left of ['.0123456789abcdef.4242.tmp', '.retired-4242.a1b2c3'])
      writeFileSync(join(mkdirSync(join(out, 'v', left, 'quotes'), { recursive: true })!, '0.json'), '{}');
    edit(4, 2, 20);
    const third = await build();
    expect(new Set([first.buildId, second.buildId, third.buildId]).size).toBe(3);
    expect(readdirSync(join(out, 'v')).sort()).toEqual([second.buildId, third.buildId].sort());
    expect(readJson(join(out, 'current.json'))).toMatchObject({ buildId: third.buildId });

    const scratch = join(root, 'scratch');
    await ingestCorpus({ inputs: [seeds], outDir: scratch, cacheDir: null });
    expect(snapshot(join(out, 'v', third.buildId))).toEqual(snapshot(join(scratch, 'v', third.buildId)));

    // Nothing changed: nothing is written, not even current.json.
    const before = statSync(join(out, 'current.json')).mtimeMs;
    const copy = join(root, 'copy');
    cpSync(join(out, 'v'), copy, { recursive: true });
    const fourth = await build();
    expect(fourth.buildId).toBe(third.buildId);
    expect(statSync(join(out, 'current.json')).mtimeMs).toBe(before);
    expect(snapshot(join(out, 'v'))).toEqual(snapshot(copy));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the phrase index lists, for a pair, exactly the articles and quotes that say its words in a row', () => {
  const { index, buildId } = built;
  const directory = meta().search;
  expect(directory.articles.pairShards).toBeGreaterThan(0);
  expect(directory.quotes.pairShards).toBeGreaterThan(0);
  const numbered = index.articles.slice().reverse();
  const fields = numbered.map((summary) => {
    const article = readJson(join(built.out, 'articles', `${summary.id}.json`)) as Article;
    return [article.headline, ...article.paragraphs];
  });
  const byQuote = quoteNumbers();
  const quoteFields: string[][] = [];
  for (const [quote, q] of byQuote)
    quoteFields[q] = [quote.text, quote.speaker ?? '', quote.role ?? '', quote.headline];
  const postingsOf = (name: 'articles' | 'quotes', pair: string): number[] => {
    const shards = directory[name].pairShards!;
    const document = built.doc(viewPaths.searchPairs(buildId, name, pairShard(pair, shards)), 'search-pairs');
    const at = document.pairs.indexOf(pair);
    return at < 0 ? [] : Array.from(decodeDeltas(document.postings[at]!));
  };
  // Common and rare pairs, and one that is no pair of the corpus.
  for (const pair of ['prime minister', 'the united', 'said the', 'of the', 'zebra quantum']) {
    const phrase = [pair.split(' ')];
    const articles = fields.flatMap((f, n) => (holdsPhrases(f, phrase) ? [n] : []));
    expect(postingsOf('articles', pair), pair).toEqual(articles);
    const quotes = quoteFields.flatMap((f, q) => (holdsPhrases(f, phrase) ? [q] : []));
    expect(postingsOf('quotes', pair), pair).toEqual(quotes);
  }
});
