/**
 * Every per-view document of layout 3 (`src/contract/views.ts`), computed from the corpus and
 * handed to a sink one at a time, so no more than one document is held at once. The semantics
 * are the app's as of layout 2 (now kept as the oracle in `tests/domain/reference/`: `article-filters.ts`, `quote-filters.ts`,
 * `organisation-stats.ts`); `tests/ingest/view-documents.test.ts` holds them to that code.
 */
import type { ArticleSummary, FacetEntry, QuoteEntry, Schema } from '../../../contract/schema.ts';
import {
  articleChunkDocumentSchema,
  columnsDocumentSchema,
  quoteOffsetsDocumentSchema,
  quoteFragmentsDocumentSchema,
  sourceColumnDocumentSchema,
  metaDocumentSchema,
  organisationDirectoryDocumentSchema,
  organisationDocumentSchema,
  quoteChunkDocumentSchema,
  quoteGroupsDocumentSchema,
  relatedChunkDocumentSchema,
  searchChunkDocumentSchema,
  searchPrefixDocumentSchema,
  speakerDirectoryDocumentSchema,
  speakerDocumentSchema,
} from '../../../contract/view-schemas.ts';
import {
  ARTICLE_CHUNK_SIZE,
  CARRIED_PAGE_SIZE,
  encodeDeltas,
  QUOTE_CHUNK_SIZE,
  TOP_FACETS,
  VIEW_DATA_VERSION,
  viewPaths,
  type CarriedPage,
  type Envelope,
  type FacetRow,
  type QuoteRow,
  type SearchDirectory,
  type SearchIndexName,
  type Snippet,
  type OrganisationDocument,
  type SpeakerDocument,
  type TimelineRow,
} from '../../../contract/views.ts';
import { chunkStarts, compareTerms, crossingPrefixes, termBytes, termRange } from './search-index.ts';
import { groupsOf } from './quote-groups.ts';
import { analyseQuotes, unpackPostings, type QuoteAnalysis } from './quote-analysis.ts';
import { rankRelated } from './related-articles.ts';
import { writePairIndex } from './search-pairs.ts';
import { articleImpacts, countedImpacts, unionWithImpacts } from './search-impacts.ts';
import { expandedOrganisations, type ViewCorpus } from './view-corpus.ts';
import { encodeImpacts, rankedOrder, scoreResults } from '../../../contract/search-ranking.ts';
import { DocumentKey } from './document-keys.ts';
import { bestSnippet } from '../../../lib/snippets.ts';

/** Receives each document with its path (relative to the data folder) and its schema. */
export type DocumentSink = <T>(path: string, schema: Schema<T>, document: T, sample: boolean) => void;

/**
 * Offered a document's path and input key before it is made: true when the previous build's
 * document of that key is carried over (the document is then not made), false when it must be
 * made and emitted.
 */
export type CarrySink = (path: string, key: string) => boolean;

/** What keyed documents need: the sink, and each article's content key by number. */
export interface Keying {
  carry: CarrySink;
  articleKeys: readonly string[];
  /**
   * The article numbers the previous build's document at this path was keyed with, kept with its
   * key (a prefix search document's first page, a related chunk's related articles); null when
   * there are none. A key made with them equals the kept key only when they are still right.
   */
  keptNumbers?: (path: string) => readonly number[] | null;
  /** Keeps the article numbers a document made now was keyed with, for the next build. */
  keepNumbers?: (path: string, numbers: readonly number[]) => void;
}

/** How many articles and quotes an organisation's or speaker's page shows. */
const LATEST = 10;
/** Past this many months an organisation's timeline counts by year (as `organisationActivity`). */
const MAX_MONTH_ROWS = 24;

