/**
 * Test-only: the documents of layout 3 built in memory, by the plainest means, from a corpus
 * as layout 2 has it (`CorpusIndex`, `quotes.json`'s rows, each article's body terms). It is
 * independent of the real build, so the engine is checked against the contract, not against
 * another implementation. Search chunks hold a handful of terms each, so chunk boundaries and
 * prefix documents occur even in small corpora.
 */
import type {
  Article,
  ArticleSummary,
  CorpusIndex,
  QuoteEntry,
  SearchShard,
} from '../../src/contract/schema.ts';
import { searchShardKey, searchTerms } from '../../src/contract/schema.ts';
import type {
  FacetRow,
  QuoteRow,
  SearchDirectory,
  ViewDocument,
  ViewDocumentKind,
} from '../../src/contract/views.ts';
import {
  ARTICLE_CHUNK_SIZE,
  encodeDeltas,
  QUOTE_CHUNK_SIZE,
  TOP_FACETS,
  VIEW_DATA_VERSION,
  viewPaths,
} from '../../src/contract/views.ts';
import { analyseArticles, expandedOrganisations, facetRows } from './reference/article-filters.ts';
import { corpusLookups } from './reference/corpus-lookups.ts';
import type { DocumentLoader, EngineMeta, LoadOptions } from '../../src/lib/engine/types.ts';
import type { MetaDocument } from '../../src/contract/views.ts';
import { DocumentNotFound } from '../../src/lib/engine/types.ts';
import { isSubstantive } from '../../src/contract/quote-substance.ts';
import { analyseQuotes } from './reference/quote-filters.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import { BM25, encodeImpacts, termImpact } from '../../src/contract/search-ranking.ts';
import { pairShard } from '../../src/contract/search-pairs.ts';

// ---- A corpus from a short description ----

export interface CorpusSpec {
  organisations: { slug: string; name: string; parent: string | null; aliases?: string[] }[];
  sources: { slug: string; name: string }[];
  speakers: { slug: string; name: string }[];
  /** In any order; the index sorts them newest first (on one day, the greater id first). */
  articles: {
    id: string;
    date: string;
    source: string;
    organisations: string[];
    headline: string;
    body: string;
    quotes: { text: string; speaker: string | null; role: string | null }[];
  }[];
}

export interface Corpus {
  index: CorpusIndex;
  /** As `quotes.json`: newest article first, reading order within an article. */
  quotes: QuoteEntry[];
  /** Each article's body terms, by id. */
  bodyTerms: Map<string, string[]>;
  /** Each article's fields a phrase is looked for in (headline, body), by id. */
  phraseFields: Map<string, string[]>;
}

export function corpusFromSpec(spec: CorpusSpec): Corpus {
  const sorted = [...spec.articles].sort((a, b) =>
    a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1,
  );
  const sourceName = new Map(spec.sources.map((s) => [s.slug, s.name]));
  const speakerName = new Map(spec.speakers.map((s) => [s.slug, s.name]));
  const articles: ArticleSummary[] = sorted.map((a) => ({
    id: a.id,
    date: a.date,
    source: sourceName.get(a.source)!,
    sourceSlug: a.source,
    headline: a.headline,
    excerpt: '',
    wordCount: 0,
    readingMinutes: 1,
    dir: 'ltr',
    quoteCount: a.quotes.length,
    organisations: a.organisations,
    speakers: [...new Set(a.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))],
  }));
  const quotes: QuoteEntry[] = sorted.flatMap((a) =>
    a.quotes.map((q, i) => ({
      anchor: `quote-${i + 1}`,
      text: q.text,
      speaker: q.speaker === null ? null : speakerName.get(q.speaker)!,
      speakerSlug: q.speaker,
      role: q.role,
      rule: q.speaker === null ? ('none' as const) : ('adjacent' as const),
      articleId: a.id,
      date: a.date,
      headline: a.headline,
      sourceSlug: a.source,
      organisations: a.organisations,
    })),
  );
  const sourceCounts = tally(spec.articles.map((a) => a.source));
  const speakerCounts = tally(quotes.map((q) => q.speakerSlug));
  const index: CorpusIndex = {
    version: 2,
    buildId: 'spec',
    articles,
    organisations: spec.organisations.map((o) => ({ ...o, aliases: o.aliases ?? [], articleCount: 0 })),
    sources: spec.sources.map((s) => ({ ...s, count: sourceCounts.get(s.slug) ?? 0 })),
    speakers: spec.speakers.map((s) => ({
      ...s,
      count: speakerCounts.get(s.slug) ?? 0,
    })),
  };
  return {
    index,
    quotes,
    bodyTerms: new Map(spec.articles.map((a) => [a.id, searchTerms(a.body)])),
    phraseFields: new Map(spec.articles.map((a) => [a.id, [a.headline, a.body]])),
  };
}

