/**
 * Answers the list views' queries over the documents of layout 3 (`src/contract/views.ts`),
 * loading only what a query needs, with the same results, counts and order as
 * `analyseArticles` / `analyseQuotes` + `paginate` + `facetRows` give over `index.json`.
 *
 * Sets of article and quote numbers are sorted `Uint32Array`s (number-sets.ts); every document and
 * derived structure is cached, and a load in flight is shared. What each query loads:
 *
 * - always `meta.json` (dates → number ranges, sources, the search directories);
 * - `q`: per word one search document (`p-<hex>.json` or one chunk) of the view's index;
 * - `org`: `organisations/<slug>.json` per organisation;
 * - `speaker` (quotes): `speakers/<slug>.json`;
 * - `source`, and for quotes `org` or a date range: `columns.json` (sources and quote offsets);
 *   a date range needs no columns when meta carries the proposed `dayQuoteCounts`;
 * - the page: the article chunks (`articles/<k>.json`) or quote chunks holding its items; a quote
 *   page also reads the quotes either side of it, to keep an article's quotes in reading order;
 * - facets: `columns.json` and `organisations.json`, plus `speakers.json` for quotes; with
 *   `{ quick: true }` and no filter, nothing beyond meta.
 */
import type { Article, ArticleSummary } from '../../contract/schema.ts';
import type {
  ArticleChunkDocument,
  CarriedPage,
  OrganisationDirectoryDocument,
  OrganisationDocument,
  QuoteChunkDocument,
  QuoteRow,
  RelatedArticle,
  RelatedChunkDocument,
  SearchIndexName,
  SearchPairsDocument,
  SpeakerDocument,
} from '../../contract/views.ts';
import { adjacentPairs, pairShard, phrasePairs } from '../../contract/search-pairs.ts';
import { ARTICLE_CHUNK_SIZE, decodeDeltas, QUOTE_CHUNK_SIZE, viewPaths } from '../../contract/views.ts';
import { PAGE_SIZE } from '../pagination.ts';
import { bestSnippet, type Snippet } from '../snippets.ts';
import { parseQuery } from '../text-match.ts';
import type { Filters, FragmentMode } from '../urls.ts';
import type { ExpandedOrganisations, FacetDirectory, OrganisationTree } from './facet-counts.ts';
import {
  countArticleOrganisations,
  countColumn,
  countQuoteOrganisations,
  expandOrganisations,
  facetDirectory,
  facetRowsFrom,
  organisationTree,
} from './facet-counts.ts';
import {
  difference,
  EMPTY,
  identity,
  intersect,
  intersectAll,
  lowerBound,
  prefixSums,
  quotesOfArticles,
  restrict,
  stringBound,
  whereEquals,
} from './number-sets.ts';
import { PromiseCache } from './promise-cache.ts';
import { holds, pairPostings, phraseFirst } from './phrases.ts';
import { articlesOfQuotes, countArticleSpeakers, countPerDay } from './reading-counts.ts';
import { quoteListSequence, rankedOrder, scoreResults } from './ranking.ts';
import type { DecodedChunk, WordMatch } from './search-postings.ts';
import { chunkPostings, decodeChunk, decodePrefix, searchDocumentFor } from './search-postings.ts';
import type {
  Corroboration,
  GroupedQuote,
  QuoteGrouping,
  DocumentLoader,
  EngineMeta,
  FacetOptions,
  FacetResult,
  ListRequest,
  ListResult,
  Neighbours,
  UnknownSlugs,
} from './types.ts';
import { isDocumentNotFound, quoteKey } from './types.ts';

/** How many other articles a corroborated quote lists (the count says how many there are). */
const CORROBORATION_LIST = 5;
/** How many a grouped quotation lists as its sources on `/quotes`. */
const SOURCES_LIST = 20;

interface QuoteGroups {
  groups: Uint32Array[];
  /** Quote number → index in `groups`. */
  groupOf: Map<number, number>;
}

/** The form of every slug (`slugSchema`): anything else names nothing and is not fetched. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How many of each kind of document are kept; the rest are dropped least recently used first. */
const KEEP = {
  chunks: 256,
  search: 64,
  words: 256,
  pages: 128,
  articles: 64,
  ranked: 16,
  snippets: 200,
} as const;

interface MetaIndex {
  meta: EngineMeta;
  /** Day d's articles are numbered `dayStart[d]` to `dayStart[d + 1] - 1`. */
  dayStart: Uint32Array;
  /** The same for quotes, when meta has `dayQuoteCounts`. */
  quoteDayStart: Uint32Array | null;
  sources: FacetDirectory;
  allArticles: Uint32Array;
  allQuotes: Uint32Array;
}

interface Columns {
  articleSource: Int32Array;
  organisationOffsets: Uint32Array;
  articleOrganisations: Int32Array;
  /** Article n's quotes are numbered `quoteStart[n]` to `quoteStart[n + 1] - 1`. */
  quoteStart: Uint32Array;
  /** Speaker id + 1, 0 for none. */
  quoteSpeaker: Uint32Array;
  quoteArticle: Uint32Array;
}

type View = 'articles' | 'quotes';

/** A request's filters with every slug checked and turned into what the query needs. */
interface Resolved {
  words: string[];
  /** Quoted phrases (for snippets). */
  phrases: string[][];
  /** Relevance order asked for (the default with words); false: newest first. */
  byRelevance: boolean;
  /** Days [dayLo, dayHi) are in the date range. */
  dayLo: number;
  dayHi: number;
  dated: boolean;
  orgs: { slug: string; articles: Uint32Array }[];
  source: number | null;
  speaker: { slug: string; quotes: Uint32Array } | null;
  /** Quotes view: where fragments go (`Filters.fragments`; `inline` when not given). */
  fragments: FragmentMode;
  unknown: UnknownSlugs;
}