/** Builds every document of the build folder and gives each to `emit`; `trace` marks the phases. */
export function buildViewDocuments(
  corpus: ViewCorpus,
  articlePostings: () => Map<string, ArrayLike<number>>,
  articlePairs: () => ReadonlyMap<string, ArrayLike<number>>,
  emit: DocumentSink,
  trace: (phase: string) => void,
  keying: Keying | null = null,
  /** Article n's paragraphs, for the carried pages' snippets; without it, pages carry none. */
  paragraphs: ((n: number) => readonly string[]) | null = null,
  /** The quote analysis (kept and carried over by the caller); without it, made from every quote. */
  quoteAnalysis: (() => QuoteAnalysis) | null = null,
): void {
  const { buildId, articles, lookups } = corpus;
  const envelope = <K extends string>(kind: K): Envelope<K> => ({ version: VIEW_DATA_VERSION, kind });
  const n = articles.length;
  /** Whether the previous build's document is carried over for this key (never without keys). */
  const carried = (path: string, key: (keys: readonly string[]) => DocumentKey): boolean =>
    keying !== null && keying.carry(path, key(keying.articleKeys).digest());

  // Article chunks, in number order: each made from its articles and their organisations' names.
  const chunkCount = Math.ceil(n / ARTICLE_CHUNK_SIZE);
  for (let k = 0; k < chunkCount; k++) {
    const first = k * ARTICLE_CHUNK_SIZE;
    const summaries = articles.slice(first, first + ARTICLE_CHUNK_SIZE);
    const slugs = [...new Set(summaries.flatMap((s) => s.organisations))].sort(compareTerms);
    const path = viewPaths.articleChunk(buildId, k);
    if (
      carried(path, (keys) => {
        const key = new DocumentKey('article-chunk').number(first);
        summaries.forEach((_, i) => key.text(keys[first + i]!));
        for (const slug of slugs) key.text(slug).text(lookups.name(slug));
        return key;
      })
    )
      continue;
    emit(
      path,
      articleChunkDocumentSchema,
      {
        ...envelope('article-chunk'),
        first,
        summaries,
        organisationNames: Object.fromEntries(slugs.map((slug) => [slug, lookups.name(slug)])),
      },
      k === 0 || k === chunkCount - 1,
    );
  }
  trace('view documents: article chunks');

  // The quote chunks: a chunk whose input key is unchanged is not made, so its rows are not parsed.
  const quoteChunkCount = Math.ceil(corpus.quoteCount / QUOTE_CHUNK_SIZE);
  for (let k = 0; k < quoteChunkCount; k++) {
    const first = k * QUOTE_CHUNK_SIZE;
    const last = Math.min(first + QUOTE_CHUNK_SIZE, corpus.quoteCount) - 1;
    const path = viewPaths.quoteChunk(buildId, k);
    // A quote row is made from its article alone: the article's key and the quote's place in it.
    const same = carried(path, (keys) => {
      const key = new DocumentKey('quote-chunk').number(first);
      for (let r = first; r <= last; r++) {
        const a = corpus.quoteArticle[r]!;
        key.text(keys[a]!).number(r - corpus.quoteStart[a]!);
      }
      return key;
    });
    if (same) continue;
    const rows: QuoteRow[] = [];
    for (let q = first; q <= last; q++) rows.push(quoteRow(corpus.quote(q)));
    emit(
      path,
      quoteChunkDocumentSchema,
      { ...envelope('quote-chunk'), first, quotes: rows },
      k === 0 || k === quoteChunkCount - 1,
    );
  }
  trace('view documents: quote chunks');

  // Every quote's search terms, pairs, group keys, speaker and role: kept from the previous build
  // where the caller has them (`carryQuoteAnalysis`), else from every quote.
  const analysis = quoteAnalysis?.() ?? analyseQuotes(corpus);
  trace('view documents: quote analysis');
  const speakerId = new Map(corpus.speakers.map((s, i) => [s.slug, i]));
  const quoteSpeakerSlug = analysis.speakerSlugs;
  const quoteSpeaker = new Array<number>(corpus.quoteCount);
  const speakers = new Map<string, SpeakerTally>();
  const fragments: number[] = [];
  for (let q = 0; q < corpus.quoteCount; q++) {
    if (analysis.substantive[q] === 0) fragments.push(q);
    const slug = quoteSpeakerSlug[q] ?? null;
    quoteSpeaker[q] = slug === null ? 0 : (speakerId.get(slug) ?? -1) + 1;
    if (slug !== null) tallySpeaker(speakers, slug, analysis.roles[q] ?? null, corpus, q);
  }
  trace('view documents: quote columns');

  const quoteTermPostings = unpackPostings(analysis.terms);
  const quoteSearch = writeSearchIndex(
    'quotes',
    quoteTermPostings,
    countedImpacts(analysis.terms, quoteTermPostings, analysis.lengths),
    buildId,
    emit,
    keying?.carry ?? null,
  );
  quoteSearch.pairShards = writePairIndex(
    'quotes',
    unpackPostings(analysis.pairs),
    buildId,
    emit,
    keying?.carry ?? null,
  );
  trace('view documents: quote search');
  const bodyPostings = articlePostings();
  const articleSearch = writeSearchIndex(
    'articles',
    bodyPostings,
    articleImpacts(articles, bodyPostings),
    buildId,
    emit,
    keying?.carry ?? null,
    {
      page: (numbers, impacts) => carriedPage(numbers, impacts, articles, lookups.name),
      pageOf: (numbers) =>
        numbers.every((number) => number < n) ? pageOf(numbers, articles, lookups.name) : null,
      kept: keying?.keptNumbers ?? (() => null),
      keep: keying?.keepNumbers ?? (() => undefined),
      complete: (prefix, page) =>
        paragraphs ? { ...page, snippets: carriedSnippets(page.numbers, prefix, paragraphs) } : page,
      key: (key, page) => {
        for (const number of page.numbers) key.text(keying?.articleKeys[number] ?? null);
        for (const [slug, name] of Object.entries(page.organisationNames)) key.text(slug).text(name);
      },
    },
  );
  trace('view documents: article search');
  articleSearch.pairShards = writePairIndex('articles', articlePairs(), buildId, emit, keying?.carry ?? null);
  trace('view documents: article phrase pairs');

  // Directories and columns; ids are positions in the directories.
  emit(
    viewPaths.organisations(buildId),
    organisationDirectoryDocumentSchema,
    {
      ...envelope('organisation-directory'),
      organisations: corpus.organisations.map(({ slug, name, aliases, parent }) => ({
        slug,
        name,
        aliases,
        parent,
      })),
    },
    true,
  );
  emit(
    viewPaths.speakers(buildId),
    speakerDirectoryDocumentSchema,
    { ...envelope('speaker-directory'), speakers: corpus.speakers.map(({ slug, name }) => ({ slug, name })) },
    true,
  );
  const sourceId = new Map(corpus.sources.map((s, i) => [s.slug, i]));
  const organisationId = new Map(corpus.organisations.map((o, i) => [o.slug, i]));
  const organisationOffsets = [0];
  const articleOrganisations: number[] = [];
  for (const article of articles) {
    const ids = [...new Set(article.organisations.map((slug) => organisationId.get(slug) ?? -1))];
    ids.sort((a, b) => a - b);
    articleOrganisations.push(...ids);
    organisationOffsets.push(articleOrganisations.length);
  }
  emit(
    viewPaths.columns(buildId),
    columnsDocumentSchema,
    {
      ...envelope('columns'),
      organisationOffsets: encodeDeltas(organisationOffsets),
      articleOrganisations,
      quoteSpeaker,
    },
    true,
  );
  // Apart from the facet columns, so the source filter and quotes by organisation need only these.
  emit(
    viewPaths.sourceColumn(buildId),
    sourceColumnDocumentSchema,
    { ...envelope('source-column'), articleSource: articles.map((a) => sourceId.get(a.sourceSlug) ?? -1) },
    true,
  );
  emit(
    viewPaths.quoteOffsets(buildId),
    quoteOffsetsDocumentSchema,
    { ...envelope('quote-offsets'), quoteOffsets: encodeDeltas(Array.from(corpus.quoteStart)) },
    true,
  );

  emit(
    viewPaths.quoteFragments(buildId),
    quoteFragmentsDocumentSchema,
    { ...envelope('quote-fragments'), fragments: encodeDeltas(fragments) },
    true,
  );

  // meta.json.
  const days: string[] = [];
  const dayCounts: number[] = [];
  const dayQuoteCounts: number[] = [];
  articles.forEach((article, number) => {
    const quotes = corpus.quoteStart[number + 1]! - corpus.quoteStart[number]!;
    if (days[days.length - 1] === article.date) {
      dayCounts[dayCounts.length - 1]!++;
      dayQuoteCounts[dayQuoteCounts.length - 1]! += quotes;
    } else {
      days.push(article.date);
      dayCounts.push(1);
      dayQuoteCounts.push(quotes);
    }
  });
  emit(
    viewPaths.meta(buildId),
    metaDocumentSchema,
    {
      // The one versioned document that names its build: the first every view reads.
      ...envelope('meta'),
      buildId,
      articleCount: n,
      quoteCount: corpus.quoteCount,
      organisationCount: corpus.organisations.length,
      speakerCount: corpus.speakers.length,
      days,
      dayCounts,
      dayQuoteCounts,
      sources: [...corpus.sources],
      top: topFacets(corpus, quoteSpeakerSlug),
      search: { articles: articleSearch, quotes: quoteSearch },
    },
    true,
  );
  trace('view documents: directories, columns, meta');

  writeOrganisationDocuments(corpus, emit, keying);
  writeSpeakerDocuments(corpus, speakers, emit, keying);
  trace('view documents: organisations and speakers');

  emit(
    viewPaths.quoteGroups(buildId),
    quoteGroupsDocumentSchema,
    {
      ...envelope('quote-groups'),
      groups: groupsOf(unpackPostings(analysis.groupKeys).values(), corpus.quoteArticle).map(encodeDeltas),
    },
    true,
  );
  trace('view documents: quote groups');
  writeRelatedDocuments(corpus, quoteSpeakerSlug, emit, keying);
  trace('view documents: related articles');
}

