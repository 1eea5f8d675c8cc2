/**
 * The per-view data layout (DATA layout 3): what each view of the reader reads, and no more.
 *
 * This module has no runtime dependency (no zod), so the browser app can import it without paying
 * for the schemas; `view-schemas.ts` holds the zod schemas the build validates with.
 *
 * Every corpus-wide document lives under `data/v/<buildId>/`, so its URL names the build that
 * wrote it: it can be cached for good, and a page never mixes two builds (a document of another
 * build has another URL). The build id travels in `index.html` (`<meta name="newsreader-build">`),
 * so no request waits on another. `data/current.json` (revalidated) names the live build, for a
 * tab that outlived its build. Only `meta.json` and `current.json` carry the build id inside:
 * every other document's bytes depend on its own content alone, so a rebuild carries an unchanged
 * document over from the previous build's folder (a hard link) instead of writing it again.
 * Article documents stay at `data/articles/<id>.json`: each is complete in itself and unchanged
 * articles keep their bytes from build to build.
 *
 * Articles are numbered from the oldest: number `n` of `articleCount` is the article at position
 * `articleCount - 1 - n` of the newest-first list (ties by id, as in `index.json`), so adding
 * today's article moves no number. Quotes are numbered in article-number order, then reading order
 * within an article. Lists of numbers are sent delta-encoded (`encodeDeltas`).
 */
import type { ArticleSummary, FacetEntry, OrganisationEntry, QuoteEntry } from './schema.ts';

/** The layout version; the app refuses documents of another. 4: the build id only in meta and current. */
export const VIEW_DATA_VERSION = 4;

/** Articles per article chunk and quotes per quote chunk. */
export const ARTICLE_CHUNK_SIZE = 32;
export const QUOTE_CHUNK_SIZE = 32;

/**
 * Every corpus-wide document carries this envelope; the app checks it and nothing else. The build
 * is named by the document's URL (`v/<buildId>/`), not inside it, except in `BuildEnvelope`s.
 */
export interface Envelope<K extends string> {
  version: typeof VIEW_DATA_VERSION;
  kind: K;
  /** Absent from versioned documents; when present, the app checks it against its own build. */
  buildId?: string;
}

/** The envelope of the documents that name their build: `meta.json` and `current.json`. */
export interface BuildEnvelope<K extends string> extends Envelope<K> {
  buildId: string;
}

/** The kinds whose documents must name their build (`BuildEnvelope`). */
export const BUILD_NAMING_KINDS: readonly ViewDocumentKind[] = ['meta', 'current'];

/** A quote as lists show it: the quote-list row without the article's organisations. */
export type QuoteRow = Omit<QuoteEntry, 'organisations'>;

/** A facet value with how many articles (or quotes) it has. */
export type FacetRow = FacetEntry;

/** `meta.json`: what every view needs first: counts, dates, sources, the unfiltered facets. */
export interface MetaDocument extends BuildEnvelope<'meta'> {
  articleCount: number;
  quoteCount: number;
  organisationCount: number;
  speakerCount: number;
  /** Days that have articles, ascending, and how many each has (the date histogram). */
  days: string[];
  dayCounts: number[];
  /** How many quotes each day's articles hold, so a dated quote query needs no columns. */
  dayQuoteCounts: number[];
  /** Every source; a source's id is its index here. `count`: its articles. */
  sources: FacetRow[];
  /** Facet rows of the unfiltered views (the most frequent first, cut at `TOP_FACETS`). */
  top: {
    articleOrganisations: FacetRow[];
    quoteOrganisations: FacetRow[];
    quoteSources: FacetRow[];
    quoteSpeakers: FacetRow[];
  };
  /** Where the search indexes are and how they are cut (see `SearchDirectory`). */
  search: { articles: SearchDirectory; quotes: SearchDirectory };
}

/** How many rows `meta.top` keeps per facet. */
export const TOP_FACETS = 100;

/**
 * A search index over articles (body and headline) or quotes (text, speaker, role, headline): a
 * folded term matches a query word it starts with. Terms are sorted and cut into chunks
 * (`c<k>.json`); `chunkStarts[k]` is chunk k's first term. A prefix whose terms cross a chunk
 * boundary has its own document (`p-<hex>.json`) holding the union of its terms' postings, so any
 * query word costs one prefix document or one chunk.
 */
export interface SearchDirectory {
  chunkStarts: string[];
  /** Sorted; the prefixes that have a union document. */
  prefixes: string[];
  /**
   * How many adjacent-pair documents (`pairs-<k>.json`) the phrase index has (`search-pairs.ts`).
   * Absent in builds made before phrase search: phrases are then only marked, not counted.
   */
  pairShards?: number;
}