export class QueryEngine {
  private readonly once = new PromiseCache<unknown>();
  private readonly organisations = new PromiseCache<OrganisationDocument | null>(KEEP.pages);
  private readonly organisationNumbers = new PromiseCache<Uint32Array | null>(KEEP.pages);
  private readonly speakers = new PromiseCache<SpeakerDocument | null>(KEEP.pages);
  private readonly speakerNumbers = new PromiseCache<Uint32Array | null>(KEEP.pages);
  private readonly searchDocuments = new PromiseCache<DecodedChunk | WordMatch>(KEEP.search);
  private readonly wordNumbers = new PromiseCache<WordMatch>(KEEP.words);
  private readonly articleChunks = new PromiseCache<ArticleChunkDocument>(KEEP.chunks);
  private readonly quoteChunks = new PromiseCache<QuoteChunkDocument>(KEEP.chunks);
  private readonly relatedChunks = new PromiseCache<RelatedChunkDocument | null>(KEEP.chunks);
  private readonly articles = new PromiseCache<Article | null>(KEEP.articles);
  /** Derived sets, keyed by what they are of. */
  private readonly derived = new PromiseCache<Uint32Array>(KEEP.pages);
  /** Result sets in relevance order, keyed by view and query, so paging does not rank again. */
  private readonly ranked = new PromiseCache<Uint32Array | null>(KEEP.ranked);
  private readonly pairDocuments = new PromiseCache<SearchPairsDocument>(KEEP.search);
  /** Per index and phrases, the numbers of the documents holding every phrase (null: no pair index). */
  private readonly phraseNumbers = new PromiseCache<Uint32Array | null>(KEEP.words);
  /** Snippets by article and query: a page shown again (back, a facet count) costs nothing. */
  private readonly snippetCache = new PromiseCache<Snippet | null>(KEEP.snippets);

  constructor(
    private readonly loader: DocumentLoader,
    private readonly buildId: string,
  ) {}

  // ---- Documents and what is derived from them, each loaded once ----

  meta(): Promise<EngineMeta> {
    return this.metaIndex().then((index) => index.meta);
  }

  private metaIndex(): Promise<MetaIndex> {
    return this.cached('meta', async () => {
      const meta: EngineMeta = await this.loader.load(viewPaths.meta(this.buildId), 'meta');
      return {
        meta,
        dayStart: prefixSums(meta.dayCounts),
        quoteDayStart: meta.dayQuoteCounts ? prefixSums(meta.dayQuoteCounts) : null,
        sources: facetDirectory(meta.sources),
        allArticles: identity(meta.articleCount),
        allQuotes: identity(meta.quoteCount),
      };
    });
  }

  /** Everything facet counts need: the facet columns plus the source column and quote offsets. */
  private columns(): Promise<Columns> {
    return this.cached('columns', async () => {
      const [document, articleSource, { quoteStart, quoteArticle }] = await Promise.all([
        this.loader.load(viewPaths.columns(this.buildId), 'columns'),
        this.sourceColumn(),
        this.quoteOffsets(),
      ]);
      // Only the typed arrays are kept; the document's arrays of numbers are left to the collector.
      return {
        articleSource,
        organisationOffsets: decodeDeltas(document.organisationOffsets),
        articleOrganisations: Int32Array.from(document.articleOrganisations),
        quoteStart,
        quoteSpeaker: Uint32Array.from(document.quoteSpeaker),
        quoteArticle,
      };
    });
  }

  /** Each article's source id: all the `source` filter needs. */
  private sourceColumn(): Promise<Int32Array> {
    return this.cached('source-column', async () => {
      const document = await this.loader.load(viewPaths.sourceColumn(this.buildId), 'source-column');
      return Int32Array.from(document.articleSource);
    });
  }

  /** Where each article's quotes start, and each quote's article: quotes by organisation or source. */
  private quoteOffsets(): Promise<{ quoteStart: Uint32Array; quoteArticle: Uint32Array }> {
    return this.cached('quote-offsets', async () => {
      const document = await this.loader.load(viewPaths.quoteOffsets(this.buildId), 'quote-offsets');
      const quoteStart = decodeDeltas(document.quoteOffsets);
      const quoteArticle = new Uint32Array(quoteStart[quoteStart.length - 1] ?? 0);
      for (let a = 0; a + 1 < quoteStart.length; a++) quoteArticle.fill(a, quoteStart[a], quoteStart[a + 1]);
      return { quoteStart, quoteArticle };
    });
  }

  /** The numbers of the quotes that are fragments (`quote-substance.ts`). */
  private quoteFragments(): Promise<Uint32Array> {
    return this.cached('quote-fragments', async () =>
      decodeDeltas(
        (await this.loader.load(viewPaths.quoteFragments(this.buildId), 'quote-fragments')).fragments,
      ),
    );
  }

  /** The numbers of every other quote. */
  private substantiveQuotes(): Promise<Uint32Array> {
    return this.cached('substantive-quotes', async () => {
      const [index, fragments] = await Promise.all([this.metaIndex(), this.quoteFragments()]);
      return difference(index.allQuotes, fragments);
    });
  }

  private organisationDirectory(): Promise<OrganisationDirectoryDocument> {
    return this.cached('organisation-directory', () =>
      this.loader.load(viewPaths.organisations(this.buildId), 'organisation-directory'),
    );
  }

  private organisationTree(): Promise<OrganisationTree> {
    return this.cached('organisation-tree', async () =>
      organisationTree((await this.organisationDirectory()).organisations),
    );
  }

  /** Every organisation's other names (acronyms among them), for the organisation finder. */
  organisationAliases(): Promise<Record<string, string[]>> {
    return this.cached('organisation-aliases', async () => {
      const aliases: Record<string, string[]> = {};
      for (const org of (await this.organisationDirectory()).organisations)
        if (org.aliases.length > 0) aliases[org.slug] = org.aliases;
      return aliases;
    });
  }

  private speakerDirectory(): Promise<FacetDirectory> {
    return this.cached('speaker-directory', async () => {
      const document = await this.loader.load(viewPaths.speakers(this.buildId), 'speaker-directory');
      return facetDirectory(document.speakers);
    });
  }