function writeRelatedDocuments(
  corpus: ViewCorpus,
  quoteSpeakerSlug: readonly (string | null)[],
  emit: DocumentSink,
  keying: Keying | null,
): void {
  const { articles, buildId } = corpus;
  const speakersOf = articles.map((_, a) => {
    const slugs = new Set<string>();
    for (let q = corpus.quoteStart[a]!; q < corpus.quoteStart[a + 1]!; q++) {
      const slug = quoteSpeakerSlug[q];
      if (slug) slugs.add(slug);
    }
    return [...slugs];
  });
  const speakerNames = new Map(corpus.speakers.map((s) => [s.slug, s.name]));
  const input = {
    articles,
    speakersOf,
    organisationName: corpus.lookups.name,
    speakerName: (slug: string) => speakerNames.get(slug) ?? slug,
  };
  const chunkCount = Math.ceil(articles.length / ARTICLE_CHUNK_SIZE);
  const pathOf = (k: number) => viewPaths.relatedChunk(buildId, k);

  // With keys: which articles relate, and by which facets, follows from every article's date,
  // organisations and speakers (`ranking`); a chunk shows, for each of its articles, the names
  // of its facets and the related articles' summaries. A chunk is carried over when its key made
  // with the related numbers kept from the previous build equals the kept key: then the ranking
  // inputs are the same, so are the numbers, and so is the chunk. The others are ranked.
  const ranking = keying && new DocumentKey('related-chunk').number(articles.length);
  if (ranking)
    articles.forEach((article, a) => {
      ranking.text(article.date).number(article.organisations.length);
      for (const slug of article.organisations) ranking.text(slug);
      ranking.number(speakersOf[a]!.length);
      for (const slug of speakersOf[a]!) ranking.text(slug);
    });
  /** The chunk's key, from its related numbers: per article, how many, then each one. */
  const chunkKey = (k: number, flat: readonly number[]): string | null => {
    const key = ranking!.copy().number(k);
    const first = k * ARTICLE_CHUNK_SIZE;
    let at = 0;
    for (let a = first; a < Math.min(first + ARTICLE_CHUNK_SIZE, articles.length); a++) {
      for (const slug of articles[a]!.organisations) key.text(input.organisationName(slug));
      for (const slug of speakersOf[a]!) key.text(input.speakerName(slug));
      const count = flat[at++];
      if (count === undefined) return null;
      key.number(count);
      for (let i = 0; i < count; i++) {
        const b = flat[at++];
        if (b === undefined || b >= articles.length) return null;
        key.number(b).text(keying!.articleKeys[b]!);
      }
    }
    return at === flat.length ? key.digest() : null;
  };
  const toMake = new Set<number>();
  for (let k = 0; k < chunkCount; k++) {
    const kept = ranking ? keying.keptNumbers?.(pathOf(k)) : null;
    const key = kept ? chunkKey(k, kept) : null;
    if (!(key !== null && keying?.carry(pathOf(k), key))) toMake.add(k);
  }
  if (toMake.size === 0) return;

  const { related, numbers } = rankRelated(input, (a) => toMake.has(Math.floor(a / ARTICLE_CHUNK_SIZE)));
  for (const k of toMake) {
    const first = k * ARTICLE_CHUNK_SIZE;
    const path = pathOf(k);
    if (ranking) {
      const flat = numbers.slice(first, first + ARTICLE_CHUNK_SIZE).flatMap((list) => [list.length, ...list]);
      if (keying.carry(path, chunkKey(k, flat)!)) continue;
      keying.keepNumbers?.(path, flat);
    }
    emit(
      path,
      relatedChunkDocumentSchema,
      {
        version: VIEW_DATA_VERSION,
        kind: 'related-chunk',
        first,
        related: related.slice(first, first + ARTICLE_CHUNK_SIZE),
      },
      k === 0 || k === chunkCount - 1,
    );
  }
}

