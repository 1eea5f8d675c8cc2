/**
 * Every per-view document of layout 3 (`src/contract/views.ts`), computed from the corpus and
 * handed to a sink one at a time, so no more than one document is held at once. The semantics
 * are the app's as of layout 2 (now kept as the oracle in `tests/domain/reference/`: `article-filters.ts`, `quote-filters.ts`,
 * `organisation-stats.ts`); `tests/ingest/view-documents.test.ts` holds them to that code.
 *
 * Here: the article and quote chunks, the columns, meta.json and the directories, and the order
 * of it all; the search indexes' documents are made in `search-documents.ts`, the organisation
 * and speaker pages' in `page-documents.ts`, the related articles' in `related-documents.ts`.
 */
import type { FacetEntry } from '../../../contract/schema.ts';
import {
  articleChunkDocumentSchema,
  columnsDocumentSchema,
  quoteOffsetsDocumentSchema,
  quoteFragmentsDocumentSchema,
  sourceColumnDocumentSchema,
  metaDocumentSchema,
  organisationDirectoryDocumentSchema,
  quoteChunkDocumentSchema,
  quoteGroupsDocumentSchema,
  renamedSlugsDocumentSchema,
  speakerDirectoryDocumentSchema,
} from '../../../contract/view-schemas.ts';
import {
  ARTICLE_CHUNK_SIZE,
  encodeDeltas,
  QUOTE_CHUNK_SIZE,
  TOP_FACETS,
  VIEW_DATA_VERSION,
  viewPaths,
  type Envelope,
  type FacetRow,
  type QuoteRow,
} from '../../../contract/views.ts';
import { compareTerms } from './search-index.ts';
import { groupsOf } from './quote-groups.ts';
import { analyseQuotes, unpackPostings, type QuoteAnalysis } from './quote-analysis.ts';
import { writePairIndex } from './search-pairs.ts';
import { articleImpacts, countedImpacts } from './search-impacts.ts';
import { expandedOrganisations, quoteRow, type ViewCorpus } from './view-corpus.ts';
import { DocumentKey } from './document-keys.ts';
import { carriedPage, carriedPageOf, carriedSnippets, writeSearchIndex } from './search-documents.ts';
import {
  tallySpeaker,
  writeOrganisationDocuments,
  writeSpeakerDocuments,
  type SpeakerTally,
} from './page-documents.ts';
import { writeRelatedDocuments } from './related-documents.ts';
import type { DocumentSink, Keying } from './view-sinks.ts';

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
        numbers.every((number) => number < n) ? carriedPageOf(numbers, articles, lookups.name) : null,
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

  // Read only when a link names a slug the build does not know (decision 001, "Slugs for ł, ø, æ …").
  emit(
    viewPaths.renamedSlugs(buildId),
    renamedSlugsDocumentSchema,
    { ...envelope('renamed-slugs'), ...corpus.renamedSlugs },
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