  private expanded(): Promise<ExpandedOrganisations> {
    return this.cached('expanded', async () => {
      const [columns, tree] = await Promise.all([this.columns(), this.organisationTree()]);
      return expandOrganisations(columns.organisationOffsets, columns.articleOrganisations, tree);
    });
  }

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    return this.once.get(key, load) as Promise<T>;
  }

  /** An organisation's page document, or null when there is no such organisation. */
  organisation(slug: string): Promise<OrganisationDocument | null> {
    if (!SLUG.test(slug)) return Promise.resolve(null);
    return this.organisations.get(slug, () =>
      orNull(this.loader.load(viewPaths.organisation(this.buildId, slug), 'organisation')),
    );
  }

  /** A speaker's page document, or null when there is no such speaker. */
  speaker(slug: string): Promise<SpeakerDocument | null> {
    if (!SLUG.test(slug)) return Promise.resolve(null);
    return this.speakers.get(slug, () =>
      orNull(this.loader.load(viewPaths.speaker(this.buildId, slug), 'speaker')),
    );
  }

  article(id: string): Promise<Article | null> {
    return this.keptArticle(id);
  }

  /** An article document, loaded once (`background`: at low priority, for snippets). */
  private keptArticle(id: string, options: { background?: boolean } = {}): Promise<Article | null> {
    return this.articles.get(id, () => this.loader.loadArticle(id, options));
  }

  private organisationArticles(slug: string): Promise<Uint32Array | null> {
    return this.organisationNumbers.get(slug, async () => {
      const document = await this.organisation(slug);
      return document && decodeDeltas(document.articles);
    });
  }

  private speakerQuotes(slug: string): Promise<Uint32Array | null> {
    return this.speakerNumbers.get(slug, async () => {
      const document = await this.speaker(slug);
      return document && decodeDeltas(document.quotes);
    });
  }

  /** The numbers of every article (or quote) with a term starting with `word`, with their impacts. */
  private wordMatches(index: SearchIndexName, word: string): Promise<WordMatch> {
    return this.wordNumbers.get(`${index}:${word}`, async () => {
      const { meta } = await this.metaIndex();
      const universe = index === 'articles' ? meta.articleCount : meta.quoteCount;
      const where = searchDocumentFor(meta.search[index], word);
      if (where === null) return { numbers: EMPTY, impacts: new Uint8Array(0) };
      if ('prefix' in where) {
        const path = viewPaths.searchPrefix(this.buildId, index, where.prefix);
        return (await this.searchDocuments.get(path, async () =>
          decodePrefix(await this.loader.load(path, 'search-prefix')),
        )) as WordMatch;
      }
      const path = viewPaths.searchChunk(this.buildId, index, where.chunk);
      const chunk = (await this.searchDocuments.get(path, async () =>
        decodeChunk(await this.loader.load(path, 'search-chunk')),
      )) as DecodedChunk;
      return chunkPostings(chunk, word, universe);
    });
  }

  /**
   * The numbers of every article (or quote) holding each quoted phrase: every adjacent pair of
   * its words, one pair document per pair. Null when the build wrote no pair index.
   */
  private phraseMatches(index: SearchIndexName, phrases: readonly string[][]): Promise<Uint32Array | null> {
    return this.phraseNumbers.get(`${index}:${JSON.stringify(phrases)}`, async () => {
      const { meta } = await this.metaIndex();
      const shards = meta.search[index].pairShards;
      if (shards === undefined) return null;
      const pairs = [...new Set(phrases.flatMap((phrase) => phrasePairs(phrase)))];
      const lists = await Promise.all(
        pairs.map(async (pair) => {
          const path = viewPaths.searchPairs(this.buildId, index, pairShard(pair, shards));
          const document = await this.pairDocuments.get(path, () => this.loader.load(path, 'search-pairs'));
          return pairPostings(document, pair);
        }),
      );
      return intersectAll(lists);
    });
  }

  /** A list's results that hold the query's phrases, or null without phrases or a pair index. */
  private async exactPhrase(r: Resolved, index: SearchIndexName, results: Uint32Array) {
    if (r.phrases.length === 0) return null;
    const numbers = await this.phraseMatches(index, r.phrases);
    return numbers && intersect(results, numbers);
  }

  private sourceArticles(source: number): Promise<Uint32Array> {
    return this.derived.get(`source-articles:${source}`, async () =>
      whereEquals(await this.sourceColumn(), source),
    );
  }

  private sourceQuotes(source: number): Promise<Uint32Array> {
    return this.derived.get(`source-quotes:${source}`, async () => {
      const [articles, offsets] = await Promise.all([this.sourceArticles(source), this.quoteOffsets()]);
      return quotesOfArticles(articles, offsets.quoteStart);
    });
  }

  private organisationQuotes(slug: string, articles: Uint32Array): Promise<Uint32Array> {
    return this.derived.get(`organisation-quotes:${slug}`, async () =>
      quotesOfArticles(articles, (await this.quoteOffsets()).quoteStart),
    );
  }

  /** `background`: for a page read ahead (`ListRequest.readAhead`); a later ask shares the load. */
  private articleChunk(k: number, background = false): Promise<ArticleChunkDocument> {
    return this.articleChunks.get(k, () =>
      this.loader.load(viewPaths.articleChunk(this.buildId, k), 'article-chunk', { background }),
    );
  }

  private quoteChunk(k: number, background = false): Promise<QuoteChunkDocument> {
    return this.quoteChunks.get(k, () =>
      this.loader.load(viewPaths.quoteChunk(this.buildId, k), 'quote-chunk', { background }),
    );
  }

  private async summary(n: number): Promise<ArticleSummary> {
    const chunk = await this.articleChunk(Math.floor(n / ARTICLE_CHUNK_SIZE));
    return chunk.summaries[n - chunk.first]!;
  }

  private async quoteRow(q: number, background = false): Promise<QuoteRow> {
    const chunk = await this.quoteChunk(Math.floor(q / QUOTE_CHUNK_SIZE), background);
    return chunk.quotes[q - chunk.first]!;
  }

  // ---- Filters ----

  /** Checks the filters' slugs (unknown ones are dropped and reported) and reads the date range. */
  private async resolve(filters: Filters, view: View): Promise<Resolved> {
    const slugs = [...new Set(filters.orgs)].filter((slug) => slug !== '');
    const wantSpeaker = filters.speaker !== null && filters.speaker !== '';
    const [index, orgArticles, speakerQuotes] = await Promise.all([
      this.metaIndex(),
      Promise.all(slugs.map((slug) => this.organisationArticles(slug))),
      wantSpeaker ? this.speakerQuotes(filters.speaker!) : null,
    ]);
    const unknown: UnknownSlugs = { organisations: [], source: null, speaker: null };
    const orgs: Resolved['orgs'] = [];
    slugs.forEach((slug, i) => {
      const articles = orgArticles[i] ?? null;
      if (articles) orgs.push({ slug, articles });
      else unknown.organisations.push(slug);
    });
    let source: number | null = null;
    if (filters.source !== null && filters.source !== '') {
      source = index.sources.idOf.get(filters.source) ?? null;
      if (source === null) unknown.source = filters.source;
    }
    if (wantSpeaker && !speakerQuotes) unknown.speaker = filters.speaker;
    const { days } = index.meta;
    const dayLo = filters.from === null ? 0 : stringBound(days, filters.from, false);
    const dayHi = filters.to === null ? days.length : Math.max(dayLo, stringBound(days, filters.to, true));
    const query = parseQuery(filters.q);
    return {
      words: query.words,
      phrases: query.phrases,
      byRelevance: query.words.length > 0 && filters.sort !== 'newest',
      dayLo,
      dayHi,
      dated: dayLo > 0 || dayHi < days.length,
      orgs,
      source,
      speaker: speakerQuotes ? { slug: filters.speaker!, quotes: speakerQuotes } : null,
      fragments: view === 'quotes' ? (filters.fragments ?? 'inline') : 'inline',
      unknown,
    };
  }

  /** Articles matching the date range, words and organisations (not the source). */
  private async articleBase(r: Resolved): Promise<Uint32Array> {
    const [index, ...words] = await Promise.all([
      this.metaIndex(),
      ...r.words.map((word) => this.wordMatches('articles', word)),
    ]);
    const lo = index.dayStart[r.dayLo]!;
    const hi = index.dayStart[r.dayHi]!;
    const lists = [...words.map((word) => word.numbers), ...r.orgs.map((org) => org.articles)];
    if (lists.length === 0) return index.allArticles.subarray(lo, hi);
    return intersectAll(lists.map((list) => restrict(list, lo, hi)));
  }

  private async articleResults(
    r: Resolved,
  ): Promise<{ base: Uint32Array; bySpeaker: Uint32Array; bySource: Uint32Array; results: Uint32Array }> {
    const [base, sourceArticles, speakerArticles] = await Promise.all([
      this.articleBase(r),
      r.source === null ? null : this.sourceArticles(r.source),
      r.speaker === null ? null : this.speakerArticles(r.speaker.slug, r.speaker.quotes),
    ]);
    const bySpeaker = speakerArticles ? intersect(base, speakerArticles) : base;
    const bySource = sourceArticles ? intersect(base, sourceArticles) : base;
    const results = sourceArticles ? intersect(bySpeaker, sourceArticles) : bySpeaker;
    return { base, bySpeaker, bySource, results };
  }

  /** The articles quoting a speaker: the `speaker` filter of the article list. */
  private speakerArticles(slug: string, quotes: Uint32Array): Promise<Uint32Array> {
    return this.derived.get(`speaker-articles:${slug}`, async () =>
      articlesOfQuotes(quotes, (await this.quoteOffsets()).quoteArticle),
    );
  }

  /** Quotes matching the date range, words and organisations (not the source or speaker). */
  private async quoteBase(r: Resolved): Promise<Uint32Array> {
    const [index, range, orgs, substantive, ...words] = await Promise.all([
      this.metaIndex(),
      this.quoteRange(r),
      this.orgQuoteLists(r),
      r.fragments === 'hide' ? this.substantiveQuotes() : null,
      ...r.words.map((word) => this.wordMatches('quotes', word)),
    ]);
    const [lo, hi] = range;
    const lists = [...words.map((word) => word.numbers), ...orgs];
    if (substantive) lists.push(substantive);
    if (lists.length === 0) return index.allQuotes.subarray(lo, hi);
    return intersectAll(lists.map((list) => restrict(list, lo, hi)));
  }

  private orgQuoteLists(r: Resolved): Promise<Uint32Array[]> {
    return Promise.all(r.orgs.map((org) => this.organisationQuotes(org.slug, org.articles)));
  }

  /** The quote numbers of the date range: from meta's per-day counts if it has them, else the columns. */
  private async quoteRange(r: Resolved): Promise<[number, number]> {
    const index = await this.metaIndex();
    if (!r.dated) return [0, index.meta.quoteCount];
    if (index.quoteDayStart) return [index.quoteDayStart[r.dayLo]!, index.quoteDayStart[r.dayHi]!];
    const { quoteStart } = await this.quoteOffsets();
    return [quoteStart[index.dayStart[r.dayLo]!]!, quoteStart[index.dayStart[r.dayHi]!]!];
  }

  private async quoteResults(
    r: Resolved,
  ): Promise<{ base: Uint32Array; bySpeaker: Uint32Array; bySource: Uint32Array; results: Uint32Array }> {
    const [base, sourceQuotes] = await Promise.all([
      this.quoteBase(r),
      r.source === null ? null : this.sourceQuotes(r.source),
    ]);
    const bySpeaker = r.speaker ? intersect(base, r.speaker.quotes) : base;
    const bySource = sourceQuotes ? intersect(base, sourceQuotes) : base;
    const results = sourceQuotes ? intersect(bySpeaker, sourceQuotes) : bySpeaker;
    return { base, bySpeaker, bySource, results };
  }

  // ---- Lists ----

  async listArticles(request: ListRequest): Promise<ListResult<ArticleSummary>> {
    const { r, page, ranked, exact, numbers, items, organisationNames, carried } =
      await this.articlePage(request);
    const [selected, snippets] = await Promise.all([
      this.selectedNames(r),
      r.words.length > 0 && request.snippets !== false ? this.snippets(items, r, carried) : undefined,
    ]);
    return {
      ...page.result,
      items,
      organisationNames: { ...organisationNames, ...selected.organisationNames },
      speakerNames: selected.speakerNames,
      unknown: r.unknown,
      order: ranked ? 'relevance' : 'newest',
      ...(snippets && { snippets }),
      ...(exact && {
        phrase: {
          count: exact.length,
          first: ranked !== null,
          items: numbers.map((n) => holds(exact, n)),
        },
      }),
    };
  }

  /**
   * The snippets `listArticles` gives with a query, on their own: per item of the page, where its
   * text matched (null: no match in the body, or no query). Each costs the article's document.
   */
  async articleSnippets(request: ListRequest): Promise<(Snippet | null)[]> {
    const { r, items, carried } = await this.articlePage(request);
    if (r.words.length === 0) return items.map(() => null);
    return this.snippets(items, r, carried);
  }

  /** A page of an article list: the resolved request, its order and its items (from the chunks). */
  private async articlePage(request: ListRequest) {
    const r = await this.resolve(request.filters, 'articles');
    const { results } = await this.articleResults(r);
    const page = pageOf(results.length, request.page);
    const exact = await this.exactPhrase(r, 'articles', results);
    const ranked = r.byRelevance ? await this.rankedArticles(r, results, exact) : null;
    const numbers: number[] = [];
    if (ranked) for (let i = page.start; i < page.end; i++) numbers.push(ranked[i]!);
    // Newest first: list position i is the (i + 1)-th largest number.
    else for (let i = page.start; i < page.end; i++) numbers.push(results[results.length - 1 - i]!);
    const carried = ranked && page.start === 0 ? await this.carriedPage(r, numbers) : null;
    if (carried)
      return {
        r,
        page,
        ranked,
        exact,
        numbers,
        items: carried.summaries,
        organisationNames: carried.organisationNames,
        carried,
      };
    const chunks = await Promise.all(
      [...new Set(numbers.map((n) => Math.floor(n / ARTICLE_CHUNK_SIZE)))].map((k) =>
        this.articleChunk(k, request.readAhead === true),
      ),
    );
    const byFirst = new Map(chunks.map((chunk) => [chunk.first, chunk]));
    const organisationNames: Record<string, string> = {};
    const items = numbers.map((n) => {
      const chunk = byFirst.get(n - (n % ARTICLE_CHUNK_SIZE))!;
      const summary = chunk.summaries[n - chunk.first]!;
      for (const slug of summary.organisations) {
        const name = chunk.organisationNames[slug];
        if (name !== undefined) organisationNames[slug] = name;
      }
      return summary;
    });
    return { r, page, ranked, exact, numbers, items, organisationNames, carried: null };
  }

  /**
   * The page its search document carries (decision 016), when the request is a search for one
   * word alone and the carried page is this page: the same numbers in the same order. Null
   * otherwise (a second word, a phrase, a filter, an older build): the page comes from the chunks.
   */
  private async carriedPage(r: Resolved, numbers: readonly number[]): Promise<CarriedPage | null> {
    if (r.words.length !== 1 || r.phrases.length > 0 || r.dated) return null;
    if (r.orgs.length > 0 || r.source !== null || r.speaker !== null) return null;
    const { firstPage } = await this.wordMatches('articles', r.words[0]!);
    if (!firstPage || firstPage.numbers.length !== numbers.length) return null;
    return firstPage.numbers.every((n, i) => n === numbers[i]) ? firstPage : null;
  }

  /** The articles of a result set in relevance order, or null when the index has no impacts. */
  private rankedArticles(
    r: Resolved,
    results: Uint32Array,
    exact: Uint32Array | null,
  ): Promise<Uint32Array | null> {
    return this.ranked.get(`articles:${resolvedKey(r)}`, async () => {
      const words = await Promise.all(r.words.map((word) => this.wordMatches('articles', word)));
      const scores = scoreResults(results, words);
      if (!scores) return null;
      const order = rankedOrder(results, scores);
      return exact ? phraseFirst(order, exact) : order;
    });
  }

  /** Quotes of a result set in relevance order (ties in list order), or null without impacts. */
  private rankedQuotes(
    r: Resolved,
    results: Uint32Array,
    exact: Uint32Array | null,
  ): Promise<Uint32Array | null> {
    return this.ranked.get(`quotes:${resolvedKey(r)}`, async () => {
      const words = await Promise.all(r.words.map((word) => this.wordMatches('quotes', word)));
      const scores = scoreResults(results, words);
      if (!scores) return null;
      const { quoteArticle } = await this.quoteOffsets();
      const order = rankedOrder(results, scores, quoteListSequence(results, quoteArticle));
      return exact ? phraseFirst(order, exact) : order;
    });
  }

  /**
   * Each article's snippet from its document (null when it cannot be read or shows no match); for
   * a carried page (one word alone, page 1), the snippets its search document carries, which the
   * build made with the same `bestSnippet` and query (decision 016): no article document is read.
   */
  private snippets(
    items: readonly ArticleSummary[],
    r: Resolved,
    carried: CarriedPage | null = null,
  ): Promise<(Snippet | null)[]> {
    if (carried?.snippets?.length === items.length) return Promise.resolve(carried.snippets);
    const query = { words: r.words, phrases: r.phrases };
    const key = JSON.stringify([r.words, r.phrases]);
    return Promise.all(
      items.map((item) =>
        this.snippetCache
          .get(`${item.id}\n${key}`, async () => {
            const article = await this.keptArticle(item.id, { background: true });
            return article && bestSnippet(article.paragraphs, query);
          })
          // A failed load is not kept (the next query tries again); the card shows its excerpt.
          .catch(() => null),
      ),
    );
  }

  /** Names of the organisations and speaker a request selects, from their (already loaded) documents. */
  private async selectedNames(
    r: Resolved,
  ): Promise<{ organisationNames: Record<string, string>; speakerNames: Record<string, string> }> {
    const [organisations, speaker] = await Promise.all([
      Promise.all(r.orgs.map((org) => this.organisation(org.slug))),
      r.speaker ? this.speaker(r.speaker.slug) : null,
    ]);
    const organisationNames: Record<string, string> = {};
    for (const document of organisations)
      if (document) organisationNames[document.organisation.slug] = document.organisation.name;
    const speakerNames: Record<string, string> = {};
    if (speaker) speakerNames[speaker.speaker.slug] = speaker.speaker.name;
    return { organisationNames, speakerNames };
  }

  async listQuotes(request: ListRequest): Promise<ListResult<QuoteRow>> {
    // `/quotes` without `fragments` splits the list at the fragments: ask for them beside meta,
    // not after it (its failure is met where the list awaits them).
    if (request.filters.fragments === 'last') this.quoteFragments().catch(() => undefined);
    const r = await this.resolve(request.filters, 'quotes');
    const { results } = await this.quoteResults(r);
    const page = pageOf(results.length, request.page);
    const selected = await this.selectedNames(r);
    const exact = await this.exactPhrase(r, 'quotes', results);
    const ranked = r.byRelevance ? await this.rankedQuotes(r, results, exact) : null;
    const base = {
      ...page.result,
      ...selected,
      unknown: r.unknown,
      order: ranked ? 'relevance' : 'newest',
    } as const;
    /** Each row's phrase membership, by the index's own rule on the fields the row carries. */
    const withPhrase = (result: ListResult<QuoteRow>): ListResult<QuoteRow> => {
      if (!exact) return result;
      const pairs = r.phrases.flatMap((phrase) => phrasePairs(phrase));
      const items = result.items.map((row) => {
        const own = adjacentPairs([row.text, row.speaker ?? '', row.role ?? '', row.headline]);
        return pairs.every((pair) => own.has(pair));
      });
      return { ...result, phrase: { count: exact.length, first: ranked !== null, items } };
    };
    const background = request.readAhead === true;
    const rowsOf = (list: Uint32Array, start: number, end: number) =>
      Promise.all(Array.from(list.subarray(start, end), (q) => this.quoteRow(q, background)));
    const pageOfList = (list: Uint32Array | null, numbers: Uint32Array, start: number, end: number) =>
      list ? rowsOf(list, start, end) : this.quotePage(numbers, start, end, background);
    if (r.fragments === 'inline')
      return withPhrase({ ...base, items: await pageOfList(ranked, results, page.start, page.end) });
    if (r.fragments === 'hide') {
      // The results already leave fragments out; how many were left out is said to the reader.
      const [items, all] = await Promise.all([
        pageOfList(ranked, results, page.start, page.end),
        this.quoteResults({ ...r, fragments: 'inline' }),
      ]);
      return withPhrase({ ...base, items, fragments: all.results.length - results.length });
    }
    // Substantive quotes first, then fragments, each part in the list's order (ranked or newest).
    const fragments = intersect(results, await this.quoteFragments());
    const split = results.length - fragments.length;
    const isFragment = (q: number) => fragments[lowerBound(fragments, q)] === q;
    const first = ranked ? ranked.filter((q) => !isFragment(q)) : difference(results, fragments);
    const second = ranked ? ranked.filter(isFragment) : fragments;
    const [top, rest] = await Promise.all([
      pageOfList(ranked && first, first, Math.min(page.start, split), Math.min(page.end, split)),
      pageOfList(ranked && second, second, Math.max(0, page.start - split), Math.max(0, page.end - split)),
    ]);
    return withPhrase({
      ...base,
      items: [...top, ...rest],
      fragments: fragments.length,
      firstFragment: split + 1,
    });
  }

  /**
   * Quotes at list positions [start, end) of a result set. The list runs newest article first
   * and in reading order within an article: descending numbers, except that each article's run
   * is reversed. Positions of a whole run stay the same under that reversal, so the page is the
   * same stretch of descending numbers once it is widened to whole runs at both ends; a run's
   * article is read from the quote rows themselves (`articleId`), so no columns are needed.
   */
  private async quotePage(
    results: Uint32Array,
    start: number,
    end: number,
    background = false,
  ): Promise<QuoteRow[]> {
    if (start >= end) return [];
    const total = results.length;
    const lo = total - end;
    const hi = total - 1 - start;
    // The page and one quote either side, in parallel: most pages need nothing more.
    const chunks = new Set<number>();
    for (let i = Math.max(0, lo - 1); i <= Math.min(total - 1, hi + 1); i++)
      chunks.add(Math.floor(results[i]! / QUOTE_CHUNK_SIZE));
    await Promise.all([...chunks].map((k) => this.quoteChunk(k, background)));
    const rows = new Map<number, QuoteRow>();
    const rowAt = async (i: number): Promise<QuoteRow> => {
      let row = rows.get(i);
      if (!row) {
        row = await this.quoteRow(results[i]!, background);
        rows.set(i, row);
      }
      return row;
    };
    const top = (await rowAt(hi)).articleId;
    let g1 = hi;
    while (g1 + 1 < total && (await rowAt(g1 + 1)).articleId === top) g1++;
    const bottom = (await rowAt(lo)).articleId;
    let g0 = lo;
    while (g0 > 0 && (await rowAt(g0 - 1)).articleId === bottom) g0--;
    for (let i = g0; i <= g1; i++) await rowAt(i);
    const ordered: QuoteRow[] = [];
    for (let j = g1; j >= g0;) {
      const article = rows.get(j)!.articleId;
      let k = j;
      while (k > g0 && rows.get(k - 1)!.articleId === article) k--;
      for (let m = k; m <= j; m++) ordered.push(rows.get(m)!);
      j = k - 1;
    }
    const offset = start - (total - 1 - g1);
    return ordered.slice(offset, offset + (end - start));
  }

  async countArticles(filters: Filters): Promise<number> {
    const r = await this.resolve(filters, 'articles');
    return (await this.articleResults(r)).results.length;
  }

  async countQuotes(filters: Filters): Promise<number> {
    const r = await this.resolve(filters, 'quotes');
    return (await this.quoteResults(r)).results.length;
  }

  // ---- Facets ----

  async articleFacets(filters: Filters, options: FacetOptions = {}): Promise<FacetResult> {
    const r = await this.resolve(filters, 'articles');
    const index = await this.metaIndex();
    const selectedSource = r.source === null ? [] : [r.source];
    if (options.quick && unfiltered(r, index)) {
      return {
        organisations: index.meta.top.articleOrganisations,
        sources: facetRowsFrom(
          Uint32Array.from(index.meta.sources, (source) => source.count),
          index.sources,
          selectedSource,
        ),
        // Meta holds no per-article speaker counts: those need the columns.
        speakers: null,
      };
    }
    const [{ bySpeaker, bySource, results }, columns, tree, expanded, speakers] = await Promise.all([
      this.articleResults(r),
      this.columns(),
      this.organisationTree(),
      this.expanded(),
      this.speakerDirectory(),
    ]);
    const sourceCounts = countColumn(bySpeaker, columns.articleSource, index.sources.slugs.length);
    const organisationCounts = countArticleOrganisations(results, expanded, tree.slugs.length);
    const speakerCounts = countArticleSpeakers(
      bySource,
      columns.quoteStart,
      columns.quoteSpeaker,
      speakers.slugs.length,
    );
    const selectedSpeaker = r.speaker ? speakers.idOf.get(r.speaker.slug) : undefined;
    return {
      organisations: facetRowsFrom(organisationCounts, tree, selectedOrganisations(r, tree)),
      sources: facetRowsFrom(sourceCounts, index.sources, selectedSource),
      speakers: facetRowsFrom(
        speakerCounts,
        speakers,
        selectedSpeaker === undefined ? [] : [selectedSpeaker],
      ),
    };
  }

  async quoteFacets(filters: Filters, options: FacetOptions = {}): Promise<FacetResult> {
    const r = await this.resolve(filters, 'quotes');
    const index = await this.metaIndex();
    if (unfiltered(r, index)) {
      if (options.quick) {
        const { top } = index.meta;
        return {
          organisations: top.quoteOrganisations,
          sources: top.quoteSources,
          speakers: top.quoteSpeakers,
        };
      }
      // Every quote of the corpus: counted once, then kept (it is the largest count there is).
      return this.cached('quote-facets:all', () => this.countQuoteFacets(r));
    }
    return this.countQuoteFacets(r);
  }

  private async countQuoteFacets(r: Resolved): Promise<FacetResult> {
    const index = await this.metaIndex();
    const [sets, columns, tree, expanded, speakers] = await Promise.all([
      this.quoteResults(r),
      this.columns(),
      this.organisationTree(),
      this.expanded(),
      this.speakerDirectory(),
    ]);
    const sourceCounts = countColumn(
      sets.bySpeaker,
      columns.articleSource,
      index.sources.slugs.length,
      columns.quoteArticle,
    );
    // Speaker ids are stored plus one (0: no speaker), so count with one more slot and drop it.
    const speakerCounts = countColumn(
      sets.bySource,
      columns.quoteSpeaker,
      speakers.slugs.length + 1,
    ).subarray(1);
    const organisationCounts = countQuoteOrganisations(
      sets.results,
      columns.quoteArticle,
      expanded,
      tree.slugs.length,
    );
    const selectedSpeaker = r.speaker ? speakers.idOf.get(r.speaker.slug) : undefined;
    return {
      organisations: facetRowsFrom(organisationCounts, tree, selectedOrganisations(r, tree)),
      sources: facetRowsFrom(sourceCounts, index.sources, r.source === null ? [] : [r.source]),
      speakers: facetRowsFrom(
        speakerCounts,
        speakers,
        selectedSpeaker === undefined ? [] : [selectedSpeaker],
      ),
    };
  }

  // ---- An article's neighbours in the newest-first list ----

  async neighbours(id: string, date: string): Promise<Neighbours> {
    const number = await this.articleNumber(id, date);
    if (number < 0) return { older: null, newer: null };
    const { articleCount } = (await this.metaIndex()).meta;
    const [older, newer] = await Promise.all([
      number > 0 ? this.summary(number - 1) : null,
      number + 1 < articleCount ? this.summary(number + 1) : null,
    ]);
    return { older, newer };
  }

  /** An article's number, found among the articles of its day; -1 when it is not there. */
  private async articleNumber(id: string, date: string): Promise<number> {
    const index = await this.metaIndex();
    const { days } = index.meta;
    const day = stringBound(days, date, false);
    if (days[day] !== date) return -1;
    const lo = index.dayStart[day]!;
    const hi = index.dayStart[day + 1]!;
    const chunks = await Promise.all(
      rangeOf(Math.floor(lo / ARTICLE_CHUNK_SIZE), Math.floor((hi - 1) / ARTICLE_CHUNK_SIZE)).map((k) =>
        this.articleChunk(k),
      ),
    );
    let number = -1;
    for (const chunk of chunks) {
      const at = chunk.summaries.findIndex((summary) => summary.id === id);
      if (at >= 0 && chunk.first + at >= lo && chunk.first + at < hi) number = chunk.first + at;
    }
    return number;
  }

  // ---- Reading: timelines, related articles, corroborated quotes ----

  /**
   * Per day of `meta.days`, how many articles match the filters without their date range (the
   * timeline shows the whole span and marks the range). Quote lists count the articles holding
   * matching quotes.
   */
  async histogram(view: View, filters: Filters): Promise<number[]> {
    const undated = { ...filters, from: null, to: null };
    const r = await this.resolve(undated, view);
    const index = await this.metaIndex();
    let articles: Uint32Array;
    if (view === 'articles') articles = (await this.articleResults(r)).results;
    else {
      const [{ results }, { quoteArticle }] = await Promise.all([this.quoteResults(r), this.quoteOffsets()]);
      articles = articlesOfQuotes(results, quoteArticle);
    }
    return countPerDay(articles, index.dayStart);
  }

  /** The articles related to this one (best first), or none when the build wrote no such list. */
  async related(id: string, date: string): Promise<RelatedArticle[]> {
    const number = await this.articleNumber(id, date);
    if (number < 0) return [];
    const k = Math.floor(number / ARTICLE_CHUNK_SIZE);
    const chunk = await this.relatedChunks.get(k, () =>
      orNull(this.loader.load(viewPaths.relatedChunk(this.buildId, k), 'related-chunk')),
    );
    return chunk?.related[number - chunk.first] ?? [];
  }

  /** Per quote anchor of this article, where else the quotation appears (only quotes that do). */
  async articleCorroborations(id: string, date: string): Promise<Record<string, Corroboration>> {
    const number = await this.articleNumber(id, date);
    if (number < 0) return {};
    const [groups, { quoteStart }] = await Promise.all([this.quoteGroups(), this.quoteOffsets()]);
    if (!groups) return {};
    const out: Record<string, Corroboration> = {};
    const rows = await Promise.all(
      rangeOf(quoteStart[number]!, quoteStart[number + 1]! - 1).map(async (q) => ({
        q,
        corroboration: await this.corroboration(groups, q),
      })),
    );
    for (const { q, corroboration } of rows) {
      if (corroboration) out[(await this.quoteRow(q)).anchor] = corroboration;
    }
    return out;
  }

  private quoteGroups(): Promise<QuoteGroups | null> {
    return this.cached('quote-groups', async () => {
      const document = await orNull(this.loader.load(viewPaths.quoteGroups(this.buildId), 'quote-groups'));
      if (!document) return null;
      const groups = document.groups.map((deltas) => decodeDeltas(deltas));
      const groupOf = new Map<number, number>();
      groups.forEach((members, g) => {
        for (const q of members) groupOf.set(q, g);
      });
      return { groups, groupOf };
    });
  }

  /** Where else quote q's quotation appears, or null when nowhere. */
  private async corroboration(
    groups: QuoteGroups,
    q: number,
    limit = CORROBORATION_LIST,
  ): Promise<Corroboration | null> {
    const g = groups.groupOf.get(q);
    if (g === undefined) return null;
    const { quoteArticle } = await this.quoteOffsets();
    const own = quoteArticle[q];
    // One quote per other article, the newest articles first.
    const members = groups.groups[g]!;
    const picked: number[] = [];
    const seen = new Set<number>([own!]);
    for (let i = members.length - 1; i >= 0; i--) {
      const article = quoteArticle[members[i]!]!;
      if (seen.has(article)) continue;
      seen.add(article);
      picked.push(members[i]!);
    }
    if (picked.length === 0) return null;
    const others = await Promise.all(
      picked.slice(0, limit).map(async (m) => {
        const { articleId, anchor, headline, date, sourceSlug, text } = await this.quoteRow(m);
        return { articleId, anchor, headline, date, sourceSlug, text };
      }),
    );
    return { articleCount: picked.length, others };
  }

  /**
   * Where else each quote of a quote list's page appears (keyed by `quoteKey`; only quotes that
   * do). Asked after the page is shown, so the list itself never waits on `quote-groups.json`.
   */
  async quoteCorroborations(request: ListRequest): Promise<Record<string, Corroboration>> {
    const groups = await this.quoteGroups();
    if (!groups) return {};
    // The page as the list shows it (in whatever order), then each quote's number from its
    // article's number and its anchor (quote-N is the article's N-th quote in reading order).
    const { items } = await this.listQuotes(request);
    const { quoteStart } = await this.quoteOffsets();
    // (Kept for callers of the per-quote notes; /quotes itself asks `quoteGrouping`.)
    const out: Record<string, Corroboration> = {};
    await Promise.all(
      items.map(async (item) => {
        const n = /^quote-(\d+)$/.exec(item.anchor);
        if (!n) return;
        const article = await this.articleNumber(item.articleId, item.date);
        if (article < 0) return;
        const q = quoteStart[article]! + Number(n[1]) - 1;
        if (q >= quoteStart[article + 1]!) return;
        const corroboration = await this.corroboration(groups, q);
        if (corroboration) out[quoteKey(item)] = corroboration;
      }),
    );
    return out;
  }
  /**
   * How the list groups corroborated quotations (`QuoteGrouping`): from the whole list in its
   * order (ranked or newest first, fragments where the list puts them), each group's first place;
   * the page's grouped quotes are that first place (with its sources) or folded into it. Asked
   * after the page is shown, as the corroborations were.
   */
  async quoteGrouping(request: ListRequest): Promise<QuoteGrouping> {
    const groups = await this.quoteGroups();
    const r = await this.resolve(request.filters, 'quotes');
    const { results } = await this.quoteResults(r);
    if (!groups) return { distinct: results.length, items: {} };
    const order = await this.quoteListOrder(r, results);
    const firstPlace = new Map<number, number>();
    let folded = 0;
    order.forEach((q, i) => {
      const g = groups.groupOf.get(q);
      if (g === undefined) return;
      if (firstPlace.has(g)) folded++;
      else firstPlace.set(g, i);
    });
    const page = pageOf(results.length, request.page);
    const items: Record<string, GroupedQuote> = {};
    await Promise.all(
      Array.from(order.subarray(page.start, page.end), async (q, k) => {
        const g = groups.groupOf.get(q);
        if (g === undefined) return;
        const row = await this.quoteRow(q);
        const first = firstPlace.get(g)!;
        if (first === page.start + k) {
          const sources = await this.corroboration(groups, q, SOURCES_LIST);
          if (sources) items[quoteKey(row)] = { kind: 'first', sources };
          return;
        }
        const { articleId, anchor, headline, date, sourceSlug, text } = await this.quoteRow(order[first]!);
        items[quoteKey(row)] = {
          kind: 'folded',
          position: first + 1,
          page: Math.floor(first / PAGE_SIZE) + 1,
          first: { articleId, anchor, headline, date, sourceSlug, text },
        };
      }),
    );
    return { distinct: results.length - folded, items };
  }

  /** Every result's quote number in the list's order, as `listQuotes` pages through it. */
  private quoteListOrder(r: Resolved, results: Uint32Array): Promise<Uint32Array> {
    return this.derived.get(`quote-order:${resolvedKey(r)}:${r.byRelevance}:${r.fragments}`, async () => {
      const [exact, { quoteArticle }] = await Promise.all([
        this.exactPhrase(r, 'quotes', results),
        this.quoteOffsets(),
      ]);
      const ranked = r.byRelevance ? await this.rankedQuotes(r, results, exact) : null;
      const newest = (numbers: Uint32Array) =>
        Uint32Array.from(quoteListSequence(numbers, quoteArticle), (i) => numbers[i]!);
      if (r.fragments !== 'last') return ranked ?? newest(results);
      const fragments = await this.quoteFragments();
      const isFragment = (q: number) => holds(fragments, q);
      if (ranked)
        return Uint32Array.from([...ranked.filter((q) => !isFragment(q)), ...ranked.filter(isFragment)]);
      const own = intersect(results, fragments);
      return Uint32Array.from([...newest(difference(results, own)), ...newest(own)]);
    });
  }
}