function quoteRow(quote: QuoteEntry): QuoteRow {
  const { anchor, text, speaker, speakerSlug, role, rule, articleId, date, headline, sourceSlug } = quote;
  return { anchor, text, speaker, speakerSlug, role, rule, articleId, date, headline, sourceSlug };
}

/**
 * The facet rows of the unfiltered views, as `facetRows(analyseArticles(…))` and
 * `facetRows(analyseQuotes(…))` give them: counts tallied in the lists' order (newest article
 * first), sorted by count then name with a stable sort, so even ties come out the same.
 */
function topFacets(
  corpus: ViewCorpus,
  quoteSpeakerSlug: readonly (string | null)[],
): {
  articleOrganisations: FacetRow[];
  quoteOrganisations: FacetRow[];
  quoteSources: FacetRow[];
  quoteSpeakers: FacetRow[];
} {
  const { articles, lookups } = corpus;
  const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);
  const articleOrganisations = new Map<string, number>();
  const quoteOrganisations = new Map<string, number>();
  const quoteSources = new Map<string, number>();
  const quoteSpeakers = new Map<string, number>();
  for (let i = articles.length - 1; i >= 0; i--) {
    const article = articles[i]!;
    const expanded = expandedOrganisations(article.organisations, lookups);
    for (const slug of expanded) bump(articleOrganisations, slug, 1);
    // Every quote of an article carries its organisations and source: tallying them per article,
    // times its quotes, inserts the keys in the same order as tallying quote by quote.
    if (article.quoteCount === 0) continue;
    for (const slug of expanded) bump(quoteOrganisations, slug, article.quoteCount);
    bump(quoteSources, article.sourceSlug, article.quoteCount);
    for (let q = corpus.quoteStart[i]!; q < corpus.quoteStart[i + 1]!; q++) {
      const slug = quoteSpeakerSlug[q];
      if (slug) bump(quoteSpeakers, slug, 1);
    }
  }
  const byName = (list: readonly FacetEntry[]) => {
    const names = new Map(list.map((e) => [e.slug, e.name]));
    return (slug: string) => names.get(slug) ?? slug;
  };
  return {
    articleOrganisations: facetRows(articleOrganisations, lookups.name),
    quoteOrganisations: facetRows(quoteOrganisations, lookups.name),
    quoteSources: facetRows(quoteSources, byName(corpus.sources)),
    quoteSpeakers: facetRows(quoteSpeakers, byName(corpus.speakers)),
  };
}