/** `search/<index>/pairs-<k>.json`: the adjacent-word pairs that hash to k, with their postings. */
export interface SearchPairsDocument extends Envelope<'search-pairs'> {
  /** Sorted pairs, each two terms and a space between ("prime minister"). */
  pairs: string[];
  /** Per pair, its sorted article (or quote) numbers, delta-encoded. */
  postings: number[][];
}

export interface SearchChunkDocument extends Envelope<'search-chunk'> {
  terms: string[];
  /** Per term, its sorted article (or quote) numbers, delta-encoded. */
  postings: number[][];
  /**
   * Per term, one character per posting: the term's BM25 impact in that document
   * (`encodeImpacts` in search-ranking.ts). Absent in builds made before ranking: no ranking then.
   */
  impacts?: string[];
}

export interface SearchPrefixDocument extends Envelope<'search-prefix'> {
  prefix: string;
  /** The union of the prefix's terms' postings, sorted, delta-encoded. */
  postings: number[];
  /** Per posting, the largest impact of the prefix's terms in that document (see `SearchChunkDocument`). */
  impacts?: string;
  /**
   * Article index only: the first page of a search for the prefix alone (no filter, relevance
   * order), so that page needs no article chunk (decision 016). Absent in older builds and in
   * the quote index.
   */
  firstPage?: CarriedPage;
}

/** How many results a search document's carried first page holds (the list's page size). */
export const CARRIED_PAGE_SIZE = 20;

/** A ranked first page carried in a search document: what the list shows of it. */
export interface CarriedPage {
  /** The page's article numbers in relevance order (ties newest first). */
  numbers: number[];
  /** Their summaries, parallel to `numbers`. */
  summaries: ArticleSummary[];
  /** The name of every organisation these summaries name, for their chips. */
  organisationNames: Record<string, string>;
  /**
   * Parallel to `numbers`: each article's snippet for the word (null: no match in its body), made
   * at build time by the engine's own `bestSnippet` (src/lib/snippets.ts), so a search's first
   * page needs no article document for its snippets (decision 016). Absent in older builds.
   */
  snippets?: (Snippet | null)[];
}

/**
 * A search result's snippet: a stretch of one paragraph, cut at word boundaries, with the
 * matches as offsets into it (src/lib/snippets.ts makes them; the app marks them with React
 * elements, never as HTML).
 */
export interface Snippet {
  text: string;
  /** Matches in `text`, sorted, not overlapping. */
  ranges: { start: number; end: number }[];
  /** Whether the paragraph goes on before or after the stretch (the app shows "…"). */
  cutBefore: boolean;
  cutAfter: boolean;
  /** Which paragraph (from 0) it comes from. */
  paragraph: number;
}

/** `articles/<k>.json` under the build's folder: articles numbered `first` to `first + 31`. */
export interface ArticleChunkDocument extends Envelope<'article-chunk'> {
  first: number;
  /** In number order (oldest first). */
  summaries: ArticleSummary[];
  /** The name of every organisation these summaries name, for their chips. */
  organisationNames: Record<string, string>;
}

/** `quotes/<k>.json` under the build's folder: quotes numbered `first` to `first + 31`. */
export interface QuoteChunkDocument extends Envelope<'quote-chunk'> {
  first: number;
  quotes: QuoteRow[];
}

/** `organisations.json`: every organisation; its id (in the columns) is its index here. */
export interface OrganisationDirectoryDocument extends Envelope<'organisation-directory'> {
  organisations: Omit<OrganisationEntry, 'articleCount'>[];
}

/** `speakers.json`: every speaker; its id (in the columns) is its index here. */
export interface SpeakerDirectoryDocument extends Envelope<'speaker-directory'> {
  speakers: { slug: string; name: string }[];
}

/**
 * `columns.json`: what facet counts need of every article and quote, in number order. Loaded
 * after the first results are shown.
 */
export interface ColumnsDocument extends Envelope<'columns'> {
  /** Per article, where its organisation ids start in `articleOrganisations` (length N + 1, deltas). */
  organisationOffsets: number[];
  /** Organisation ids of each article (its own, not their parents, ascending), concatenated. */
  articleOrganisations: number[];
  /** Per quote, its speaker id plus one (0: no speaker). */
  quoteSpeaker: number[];
}

/** `article-sources.json`: per article, its source id (index into `meta.sources`); the `source` filter. */
export interface SourceColumnDocument extends Envelope<'source-column'> {
  articleSource: number[];
}

/** `quote-offsets.json`: per article, where its quotes start (length N + 1, deltas); quotes by organisation or source. */
export interface QuoteOffsetsDocument extends Envelope<'quote-offsets'> {
  quoteOffsets: number[];
}