function tally(values: readonly (string | null)[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The layout-2 search shards of the body terms, for `prepareArticleQuery`. */
export function referenceShards(corpus: Corpus): Map<string, SearchShard> {
  const shards = new Map<string, SearchShard>();
  const n = corpus.index.articles.length;
  corpus.index.articles.forEach((article, position) => {
    for (const term of new Set(corpus.bodyTerms.get(article.id) ?? [])) {
      const key = searchShardKey(term);
      const shard = shards.get(key) ?? {};
      (shard[term] ??= []).push(n - 1 - position);
      shards.set(key, shard);
    }
  });
  for (const shard of shards.values()) for (const list of Object.values(shard)) list.sort((a, b) => a - b);
  return shards;
}

/** A quote as lists show it: `quotes.json`'s row without the organisations. */
export function quoteRowOf(quote: QuoteEntry): QuoteRow {
  const { anchor, text, speaker, speakerSlug, role, rule, articleId, date, headline, sourceSlug } = quote;
  return { anchor, text, speaker, speakerSlug, role, rule, articleId, date, headline, sourceSlug };
}

// ---- The layout ----

export interface LayoutOptions {
  buildId?: string;
  /** Terms per search chunk. */
  chunkTerms?: number;
  /** False leaves `dayQuoteCounts` out of meta, as layout 3 was first written. */
  dayQuoteCounts?: boolean;
  /** How many pair documents each phrase index has; 0 writes none (a build before phrases). */
  pairShards?: number;
  /** False writes no impacts in the search documents (a build before ranking). */
  impacts?: boolean;
}

export interface Layout {
  buildId: string;
  documents: Map<string, ViewDocument>;
}

export function buildLayout(corpus: Corpus, options: LayoutOptions = {}): Layout {
  const { index, quotes } = corpus;
  const buildId = options.buildId ?? 'test-build';
  const chunkTerms = options.chunkTerms ?? 3;
  const documents = new Map<string, ViewDocument>();
  const envelope = <K extends ViewDocumentKind>(kind: K) => ({
    version: VIEW_DATA_VERSION as typeof VIEW_DATA_VERSION,
    kind,
    buildId,
  });
  const lookups = corpusLookups(index);

  // Number n is the article at position N - 1 - n; quotes follow their articles' numbers.
  const numbered = [...index.articles].reverse();
  const quotesOf = new Map<string, QuoteEntry[]>();
  for (const quote of quotes) {
    const list = quotesOf.get(quote.articleId);
    if (list) list.push(quote);
    else quotesOf.set(quote.articleId, [quote]);
  }
  const numberedQuotes = numbered.flatMap((article) => quotesOf.get(article.id) ?? []);
  const quoteStart = [0];
  for (const article of numbered)
    quoteStart.push(quoteStart.at(-1)! + (quotesOf.get(article.id)?.length ?? 0));

  // Article and quote chunks.
  for (let first = 0; first < numbered.length; first += ARTICLE_CHUNK_SIZE) {
    const summaries = numbered.slice(first, first + ARTICLE_CHUNK_SIZE);
    const slugs = new Set(summaries.flatMap((s) => s.organisations));
    documents.set(viewPaths.articleChunk(buildId, first / ARTICLE_CHUNK_SIZE), {
      ...envelope('article-chunk'),
      first,
      summaries,
      organisationNames: Object.fromEntries([...slugs].map((slug) => [slug, lookups.organisationName(slug)])),
    });
  }
  for (let first = 0; first < numberedQuotes.length; first += QUOTE_CHUNK_SIZE) {
    documents.set(viewPaths.quoteChunk(buildId, first / QUOTE_CHUNK_SIZE), {
      ...envelope('quote-chunk'),
      first,
      quotes: numberedQuotes.slice(first, first + QUOTE_CHUNK_SIZE).map(quoteRowOf),
    });
  }

  // Search indexes: articles by body and headline; quotes by text, speaker, role and headline.
  const impacts = referenceImpacts(corpus);
  const search = {
    articles: writeSearch('articles', impacts.articles, chunkTerms, buildId, documents, options.impacts),
    quotes: writeSearch('quotes', impacts.quotes, chunkTerms, buildId, documents, options.impacts),
  };
  const pairShards = options.pairShards ?? 2;
  if (pairShards > 0) {
    search.articles.pairShards = pairShards;
    search.quotes.pairShards = pairShards;
    writePairs(
      'articles',
      numbered.map((article) => corpus.phraseFields.get(article.id) ?? []),
      pairShards,
      buildId,
      documents,
    );
    writePairs(
      'quotes',
      numberedQuotes.map((q) => [q.text, q.speaker ?? '', q.role ?? '', q.headline]),
      pairShards,
      buildId,
      documents,
    );
  }

  // Directories and columns.
  documents.set(viewPaths.organisations(buildId), {
    ...envelope('organisation-directory'),
    organisations: index.organisations.map(({ slug, name, aliases, parent }) => ({
      slug,
      name,
      aliases,
      parent,
    })),
  });
  documents.set(viewPaths.speakers(buildId), {
    ...envelope('speaker-directory'),
    speakers: index.speakers.map(({ slug, name }) => ({ slug, name })),
  });
  const orgId = new Map(index.organisations.map((o, i) => [o.slug, i]));
  const sourceId = new Map(index.sources.map((s, i) => [s.slug, i]));
  const speakerId = new Map(index.speakers.map((s, i) => [s.slug, i]));
  const organisationOffsets = [0];
  const articleOrganisations: number[] = [];
  for (const article of numbered) {
    const ids = [...new Set(article.organisations.map((slug) => orgId.get(slug) ?? -1))].sort(
      (a, b) => a - b,
    );
    articleOrganisations.push(...ids);
    organisationOffsets.push(articleOrganisations.length);
  }
  documents.set(viewPaths.columns(buildId), {
    ...envelope('columns'),
    organisationOffsets: encodeDeltas(organisationOffsets),
    articleOrganisations,
    quoteSpeaker: numberedQuotes.map((q) => (q.speakerSlug === null ? 0 : speakerId.get(q.speakerSlug)! + 1)),
  });
  documents.set(viewPaths.sourceColumn(buildId), {
    ...envelope('source-column'),
    articleSource: numbered.map((a) => sourceId.get(a.sourceSlug) ?? -1),
  });
  documents.set(viewPaths.quoteOffsets(buildId), {
    ...envelope('quote-offsets'),
    quoteOffsets: encodeDeltas(quoteStart),
  });

  documents.set(viewPaths.quoteFragments(buildId), {
    ...envelope('quote-fragments'),
    fragments: encodeDeltas(numberedQuotes.flatMap((quote, q) => (isSubstantive(quote) ? [] : [q]))),
  });

  // meta.json, with the unfiltered facets straight from the layout-2 functions.
  const days: string[] = [];
  const dayCounts: number[] = [];
  const dayQuoteCounts: number[] = [];
  numbered.forEach((article) => {
    if (days.at(-1) !== article.date) {
      days.push(article.date);
      dayCounts.push(0);
      dayQuoteCounts.push(0);
    }
    dayCounts[dayCounts.length - 1]!++;
    dayQuoteCounts[dayQuoteCounts.length - 1]! += quotesOf.get(article.id)?.length ?? 0;
  });
  const articleFacets = analyseArticles(index, EMPTY_FILTERS, null);
  const quoteFacets = analyseQuotes(quotes, index, EMPTY_FILTERS, []);
  const top = (counts: ReadonlyMap<string, number>, name: (slug: string) => string): FacetRow[] =>
    facetRows(counts, name, []).slice(0, TOP_FACETS);
  const meta: EngineMeta = {
    ...envelope('meta'),
    articleCount: numbered.length,
    quoteCount: numberedQuotes.length,
    organisationCount: index.organisations.length,
    speakerCount: index.speakers.length,
    days,
    dayCounts,
    // Layout 3 as first written had no per-day quote counts; the engine still copes without.
    ...(options.dayQuoteCounts === false ? {} : { dayQuoteCounts }),
    sources: index.sources,
    top: {
      articleOrganisations: top(articleFacets.organisationCounts, lookups.organisationName),
      quoteOrganisations: top(quoteFacets.organisationCounts, lookups.organisationName),
      quoteSources: top(quoteFacets.sourceCounts, lookups.sourceName),
      quoteSpeakers: top(quoteFacets.speakerCounts, lookups.speakerName),
    },
    search,
  };
  documents.set(viewPaths.meta(buildId), meta as MetaDocument);

  // An organisation's articles: those that count for it (its own or a descendant's mention).
  const articlesOf = new Map<string, number[]>(index.organisations.map((o) => [o.slug, []]));
  numbered.forEach((article, n) => {
    for (const slug of expandedOrganisations(article.organisations, lookups)) articlesOf.get(slug)?.push(n);
  });
  /** The organisations below its children that it includes, as the build lists them (if any). */
  const descendantsOf = (slug: string): { descendants?: string[] } => {
    const below = index.organisations
      .filter((other) => other.slug !== slug && other.parent !== slug)
      .filter((other) => lookups.selfAndDescendants(slug).has(other.slug))
      .map((other) => other.slug);
    return below.length > 0 ? { descendants: below } : {};
  };
  for (const organisation of index.organisations) {
    documents.set(viewPaths.organisation(buildId, organisation.slug), {
      ...envelope('organisation'),
      organisation,
      parentName: organisation.parent && lookups.organisationName(organisation.parent),
      // As the build gives them: the organisations whose parent it is.
      children: index.organisations
        .filter((other) => other.parent === organisation.slug)
        .map(({ slug, name }) => ({ slug, name })),
      ...descendantsOf(organisation.slug),
      articles: encodeDeltas(articlesOf.get(organisation.slug)!),
      quoteCount: 0,
      granularity: 'month',
      timeline: [],
      latestArticles: [],
      latestQuotes: [],
    });
  }
  const quotesBy = new Map<string, number[]>(index.speakers.map((s) => [s.slug, []]));
  numberedQuotes.forEach((quote, q) => {
    if (quote.speakerSlug !== null) quotesBy.get(quote.speakerSlug)?.push(q);
  });
  for (const speaker of index.speakers) {
    documents.set(viewPaths.speaker(buildId, speaker.slug), {
      ...envelope('speaker'),
      speaker: { slug: speaker.slug, name: speaker.name },
      speakerKind: 'person',
      quotes: encodeDeltas(quotesBy.get(speaker.slug)!),
      roles: [],
      organisations: [],
      latestQuotes: [],
    });
  }
  return { buildId, documents };
}

/** Chunks of `chunkTerms` sorted terms, and a prefix document for every prefix found in two chunks. */
function writeSearch(
  name: 'articles' | 'quotes',
  impactsByNumber: readonly Map<string, number>[],
  chunkTerms: number,
  buildId: string,
  documents: Map<string, ViewDocument>,
  withImpacts = true,
): SearchDirectory {
  const postings = new Map<string, number[]>();
  impactsByNumber.forEach((terms, n) => {
    for (const term of terms.keys()) {
      const list = postings.get(term);
      if (list) list.push(n);
      else postings.set(term, [n]);
    }
  });
  const impactsOf = (term: string, list: readonly number[]) =>
    encodeImpacts(list.map((n) => impactsByNumber[n]!.get(term)!));
  const terms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const chunkStarts: string[] = [];
  for (let start = 0; start < terms.length; start += chunkTerms) {
    const chunk = terms.slice(start, start + chunkTerms);
    chunkStarts.push(chunk[0]!);
    documents.set(viewPaths.searchChunk(buildId, name, start / chunkTerms), {
      version: VIEW_DATA_VERSION,
      kind: 'search-chunk',
      buildId,
      terms: chunk,
      postings: chunk.map((term) => encodeDeltas(postings.get(term)!)),
      ...(withImpacts && { impacts: chunk.map((term) => impactsOf(term, postings.get(term)!)) }),
    });
  }
  // Every prefix of every term; the terms starting with one are adjacent in sorted order.
  const candidates = new Set(
    terms.flatMap((term) => Array.from({ length: term.length }, (_, i) => term.slice(0, i + 1))),
  );
  const prefixes: string[] = [];
  for (const prefix of candidates) {
    if (prefix.length < 2) continue;
    // The first term not below the prefix is the first starting with it, if any does.
    let first = 0;
    for (let hi = terms.length; first < hi;) {
      const mid = (first + hi) >>> 1;
      if (terms[mid]! < prefix) first = mid + 1;
      else hi = mid;
    }
    let last = first;
    while (last + 1 < terms.length && terms[last + 1]!.startsWith(prefix)) last++;
    if (Math.floor(first / chunkTerms) === Math.floor(last / chunkTerms)) continue;
    prefixes.push(prefix);
    const union = new Map<number, number>();
    for (let i = first; i <= last; i++)
      for (const n of postings.get(terms[i]!)!)
        union.set(n, Math.max(union.get(n) ?? 0, impactsByNumber[n]!.get(terms[i]!)!));
    const numbers = [...union.keys()].sort((a, b) => a - b);
    documents.set(viewPaths.searchPrefix(buildId, name, prefix), {
      version: VIEW_DATA_VERSION,
      kind: 'search-prefix',
      buildId,
      prefix,
      postings: encodeDeltas(numbers),
      ...(withImpacts && { impacts: encodeImpacts(numbers.map((n) => union.get(n)!)) }),
    });
  }
  prefixes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { chunkStarts, prefixes };
}

/** Pair documents: each field's consecutive terms, hashed by `pairShard`. */
function writePairs(
  name: 'articles' | 'quotes',
  fieldsByNumber: readonly string[][],
  shards: number,
  buildId: string,
  documents: Map<string, ViewDocument>,
): void {
  const postings = new Map<string, number[]>();
  fieldsByNumber.forEach((fields, n) => {
    for (const field of fields) {
      const terms = searchTerms(field);
      for (let i = 0; i + 1 < terms.length; i++) {
        const list = postings.get(`${terms[i]!} ${terms[i + 1]!}`) ?? [];
        if (list.at(-1) !== n) list.push(n);
        postings.set(`${terms[i]!} ${terms[i + 1]!}`, list);
      }
    }
  });
  for (let k = 0; k < shards; k++) {
    const pairs = [...postings.keys()]
      .filter((pair) => pairShard(pair, shards) === k)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    documents.set(viewPaths.searchPairs(buildId, name, k), {
      version: VIEW_DATA_VERSION,
      kind: 'search-pairs',
      buildId,
      pairs,
      postings: pairs.map((pair) => encodeDeltas(postings.get(pair)!)),
    });
  }
}

// ---- Ranking, by the definition in src/contract/search-ranking.ts ----

function countsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of searchTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** BM25 impacts of every term of every article and quote, by number: term → impact. */
export function referenceImpacts(corpus: Corpus): {
  articles: Map<string, number>[];
  quotes: Map<string, number>[];
} {
  const numbered = [...corpus.index.articles].reverse();
  // Articles: body terms present or not, the headline's count weighted; length wordCount + headline.
  const articleTf = numbered.map((article) => {
    const headline = countsOf(article.headline);
    const tf = new Map<string, number>();
    for (const term of corpus.bodyTerms.get(article.id) ?? []) tf.set(term, 1);
    for (const [term, count] of headline) tf.set(term, 1 + BM25.headlineWeight * count);
    let headlineWords = 0;
    for (const count of headline.values()) headlineWords += count;
    return { tf, length: article.wordCount + headlineWords };
  });
  const byArticle = new Map(corpus.quotes.map((q) => [q.articleId, [] as QuoteEntry[]]));
  for (const quote of corpus.quotes) byArticle.get(quote.articleId)!.push(quote);
  const quoteTf = numbered.flatMap((article) =>
    (byArticle.get(article.id) ?? []).map((q) => {
      const tf = countsOf([q.text, q.speaker ?? '', q.role ?? '', q.headline].join(' '));
      let length = 0;
      for (const count of tf.values()) length += count;
      return { tf, length };
    }),
  );
  const impacts = (docs: { tf: Map<string, number>; length: number }[]) => {
    const df = new Map<string, number>();
    for (const doc of docs) for (const term of doc.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const average = docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, docs.length);
    return docs.map(
      (doc) =>
        new Map(
          [...doc.tf].map(([term, tf]) => [
            term,
            termImpact(tf, doc.length, average, df.get(term)!, docs.length),
          ]),
        ),
    );
  };
  return { articles: impacts(articleTf), quotes: impacts(quoteTf) };
}

// ---- A loader over the documents ----

/** Serves a layout from memory; records every path asked for; can be told to fail or wait. */
export class MemoryLoader implements DocumentLoader {
  readonly calls: string[] = [];
  /** The paths of the calls asked at low priority (`background`), in order. */
  readonly backgroundCalls: string[] = [];
  /** The paths of the calls asked as bulk reads (`bulk`, an export's pages), in order. */
  readonly bulkCalls: string[] = [];
  /** Paths whose next load fails (once each). */
  readonly failOnce = new Set<string>();
  /** When set, every load waits for this before answering. */
  gate: Promise<void> | null = null;

  constructor(
    private readonly layout: Layout,
    private readonly articles = new Map<string, Article>(),
  ) {}

  async load<K extends ViewDocumentKind>(
    path: string,
    kind: K,
    options: LoadOptions = {},
  ): Promise<Extract<ViewDocument, { kind: K }>> {
    this.calls.push(path);
    if (options.background === true) this.backgroundCalls.push(path);
    if (options.bulk === true) this.bulkCalls.push(path);
    if (this.gate) await this.gate;
    if (this.failOnce.delete(path)) throw new Error(`network error loading ${path}`);
    const document = this.layout.documents.get(path);
    if (!document) throw new DocumentNotFound(`${path} was not found`);
    if (document.kind !== kind) throw new Error(`${path} is a ${document.kind}, not a ${kind}`);
    return document as Extract<ViewDocument, { kind: K }>;
  }

  loadArticle(id: string): Promise<Article | null> {
    this.calls.push(viewPaths.article(id));
    return Promise.resolve(this.articles.get(id) ?? null);
  }

  /** The calls recorded since the last `reset`, shortened to paths under the build folder. */
  take(): string[] {
    const prefix = `${viewPaths.root(this.layout.buildId)}/`;
    const calls = this.calls.map((call) => (call.startsWith(prefix) ? call.slice(prefix.length) : call));
    this.calls.length = 0;
    return calls;
  }
}

/**
 * The engine tests' corpus (engine.test.ts, engine-quote-pages.test.ts): 70 articles over 10 days
 * (three article chunks), two quotes each (five quote chunks), the second a fragment ("No comment").
 */
export function seventyArticles(): CorpusSpec {
  const topics = ['budget', 'harbour', 'election', 'drought', 'vaccine'];
  return {
    organisations: [
      { slug: 'nato', name: 'NATO', parent: null },
      { slug: 'nato-mission-iraq', name: 'NATO Mission Iraq', parent: 'nato' },
      { slug: 'united-nations', name: 'United Nations', parent: null },
    ],
    sources: [
      { slug: 'shafaq-news', name: 'Shafaq News' },
      { slug: 'wikinews', name: 'Wikinews' },
    ],
    speakers: [
      { slug: 'tom-goffus', name: 'Tom Goffus' },
      { slug: 'ann-lee', name: 'Ann Lee' },
    ],
    articles: Array.from({ length: 70 }, (_, i) => ({
      id: `a${String(i).padStart(3, '0')}`,
      date: `2024-08-${String(1 + Math.floor(i / 7)).padStart(2, '0')}`,
      source: i % 3 === 0 ? 'shafaq-news' : 'wikinews',
      organisations: i % 4 === 0 ? ['nato-mission-iraq'] : i % 5 === 0 ? ['united-nations', 'nato'] : [],
      headline: `Story ${i} about the ${topics[i % 5]!}`,
      body: i === 40 ? 'A rare zeppelin appeared.' : `More on the ${topics[(i + 1) % 5]!} today.`,
      quotes: [
        {
          text: `We will act on the ${topics[i % 5]!}`,
          speaker: i % 2 === 0 ? 'tom-goffus' : 'ann-lee',
          role: null,
        },
        { text: 'No comment', speaker: null, role: null },
      ],
    })),
  };
}