/** As `facetRows` with nothing selected, cut at `TOP_FACETS`. */
function facetRows(counts: ReadonlyMap<string, number>, name: (slug: string) => string): FacetRow[] {
  return [...counts]
    .map(([slug, count]) => ({ slug, name: name(slug), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, TOP_FACETS);
}

/**
 * The first page of a search for one word alone (decision 016): `numbers` and `impacts` are the
 * word's postings (every result, since there is no filter), ranked by the engine's own
 * `scoreResults` and `rankedOrder`, so the page is the one the engine would build from chunks.
 */
export function carriedPage(
  numbers: readonly number[],
  impacts: readonly number[],
  articles: readonly ArticleSummary[],
  organisationName: (slug: string) => string,
): CarriedPage {
  const results = Uint32Array.from(numbers);
  const scores = scoreResults(results, [{ numbers: results, impacts: Uint8Array.from(impacts) }])!;
  const top = Array.from(rankedOrder(results, scores).subarray(0, CARRIED_PAGE_SIZE));
  return pageOf(top, articles, organisationName);
}

/** The carried page of these article numbers (already ranked): their summaries and organisations' names. */
function pageOf(
  top: readonly number[],
  articles: readonly ArticleSummary[],
  organisationName: (slug: string) => string,
): CarriedPage {
  const summaries = top.map((n) => articles[n]!);
  const slugs = [...new Set(summaries.flatMap((s) => s.organisations))].sort(compareTerms);
  return {
    numbers: [...top],
    summaries,
    organisationNames: Object.fromEntries(slugs.map((slug) => [slug, organisationName(slug)])),
  };
}

/**
 * The snippets of a carried page: each article's for a search of `word` alone, by the engine's
 * own `bestSnippet` with the query the engine makes of that search (the word, no phrase), so the
 * engine can show them instead of reading the page's 20 article documents.
 */
export function carriedSnippets(
  numbers: readonly number[],
  word: string,
  paragraphs: (n: number) => readonly string[],
): (Snippet | null)[] {
  const query = { words: [word], phrases: [] };
  return numbers.map((n) => bestSnippet(paragraphs(n), query));
}

/** How an index's prefix documents carry their first page, and what that page adds to their key. */
interface FirstPages {
  page: (numbers: readonly number[], impacts: readonly number[]) => CarriedPage;
  /** The page of these numbers as ranked before, or null when one is past the last article. */
  pageOf: (numbers: readonly number[]) => CarriedPage | null;
  /** The page numbers kept with the previous build's document at this path (`Keying.keptNumbers`). */
  kept: (path: string) => readonly number[] | null;
  /** Keeps a made document's page numbers (`Keying.keepNumbers`). */
  keep: (path: string, numbers: readonly number[]) => void;
  /**
   * What the page adds once its document is made (not carried over): its snippets, which read
   * the page's article documents, so an unchanged prefix document costs no article read.
   */
  complete: (prefix: string, page: CarriedPage) => CarriedPage;
  key: (key: DocumentKey, page: CarriedPage) => void;
}

/** Writes a search index's chunks and prefix documents; returns its directory for meta.json. */
function writeSearchIndex(
  index: SearchIndexName,
  postings: ReadonlyMap<string, ArrayLike<number>>,
  impacts: ReadonlyMap<string, ArrayLike<number>>,
  buildId: string,
  emit: DocumentSink,
  carry: CarrySink | null,
  firstPages: FirstPages | null = null,
): SearchDirectory {
  const envelope = <K extends string>(kind: K): Envelope<K> => ({ version: VIEW_DATA_VERSION, kind });
  const terms = [...postings.keys()].sort(compareTerms);
  const listOf = (term: string): ArrayLike<number> => postings.get(term)!;
  const impactsOf = (term: string): ArrayLike<number> => impacts.get(term)!;
  /** A chunk or prefix document is made from its terms' postings and impacts alone. */
  const rangeKey = (kind: string, label: string, from: number, to: number): DocumentKey => {
    const key = new DocumentKey(kind).text(label);
    for (let i = from; i < to; i++)
      key.text(terms[i]!).numbers(listOf(terms[i]!)).numbers(impactsOf(terms[i]!));
    return key;
  };
  const carried = (path: string, kind: string, label: string, from: number, to: number): boolean =>
    carry !== null && carry(path, rangeKey(kind, label, from, to).digest());
  // Each posting also carries one impact character and the term one string.
  const starts = chunkStarts(terms.map((term) => termBytes(term, listOf(term)) + listOf(term).length + 3));
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? terms.length;
    const path = viewPaths.searchChunk(buildId, index, k);
    if (carried(path, 'search-chunk', index, start, end)) return;
    const chunkTerms = terms.slice(start, end);
    emit(
      path,
      searchChunkDocumentSchema,
      {
        ...envelope('search-chunk'),
        terms: chunkTerms,
        postings: chunkTerms.map((term) => encodeDeltas(listOf(term))),
        impacts: chunkTerms.map((term) => encodeImpacts(impactsOf(term))),
      },
      k === 0 || k === starts.length - 1,
    );
  });
  const prefixes = crossingPrefixes(terms, starts);
  prefixes.forEach((prefix, i) => {
    const [from, to] = termRange(terms, prefix);
    const path = viewPaths.searchPrefix(buildId, index, prefix);
    const makeUnion = () =>
      unionWithImpacts(terms.slice(from, to).map(listOf), terms.slice(from, to).map(impactsOf));
    let union: ReturnType<typeof makeUnion> | null = null;
    let firstPage: CarriedPage | undefined;
    if (carry && firstPages) {
      // The first page is made from the union, and its summaries join the key. The union (the
      // step's largest cost) is made only when the key with the page kept from the previous
      // build differs: an equal key means equal terms, postings and impacts, so the union and
      // its ranking, and with them the page, are the kept ones.
      const key = rangeKey('search-prefix', `${index}:${prefix}`, from, to);
      const keptNumbers = firstPages.kept(path);
      const keptPage = keptNumbers && firstPages.pageOf(keptNumbers);
      if (keptPage) {
        const guess = key.copy();
        firstPages.key(guess, keptPage);
        if (carry(path, guess.digest())) return;
      }
      union = makeUnion();
      firstPage = firstPages.page(union.numbers, union.impacts);
      firstPages.key(key, firstPage);
      if (carry(path, key.digest())) return;
      firstPages.keep(path, firstPage.numbers);
    } else if (firstPages) {
      union = makeUnion();
      firstPage = firstPages.page(union.numbers, union.impacts);
    } else if (carried(path, 'search-prefix', `${index}:${prefix}`, from, to)) return;
    const { numbers, impacts: best } = union ?? makeUnion();
    emit(
      path,
      searchPrefixDocumentSchema,
      {
        ...envelope('search-prefix'),
        prefix,
        postings: encodeDeltas(numbers),
        impacts: encodeImpacts(best),
        ...(firstPage && { firstPage: firstPages?.complete(prefix, firstPage) ?? firstPage }),
      },
      i === 0 || i === prefixes.length - 1,
    );
  });
  return { chunkStarts: starts.map((start) => terms[start]!), prefixes };
}