/**
 * `quote-fragments.json`: the numbers of the quotes that are fragments (`isSubstantive` false,
 * `quote-substance.ts`), sorted, delta-encoded; `/quotes` lists the others first.
 */
export interface QuoteFragmentsDocument extends Envelope<'quote-fragments'> {
  fragments: number[];
}

/**
 * `renamed-slugs.json` (added 2026-12-07): per kind, the slugs an earlier build gave that this one
 * gives under another name, old → new. Slugs made from a name dropped the letters NFKD does not
 * decompose (ł, ø, æ …: `ukasz-szumowski`) until they were spelt in ASCII (`lukasz-szumowski`,
 * decision 001); links shared with the old slugs are sent to the new ones. Read only when a link
 * names a slug the build does not know; empty maps where nothing was renamed.
 */
export interface RenamedSlugsDocument extends Envelope<'renamed-slugs'> {
  organisations: Record<string, string>;
  speakers: Record<string, string>;
  sources: Record<string, string>;
}

export interface TimelineRow {
  /** "2024-08" for months, "2024" for years. */
  period: string;
  articles: number;
  quotes: number;
}

/** `organisations/<slug>.json`: an organisation's page, and its articles for the `org` filter. */
export interface OrganisationDocument extends Envelope<'organisation'> {
  organisation: OrganisationEntry;
  parentName: string | null;
  children: { slug: string; name: string }[];
  /**
   * The organisations it includes below its children (their children, and so on), by slug; absent
   * when there are none. With `children`, every organisation whose mentions its articles count.
   */
  descendants?: string[];
  /** Articles mentioning it or any organisation it includes (descendants), delta-encoded. */
  articles: number[];
  quoteCount: number;
  granularity: 'month' | 'year';
  timeline: TimelineRow[];
  /** The newest few of its articles and quotes. */
  latestArticles: ArticleSummary[];
  latestQuotes: QuoteRow[];
}

/** `speakers/<slug>.json`: a speaker's quotes (for the `speaker` filter) and what the page shows. */
export interface SpeakerDocument extends Envelope<'speaker'> {
  speaker: { slug: string; name: string };
  /**
   * `organisation` when the name is one of the corpus's organisations (its name, slug or an
   * alias: "the NBA said", "KCNA reported"), else `person`. Says which schema.org type the page's
   * structured data gives the speaker.
   */
  speakerKind: 'person' | 'organisation';
  /** Their quotes' numbers, delta-encoded. */
  quotes: number[];
  /** Roles the articles gave them, most frequent first, with the dates they span. */
  roles: { role: string; count: number; first: string; last: string }[];
  /** Organisations of the articles quoting them, most frequent first (at most `TOP_FACETS`). */
  organisations: FacetRow[];
  latestQuotes: QuoteRow[];
}

/** One article related to another, with what the two share (names, most telling first). */
export interface RelatedArticle {
  id: string;
  headline: string;
  date: string;
  sourceSlug: string;
  organisations: string[];
  speakers: string[];
}

/**
 * `related/<k>.json`: for the articles numbered `first` to `first + 31`, the articles most related
 * to each (shared organisations and speakers, weighted by how rare they are, and closeness in
 * time), best first. Written at build time (`related-articles.ts`).
 */
export interface RelatedChunkDocument extends Envelope<'related-chunk'> {
  first: number;
  related: RelatedArticle[][];
}

/**
 * `quote-groups.json`: quotations that appear, the same or nearly the same, in more than one
 * article (`quote-groups.ts`). Each group is its quote numbers, sorted and delta-encoded; a group
 * spans at least two articles.
 */
export interface QuoteGroupsDocument extends Envelope<'quote-groups'> {
  groups: number[][];
}

/** `data/current.json` (not versioned, revalidated): the build the server holds now. */
export type CurrentDocument = BuildEnvelope<'current'>;

export type ViewDocument =
  | MetaDocument
  | SearchChunkDocument
  | SearchPrefixDocument
  | SearchPairsDocument
  | ArticleChunkDocument
  | QuoteChunkDocument
  | OrganisationDirectoryDocument
  | SpeakerDirectoryDocument
  | ColumnsDocument
  | SourceColumnDocument
  | QuoteOffsetsDocument
  | QuoteFragmentsDocument
  | OrganisationDocument
  | SpeakerDocument
  | RelatedChunkDocument
  | QuoteGroupsDocument
  | RenamedSlugsDocument
  | CurrentDocument;

export type ViewDocumentKind = ViewDocument['kind'];

