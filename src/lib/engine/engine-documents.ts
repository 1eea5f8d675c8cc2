/**
 * The query engine's documents (layout 3, `src/contract/views.ts`) and what is derived from them:
 * each loaded once through the `DocumentLoader`, a load in flight shared, and the larger kinds
 * kept up to `KEEP` each, least recently used dropped first. Nothing here knows a query: the
 * engine (`query-engine.ts`) asks for what a query needs, and `resolved-filters.ts` turns a
 * request's filters into sets of numbers from them.
 */
import type { Article, ArticleSummary } from '../../contract/schema.ts';
import type {
  ArticleChunkDocument,
  OrganisationDirectoryDocument,
  OrganisationDocument,
  QuoteChunkDocument,
  QuoteRow,
  RelatedChunkDocument,
  SearchIndexName,
  SearchPairsDocument,
  SpeakerDocument,
  ViewDocument,
} from '../../contract/views.ts';
import { pairShard, phrasePairs } from '../../contract/search-pairs.ts';
import { ARTICLE_CHUNK_SIZE, decodeDeltas, QUOTE_CHUNK_SIZE, viewPaths } from '../../contract/views.ts';
import type { ExpandedOrganisations, FacetDirectory, OrganisationTree } from './facet-counts.ts';
import { expandOrganisations, facetDirectory, organisationTree } from './facet-counts.ts';
import {
  difference,
  EMPTY,
  identity,
  intersectAll,
  prefixSums,
  quotesOfArticles,
  whereEquals,
} from './number-sets.ts';
import { PromiseCache } from './promise-cache.ts';
import { pairPostings } from './phrases.ts';
import { articlesOfQuotes } from './reading-counts.ts';
import type { DecodedChunk, WordMatch } from './search-postings.ts';
import { chunkPostings, decodeChunk, decodePrefix, searchDocumentFor } from './search-postings.ts';
import type { DocumentLoader, EngineMeta, LoadOptions } from './types.ts';
import { isDocumentNotFound } from './types.ts';

/** The form of every slug (`slugSchema`): anything else names nothing and is not fetched. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How many of each kind of document are kept; the rest are dropped least recently used first. */
export const KEEP = {
  chunks: 256,
  search: 64,
  words: 256,
  pages: 128,
  articles: 64,
  ranked: 16,
  snippets: 200,
} as const;

export interface MetaIndex {
  meta: EngineMeta;
  /** Day d's articles are numbered `dayStart[d]` to `dayStart[d + 1] - 1`. */
  dayStart: Uint32Array;
  /** The same for quotes, when meta has `dayQuoteCounts`. */
  quoteDayStart: Uint32Array | null;
  sources: FacetDirectory;
  allArticles: Uint32Array;
  allQuotes: Uint32Array;
}

export interface Columns {
  articleSource: Int32Array;
  organisationOffsets: Uint32Array;
  articleOrganisations: Int32Array;
  /** Article n's quotes are numbered `quoteStart[n]` to `quoteStart[n + 1] - 1`. */
  quoteStart: Uint32Array;
  /** Speaker id + 1, 0 for none. */
  quoteSpeaker: Uint32Array;
  quoteArticle: Uint32Array;
}

export interface QuoteGroups {
  groups: Uint32Array[];
  /** Quote number → index in `groups`. */
  groupOf: Map<number, number>;
}

export class EngineDocuments {
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
  private readonly pairDocuments = new PromiseCache<SearchPairsDocument>(KEEP.search);
  /** Per index and phrases, the numbers of the documents holding every phrase (null: no pair index). */
  private readonly phraseNumbers = new PromiseCache<Uint32Array | null>(KEEP.words);

  constructor(
    private readonly loader: DocumentLoader,
    private readonly buildId: string,
  ) {}