/**
 * The key of a page's latest quotes: each quote's article (by content key) and its place in it,
 * as a quote chunk's key, so those rows need not be parsed to tell the page is unchanged.
 */
function keyQuotes(
  key: DocumentKey,
  corpus: ViewCorpus,
  articleKeys: readonly string[],
  quotes: readonly number[],
): void {
  key.number(quotes.length);
  for (const q of quotes) {
    const a = corpus.quoteArticle[q]!;
    key.text(articleKeys[a]!).number(q - corpus.quoteStart[a]!);
  }
}

function writeOrganisationDocuments(corpus: ViewCorpus, emit: DocumentSink, keying: Keying | null): void {
  const { articles, lookups, buildId } = corpus;
  // An article is an organisation's when it names it or any descendant: the same as naming one
  // of the organisations the article counts for (its own and their ancestors).
  const articlesOf = new Map<string, number[]>(corpus.organisations.map((o) => [o.slug, []]));
  articles.forEach((article, number) => {
    for (const slug of expandedOrganisations(article.organisations, lookups))
      articlesOf.get(slug)?.push(number);
  });
  corpus.organisations.forEach((organisation, i) => {
    const numbers = articlesOf.get(organisation.slug) ?? [];
    let quoteCount = 0;
    const months = new Set<string>();
    for (const a of numbers) {
      quoteCount += articles[a]!.quoteCount;
      months.add(articles[a]!.date.slice(0, 7));
    }
    const granularity = months.size > MAX_MONTH_ROWS ? 'year' : 'month';
    const rows = new Map<string, TimelineRow>();
    for (const a of numbers) {
      const { date, quoteCount: quotes } = articles[a]!;
      const period = granularity === 'year' ? date.slice(0, 4) : date.slice(0, 7);
      const row = rows.get(period) ?? { period, articles: 0, quotes: 0 };
      row.articles++;
      row.quotes += quotes;
      rows.set(period, row);
    }
    const latest: number[] = [];
    for (let j = numbers.length - 1; j >= 0 && latest.length < LATEST; j--) latest.push(numbers[j]!);
    const quotes = newestQuotes(corpus, numbers);
    const path = viewPaths.organisation(buildId, organisation.slug);
    const head: Pick<OrganisationDocument, 'version' | 'kind' | 'organisation' | 'parentName' | 'children'> =
      {
        version: VIEW_DATA_VERSION,
        kind: 'organisation',
        organisation,
        parentName: organisation.parent === null ? null : lookups.name(organisation.parent),
        children: (lookups.childrenOf.get(organisation.slug) ?? []).map((slug) => ({
          slug,
          name: lookups.name(slug),
        })),
      };
    const timeline = [...rows.values()].sort((a, b) => a.period.localeCompare(b.period));
    // Made from the directory's entries (its own, its parent's and children's names), its
    // articles' numbers, tallies and latest summaries (each summary follows from its article's
    // content key) and its latest quotes.
    if (keying) {
      const key = new DocumentKey('organisation')
        .text(JSON.stringify([head, quoteCount, granularity, timeline]))
        .numbers(numbers);
      for (const a of latest) key.text(keying.articleKeys[a]!);
      keyQuotes(key, corpus, keying.articleKeys, quotes);
      if (keying.carry(path, key.digest())) return;
    }
    emit(
      path,
      organisationDocumentSchema,
      {
        ...head,
        articles: encodeDeltas(numbers),
        quoteCount,
        granularity,
        timeline,
        latestArticles: latest.map((a) => articles[a]!),
        latestQuotes: latestQuotes(corpus, quotes),
      },
      i === 0 || i === corpus.organisations.length - 1,
    );
  });
}

