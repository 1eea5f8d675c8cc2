/**
 * The query engine's public shapes: how it loads documents, what a list query asks and what it
 * answers. The engine itself is in `query-engine.ts`.
 */
import type { Article, ArticleSummary } from '../../contract/schema.ts';
import type { FacetRow, MetaDocument, ViewDocument, ViewDocumentKind } from '../../contract/views.ts';
import type { Snippet } from '../snippets.ts';
import type { Filters, SortOrder } from '../urls.ts';

/** What the loader throws for a document that does not exist (HTTP 404). */
export class DocumentNotFound extends Error {
  override name = 'DocumentNotFound';
}

/** True for `DocumentNotFound` and for the app's `DocumentNotFoundError` (fetch-document.ts). */
export function isDocumentNotFound(error: unknown): boolean {
  return (
    error instanceof DocumentNotFound || (error instanceof Error && error.name === 'DocumentNotFoundError')
  );
}

/**
 * Fetches documents for the engine. `path` is relative to `data/` (`viewPaths`); the loader checks
 * the envelope (`checkEnvelope`) and throws `DocumentNotFound` on a 404. `loadArticle` answers
 * null for an article that does not exist.
 */
export interface DocumentLoader {
  load<K extends ViewDocumentKind>(
    path: string,
    kind: K,
    options?: LoadOptions,
  ): Promise<Extract<ViewDocument, { kind: K }>>;
  /** `background`: the load may wait behind others (a snippet's document, not a page's). */
  loadArticle(id: string, options?: { background?: boolean }): Promise<Article | null>;
}

/** How a document is wanted. */
export interface LoadOptions {
  /** The load may wait behind others (a page read ahead, not one being shown). */
  background?: boolean;
  /**
   * One of many documents read once, for an export (`ListRequest.bulk`): the service worker's
   * offline cache neither answers nor keeps it while the network answers (decision 008).
   */
  bulk?: boolean;
}

export interface ListRequest {
  /** As `parseListSearch` reads them, except that slugs are not yet checked for existence. */
  filters: Filters;
  /** From 1; a page past the end shows the last page (`clamped`). */
  page: number;
  /**
   * Article lists with a query: whether the result waits for each item's snippet (its article
   * document). Default true; the app asks for them apart (`articleSnippets`) so a new search's
   * results show without waiting for 20 more documents.
   */
  snippets?: boolean;
  /**
   * A page asked for before the reader asks (the next page, read ahead): the documents it loads
   * go at low priority, so a request the reader is waiting for (a new word's search document)
   * passes them in the browser's queue. Its result is the same.
   */
  readAhead?: boolean;
  /**
   * A page read for an export, which reads every page of the list once: its documents go past
   * the service worker's offline cache (`LoadOptions.bulk`). Its result is the same.
   */
  bulk?: boolean;
}

/** The slugs of a request that name nothing; the query ran without them. */
export interface UnknownSlugs {
  organisations: string[];
  source: string | null;
  speaker: string | null;
}

export interface ListResult<T> {
  total: number;
  page: number;
  pageCount: number;
  clamped: boolean;
  firstItemNumber: number;
  items: T[];
  /** Names of the organisations the items name (article lists) and of those the filters select. */
  organisationNames: Record<string, string>;
  /** The name of the speaker the filters select (quote lists). */
  speakerNames: Record<string, string>;
  unknown: UnknownSlugs;
  /**
   * Article lists filtered by an organisation that includes others (its children): each such
   * organisation the page's items name, with the selected organisation that includes it (the
   * names of both are in `organisationNames`).
   */
  includedIn?: Record<string, string>;
  /**
   * The order the items are in: `relevance` with a query (unless `sort=newest` or `sort=oldest`),
   * `oldest` with `sort=oldest`, else `newest`.
   */
  order?: SortOrder;
  /** Article lists with a query: per item, the stretch of its text that matched (or null). */
  snippets?: (Snippet | null)[];
  /**
   * Quote lists with `fragments` `last` or `hide`: how many of the results are fragments (`last`:
   * listed after the rest) or were left out (`hide`).
   */
  fragments?: number;
  /** With `last`: the list position (from 1) of the first fragment. */
  firstFragment?: number;
  /**
   * With a quoted phrase (and a build with a pair index): `count` of the results hold every
   * phrase as consecutive words; `first`: they lead the (relevance) order; `items`: per item, whether it does.
   * `fragments` (quote lists with fragments `last`): how many of `count` are fragments, listed
   * after the substantive quotes, so each part's heading can count its own (app hunt 8).
   */
  phrase?: { count: number; first: boolean; items: boolean[]; fragments?: number };
}

/** A quote as another article repeats it. */
export interface CorroboratingQuote {
  articleId: string;
  anchor: string;
  headline: string;
  date: string;
  sourceSlug: string;
  text: string;
}

/** Where else a quotation appears: `articleCount` other articles, the newest few of them listed. */
export interface Corroboration {
  articleCount: number;
  others: CorroboratingQuote[];
}

/**
 * How a `/quotes` list groups corroborated quotations (`quoteGrouping`): every row keeps its place
 * (counts and pages are the list's own), but a quotation found in several articles is shown once,
 * at its first place in the list's order, with its sources; its later places fold into it.
 */
export interface QuoteGrouping {
  /** Distinct quotations among the results: a group's occurrences in the results count once. */
  distinct: number;
  /** Per quote of the page (`quoteKey`) that belongs to a group. */
  items: Record<string, GroupedQuote>;
}

export type GroupedQuote =
  /** The group's first place in the list: the quotation with the other articles holding it. */
  | { kind: 'first'; sources: Corroboration }
  /** A later place: the list position (from 1) and page of the first, and that quote. */
  | { kind: 'folded'; position: number; page: number; first: CorroboratingQuote };

/** The key of a quote in `corroborations`. */
export function quoteKey(quote: { articleId: string; anchor: string }): string {
  return `${quote.articleId}#${quote.anchor}`;
}

/** Each list as `facetRows` gives it: a count above zero or selected, most frequent first. */
export interface FacetResult {
  organisations: FacetRow[];
  sources: FacetRow[];
  /** Null for articles. */
  speakers: FacetRow[] | null;
}

export interface FacetOptions {
  /**
   * With no filter at all, answer from `meta.top` without loading the columns. Those rows are cut
   * at `TOP_FACETS`, so only a caller that shows no more than that should ask.
   */
  quick?: boolean;
}

export interface Neighbours {
  /** The next article in the newest-first list (number − 1), or null. */
  older: ArticleSummary | null;
  /** The previous one (number + 1), or null. */
  newer: ArticleSummary | null;
}

/**
 * `meta.json` as the engine reads it: a meta document written before `dayQuoteCounts` was added
 * still works, the engine then takes a dated quote range from `quote-offsets.json`.
 */
export type EngineMeta = Omit<MetaDocument, 'dayQuoteCounts'> & { dayQuoteCounts?: number[] };