  /** Something made once from the documents and kept for the engine's life, under `key`. */
  cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    return this.once.get(key, load) as Promise<T>;
  }

  /** A set of numbers derived from the documents, kept (up to `KEEP.pages`) under `key`. */
  derive(key: string, make: () => Promise<Uint32Array>): Promise<Uint32Array> {
    return this.derived.get(key, make);
  }

  /** `meta.json`: counts, days, sources, top facet rows, the search directories. */
  meta(): Promise<EngineMeta> {
    return this.metaIndex().then((index) => index.meta);
  }

  /** `meta.json` with what every query derives from it: day and quote-day starts, every number. */
  metaIndex(): Promise<MetaIndex> {
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
  columns(): Promise<Columns> {
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
  sourceColumn(): Promise<Int32Array> {
    return this.cached('source-column', async () => {
      const document = await this.loader.load(viewPaths.sourceColumn(this.buildId), 'source-column');
      return Int32Array.from(document.articleSource);
    });
  }

  /** Where each article's quotes start, and each quote's article: quotes by organisation or source. */
  quoteOffsets(): Promise<{ quoteStart: Uint32Array; quoteArticle: Uint32Array }> {
    return this.cached('quote-offsets', async () => {
      const document = await this.loader.load(viewPaths.quoteOffsets(this.buildId), 'quote-offsets');
      const quoteStart = decodeDeltas(document.quoteOffsets);
      const quoteArticle = new Uint32Array(quoteStart[quoteStart.length - 1] ?? 0);
      for (let a = 0; a + 1 < quoteStart.length; a++) quoteArticle.fill(a, quoteStart[a], quoteStart[a + 1]);
      return { quoteStart, quoteArticle };
    });
  }

  /** The numbers of the quotes that are fragments (`quote-substance.ts`). */
  quoteFragments(): Promise<Uint32Array> {
    return this.cached('quote-fragments', async () =>
      decodeDeltas(
        (await this.loader.load(viewPaths.quoteFragments(this.buildId), 'quote-fragments')).fragments,
      ),
    );
  }

  /** The numbers of every other quote. */
  substantiveQuotes(): Promise<Uint32Array> {
    return this.cached('substantive-quotes', async () => {
      const [index, fragments] = await Promise.all([this.metaIndex(), this.quoteFragments()]);
      return difference(index.allQuotes, fragments);
    });
  }

  /** `organisations.json`: every organisation with its parent and aliases (facets, the finder). */
  organisationDirectory(): Promise<OrganisationDirectoryDocument> {
    return this.cached('organisation-directory', () =>
      this.loader.load(viewPaths.organisations(this.buildId), 'organisation-directory'),
    );
  }

  /** The organisations as facet ids with their parents, for counting a parent with its children. */
  organisationTree(): Promise<OrganisationTree> {
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

  /** `speakers.json` as facet ids. */
  speakerDirectory(): Promise<FacetDirectory> {
    return this.cached('speaker-directory', async () => {
      const document = await this.loader.load(viewPaths.speakers(this.buildId), 'speaker-directory');
      return facetDirectory(document.speakers);
    });
  }

  /** Each article's organisations with their ancestors, as facet ids (organisation counts). */
  expanded(): Promise<ExpandedOrganisations> {
    return this.cached('expanded', async () => {
      const [columns, tree] = await Promise.all([this.columns(), this.organisationTree()]);
      return expandOrganisations(columns.organisationOffsets, columns.articleOrganisations, tree);
    });
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

  /** An article document, loaded once (`background`: at low priority, for snippets). */
  article(id: string, options: { background?: boolean } = {}): Promise<Article | null> {
    return this.articles.get(id, () => this.loader.loadArticle(id, options));
  }

  /** The numbers of an organisation's articles (its own and its descendants'), or null when unknown. */
  organisationArticles(slug: string): Promise<Uint32Array | null> {
    return this.organisationNumbers.get(slug, async () => {
      const document = await this.organisation(slug);
      return document && decodeDeltas(document.articles);
    });
  }

  /** The numbers of a speaker's quotes, or null when there is no such speaker. */
  speakerQuotes(slug: string): Promise<Uint32Array | null> {
    return this.speakerNumbers.get(slug, async () => {
      const document = await this.speaker(slug);
      return document && decodeDeltas(document.quotes);
    });
  }

  /** The numbers of every article (or quote) with a term starting with `word`, with their impacts. */
  wordMatches(index: SearchIndexName, word: string): Promise<WordMatch> {
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
  phraseMatches(index: SearchIndexName, phrases: readonly string[][]): Promise<Uint32Array | null> {
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

  /** The numbers of a source's articles. */
  sourceArticles(source: number): Promise<Uint32Array> {
    return this.derived.get(`source-articles:${source}`, async () =>
      whereEquals(await this.sourceColumn(), source),
    );
  }

  /** The numbers of the quotes of a source's articles. */
  sourceQuotes(source: number): Promise<Uint32Array> {
    return this.derived.get(`source-quotes:${source}`, async () => {
      const [articles, offsets] = await Promise.all([this.sourceArticles(source), this.quoteOffsets()]);
      return quotesOfArticles(articles, offsets.quoteStart);
    });
  }

  /** The numbers of the quotes of an organisation's articles (`articles`, its article numbers). */
  organisationQuotes(slug: string, articles: Uint32Array): Promise<Uint32Array> {
    return this.derived.get(`organisation-quotes:${slug}`, async () =>
      quotesOfArticles(articles, (await this.quoteOffsets()).quoteStart),
    );
  }

  /**
   * `options`: how the first ask wants it (a page read ahead, or for an export: `ListRequest`'s
   * `readAhead` and `bulk`); a later ask shares the load.
   */
  articleChunk(k: number, options: LoadOptions = {}): Promise<ArticleChunkDocument> {
    return this.chunk(
      this.articleChunks,
      viewPaths.articleChunk(this.buildId, k),
      k,
      'article-chunk',
      options,
    );
  }

  /** Quote chunk `k` (quotes 32k…32k+31); `options` as for article chunks. */
  quoteChunk(k: number, options: LoadOptions = {}): Promise<QuoteChunkDocument> {
    return this.chunk(this.quoteChunks, viewPaths.quoteChunk(this.buildId, k), k, 'quote-chunk', options);
  }

  /** Chunks an export read (bulk, past the service worker's cache) that no view has asked for since. */
  private readonly bulkOnly = new Set<string>();

  /**
   * A chunk an export read is shared with the views that ask for it later, but a bulk read passes
   * by the service worker's offline cache (decision 008): the page the reader looked at would then
   * be "not available offline". The first view to ask reads it once more, plainly, for that cache
   * (from the browser's HTTP cache as a rule: the build's documents are immutable): after the
   * export's read has its answer, not beside it (a second download of the same document), and not
   * when the chunk has been let go since and the view reads it plainly itself (twice, then).
   */
  private chunk<K extends 'article-chunk' | 'quote-chunk'>(
    cache: PromiseCache<Extract<ViewDocument, { kind: K }>>,
    path: string,
    k: number,
    kind: K,
    options: LoadOptions,
  ): Promise<Extract<ViewDocument, { kind: K }>> {
    const ask = { loadsItself: false };
    const shared = cache.get(k, () => {
      ask.loadsItself = true;
      const load = this.loader.load(path, kind, options);
      if (!options.bulk) return load;
      this.bulkOnly.add(path);
      return load.catch((error: unknown) => {
        this.bulkOnly.delete(path);
        throw error;
      });
    });
    if (!options.bulk && this.bulkOnly.delete(path) && !ask.loadsItself)
      shared.then(() => this.loader.load(path, kind, { background: true })).catch(() => undefined);
    return shared;
  }

  async summary(n: number): Promise<ArticleSummary> {
    const chunk = await this.articleChunk(Math.floor(n / ARTICLE_CHUNK_SIZE));
    return chunk.summaries[n - chunk.first]!;
  }

  async quoteRow(q: number, options: LoadOptions = {}): Promise<QuoteRow> {
    const chunk = await this.quoteChunk(Math.floor(q / QUOTE_CHUNK_SIZE), options);
    return chunk.quotes[q - chunk.first]!;
  }

  /** The articles quoting a speaker: the `speaker` filter of the article list. */
  speakerArticles(slug: string, quotes: Uint32Array): Promise<Uint32Array> {
    return this.derived.get(`speaker-articles:${slug}`, async () =>
      articlesOfQuotes(quotes, (await this.quoteOffsets()).quoteArticle),
    );
  }

  /** `quote-groups.json`: the quotations found in more than one article, or null without it. */
  quoteGroups(): Promise<QuoteGroups | null> {
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

  /** The related-articles chunk `k`, or null when the build wrote none. */
  relatedChunk(k: number): Promise<RelatedChunkDocument | null> {
    return this.relatedChunks.get(k, () =>
      orNull(this.loader.load(viewPaths.relatedChunk(this.buildId, k), 'related-chunk')),
    );
  }
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