interface SpeakerTally {
  quotes: number[];
  roles: Map<string, { role: string; count: number; first: string; last: string }>;
  /** Organisations of the articles quoting them, once per article. */
  organisations: Map<string, number>;
  lastArticle: number;
}

function emptyTally(): SpeakerTally {
  return { quotes: [], roles: new Map(), organisations: new Map(), lastArticle: -1 };
}

function tallySpeaker(
  speakers: Map<string, SpeakerTally>,
  slug: string,
  quoteRole: string | null,
  corpus: ViewCorpus,
  q: number,
): void {
  // A quote's date and organisations are its article's (`toCorpusEntry`).
  const article = corpus.quoteArticle[q]!;
  const { date, organisations } = corpus.articles[article]!;
  let tally = speakers.get(slug);
  if (!tally) {
    tally = emptyTally();
    speakers.set(slug, tally);
  }
  tally.quotes.push(q);
  if (quoteRole !== null) {
    const role = tally.roles.get(quoteRole);
    // Quotes come in number order, so dates never decrease.
    if (role) {
      role.count++;
      role.last = date;
    } else tally.roles.set(quoteRole, { role: quoteRole, count: 1, first: date, last: date });
  }
  // Counted per article, not per quote: ten quotes in one story are one story about that
  // organisation, and per quote one long interview would outweigh every other article.
  if (tally.lastArticle !== article) {
    tally.lastArticle = article;
    for (const org of organisations) tally.organisations.set(org, (tally.organisations.get(org) ?? 0) + 1);
  }
}