/** Paths of the documents, relative to `data/`. The build and the app both use these. */
export const viewPaths = {
  current: (): string => 'current.json',
  root: (buildId: string): string => `v/${buildId}`,
  meta: (buildId: string): string => `v/${buildId}/meta.json`,
  articleChunk: (buildId: string, chunk: number): string => `v/${buildId}/articles/${chunk}.json`,
  quoteChunk: (buildId: string, chunk: number): string => `v/${buildId}/quotes/${chunk}.json`,
  organisations: (buildId: string): string => `v/${buildId}/organisations.json`,
  speakers: (buildId: string): string => `v/${buildId}/speakers.json`,
  columns: (buildId: string): string => `v/${buildId}/columns.json`,
  sourceColumn: (buildId: string): string => `v/${buildId}/article-sources.json`,
  quoteOffsets: (buildId: string): string => `v/${buildId}/quote-offsets.json`,
  quoteFragments: (buildId: string): string => `v/${buildId}/quote-fragments.json`,
  organisation: (buildId: string, slug: string): string => `v/${buildId}/organisations/${slug}.json`,
  speaker: (buildId: string, slug: string): string => `v/${buildId}/speakers/${slug}.json`,
  relatedChunk: (buildId: string, chunk: number): string => `v/${buildId}/related/${chunk}.json`,
  quoteGroups: (buildId: string): string => `v/${buildId}/quote-groups.json`,
  renamedSlugs: (buildId: string): string => `v/${buildId}/renamed-slugs.json`,
  searchChunk: (buildId: string, index: SearchIndexName, chunk: number): string =>
    `v/${buildId}/search/${index}/c${chunk}.json`,
  searchPrefix: (buildId: string, index: SearchIndexName, prefix: string): string =>
    `v/${buildId}/search/${index}/p-${hexOf(prefix)}.json`,
  searchPairs: (buildId: string, index: SearchIndexName, shard: number): string =>
    `v/${buildId}/search/${index}/pairs-${shard}.json`,
  /** Unversioned: an article's document is complete in itself. */
  article: (id: string): string => `articles/${encodeURIComponent(id)}.json`,
} as const;

export type SearchIndexName = 'articles' | 'quotes';

/** A prefix as a file-name-safe string: its UTF-8 bytes in hex. */
export function hexOf(text: string): string {
  let hex = '';
  for (const byte of new TextEncoder().encode(text)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Sorted non-negative integers as their first value and the gaps after it. */
export function encodeDeltas(sorted: ArrayLike<number>): number[] {
  const out = new Array<number>(sorted.length);
  let previous = 0;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
    out[i] = value - previous;
    previous = value;
  }
  return out;
}

/** The inverse of `encodeDeltas`, into a typed array. */
export function decodeDeltas(deltas: readonly number[]): Uint32Array {
  const out = new Uint32Array(deltas.length);
  let value = 0;
  for (let i = 0; i < deltas.length; i++) {
    value += deltas[i]!;
    out[i] = value;
  }
  return out;
}

/** A document that is not the one asked for: another layout version, kind or build. */
export class EnvelopeError extends Error {
  override name = 'EnvelopeError';
  constructor(
    message: string,
    /** True when the document belongs to another build (a deploy happened): reloading helps. */
    readonly staleBuild: boolean,
  ) {
    super(message);
  }
}

/**
 * Checks a fetched document's envelope: the layout version, the kind asked for and, where given,
 * the build: `meta.json` and `current.json` must name it; any other document was fetched from its
 * build's folder, so its URL named the build, and it is checked only if it names one. The bulk of
 * the document is trusted to the build, which validated it in full.
 */
export function checkEnvelope<K extends ViewDocumentKind>(
  value: unknown,
  kind: K,
  buildId: string | null,
  where: string,
): Extract<ViewDocument, { kind: K }> {
  if (typeof value !== 'object' || value === null)
    throw new EnvelopeError(`${where} is not a data document.`, false);
  const { version, kind: actualKind, buildId: actualBuild } = value as Partial<Envelope<string>>;
  if (version !== VIEW_DATA_VERSION)
    throw new EnvelopeError(
      `${where} has data version ${JSON.stringify(version)}, but this reader reads version ${VIEW_DATA_VERSION}. Rebuild the data.`,
      false,
    );
  if (actualKind !== kind)
    throw new EnvelopeError(`${where} is a ${String(actualKind)} document, not a ${kind} document.`, false);
  if (
    buildId !== null &&
    (actualBuild !== undefined || BUILD_NAMING_KINDS.includes(kind)) &&
    actualBuild !== buildId
  )
    throw new EnvelopeError(`${where} belongs to build ${String(actualBuild)}, not ${buildId}.`, true);
  return value as Extract<ViewDocument, { kind: K }>;
}