interface PageWindow {
  start: number;
  end: number;
  result: Pick<ListResult<never>, 'total' | 'page' | 'pageCount' | 'clamped' | 'firstItemNumber'>;
}

/** As `paginate`: pages from 1, a page past the end shows the last one. */
function pageOf(total: number, requested: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, requested), pageCount);
  const start = (page - 1) * PAGE_SIZE;
  return {
    start,
    end: Math.min(total, start + PAGE_SIZE),
    result: { total, page, pageCount, clamped: page !== requested, firstItemNumber: start + 1 },
  };
}

function unfiltered(r: Resolved, index: MetaIndex): boolean {
  return (
    r.words.length === 0 &&
    r.orgs.length === 0 &&
    r.source === null &&
    r.speaker === null &&
    r.fragments !== 'hide' &&
    r.dayLo === 0 &&
    r.dayHi === index.meta.days.length
  );
}

/** What a ranked order depends on: the words and every filter that narrows the results. */
function resolvedKey(r: Resolved): string {
  return JSON.stringify([
    r.words,
    r.phrases,
    r.dayLo,
    r.dayHi,
    r.orgs.map((org) => org.slug),
    r.source,
    r.speaker?.slug,
  ]);
}

function selectedOrganisations(r: Resolved, tree: OrganisationTree): number[] {
  const ids: number[] = [];
  for (const org of r.orgs) {
    const id = tree.idOf.get(org.slug);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

function rangeOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(k);
  return out;
}

/** The document, or null when it does not exist. */
async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isDocumentNotFound(error)) return null;
    throw error;
  }
}