function writeSpeakerDocuments(
  corpus: ViewCorpus,
  speakers: Map<string, SpeakerTally>,
  emit: DocumentSink,
  keying: Keying | null,
): void {
  const { buildId, lookups } = corpus;
  const organisationNames = new Set<string>();
  for (const org of corpus.organisations) {
    organisationNames.add(org.slug);
    for (const name of [org.name, ...org.aliases]) organisationNames.add(name.toLowerCase());
  }
  corpus.speakers.forEach(({ slug, name }, i) => {
    const tally = speakers.get(slug) ?? emptyTally();
    // Most frequent first; then the most recently used; then by code point, so ties are stable.
    const roles = [...tally.roles.values()].sort(
      (a, b) => b.count - a.count || compareTerms(b.last, a.last) || compareTerms(a.role, b.role),
    );
    const organisations = [...tally.organisations]
      .map(([org, count]) => ({ slug: org, name: lookups.name(org), count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || compareTerms(a.slug, b.slug))
      .slice(0, TOP_FACETS);
    // The quotes view's order: newest article first, reading order within an article.
    const inViewOrder: number[] = [];
    for (let j = tally.quotes.length - 1; j >= 0 && inViewOrder.length < LATEST;) {
      const article = corpus.quoteArticle[tally.quotes[j]!]!;
      let from = j;
      while (from > 0 && corpus.quoteArticle[tally.quotes[from - 1]!] === article) from--;
      inViewOrder.push(...tally.quotes.slice(from, j + 1));
      j = from - 1;
    }
    const speakerKind =
      organisationNames.has(slug) || organisationNames.has(name.toLowerCase()) ? 'organisation' : 'person';
    const path = viewPaths.speaker(buildId, slug);
    // Made from its name and kind, its quotes' numbers, roles and organisations (tallied above)
    // and its latest quotes.
    if (keying) {
      const key = new DocumentKey('speaker')
        .text(JSON.stringify([slug, name, speakerKind, roles, organisations]))
        .numbers(tally.quotes);
      keyQuotes(key, corpus, keying.articleKeys, inViewOrder.slice(0, LATEST));
      if (keying.carry(path, key.digest())) return;
    }
    const document: SpeakerDocument = {
      version: VIEW_DATA_VERSION,
      kind: 'speaker',
      speaker: { slug, name },
      speakerKind,
      quotes: encodeDeltas(tally.quotes),
      roles,
      organisations,
      latestQuotes: latestQuotes(corpus, inViewOrder),
    };
    emit(path, speakerDocumentSchema, document, i === 0 || i === corpus.speakers.length - 1);
  });
}

/** The first `LATEST` of these quote numbers (already in view order), as rows. */
function latestQuotes(corpus: ViewCorpus, inViewOrder: readonly number[]): QuoteRow[] {
  return inViewOrder.slice(0, LATEST).map((q) => quoteRow(corpus.quote(q)));
}

/** The first `LATEST` quotes of these articles (sorted numbers) in view order. */
function newestQuotes(corpus: ViewCorpus, articleNumbers: readonly number[]): number[] {
  const out: number[] = [];
  for (let j = articleNumbers.length - 1; j >= 0 && out.length < LATEST; j--) {
    const a = articleNumbers[j]!;
    for (let q = corpus.quoteStart[a]!; q < corpus.quoteStart[a + 1]! && out.length < LATEST; q++)
      out.push(q);
  }
  return out;
}
