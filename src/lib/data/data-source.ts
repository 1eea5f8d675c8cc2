/**
 * The one interface the app reads data through. Today it is the query engine over the static
 * per-view documents (`src/lib/engine`), run in a Web Worker; a search service (Meilisearch,
 * OpenSearch) could stand behind the same methods for corpora past what static files hold
 * (docs/decisions/005-scale.md).
 */
import type { Article, ArticleSummary, RenamedSlugs } from '../../contract/schema.ts';
import type {
  OrganisationDocument,
  QuoteRow,
  RelatedArticle,
  SpeakerDocument,
} from '../../contract/views.ts';
import type {
  Corroboration,
  EngineMeta,
  FacetResult,
  ListRequest,
  ListResult,
  QuoteGrouping,
} from '../engine/types.ts';
import type { Snippet } from '../snippets.ts';
import type { Filters, ListView } from '../urls.ts';

export type { Corroboration, FacetResult, ListRequest, ListResult, QuoteGrouping };

export interface Neighbours {
  older: ArticleSummary | null;
  newer: ArticleSummary | null;
}

export interface DataSource {
  meta(): Promise<EngineMeta>;
  listArticles(request: ListRequest): Promise<ListResult<ArticleSummary>>;
  /** Per item of an article list's page, where its text matched the query (null: nowhere, or no query). */
  articleSnippets(request: ListRequest): Promise<(Snippet | null)[]>;
  listQuotes(request: ListRequest): Promise<ListResult<QuoteRow>>;
  articleFacets(filters: Filters): Promise<FacetResult>;
  quoteFacets(filters: Filters): Promise<FacetResult>;
  countArticles(filters: Filters): Promise<number>;
  countQuotes(filters: Filters): Promise<number>;
  /** null: no such article (or organisation, speaker) in this build. */
  article(id: string): Promise<Article | null>;
  neighbours(id: string, date: string): Promise<Neighbours>;
  organisation(slug: string): Promise<OrganisationDocument | null>;
  speaker(slug: string): Promise<SpeakerDocument | null>;
  /** Per day of `meta().days`, the articles matching the filters without their date range. */
  histogram(view: ListView, filters: Filters): Promise<number[]>;
  /** The articles related to this one, best first (none for an unknown article). */
  related(id: string, date: string): Promise<RelatedArticle[]>;
  /** Per quote anchor of the article, where else that quotation appears. */
  articleCorroborations(id: string, date: string): Promise<Record<string, Corroboration>>;
  /** Per quote of a quote list's page (`quoteKey`), where else that quotation appears. */
  quoteCorroborations(request: ListRequest): Promise<Record<string, Corroboration>>;
  /** How a quote list's page groups corroborated quotations, and how many distinct ones there are. */
  quoteGrouping(request: ListRequest): Promise<QuoteGrouping>;
  /** Slug → other names (aliases and acronyms) of every organisation that has any. */
  organisationAliases(): Promise<Record<string, string[]>>;
  /**
   * Per kind, the slugs earlier builds gave that this one gives under another name, old → new
   * (decision 001, "Slugs for ł, ø, æ …"): asked only for a slug the build does not know.
   */
  renamedSlugs(): Promise<RenamedSlugs>;
}

/** The methods a data source answers, for the worker's message protocol. */
export type DataSourceMethod = keyof DataSource;
export const DATA_SOURCE_METHODS: readonly DataSourceMethod[] = [
  'meta',
  'listArticles',
  'articleSnippets',
  'listQuotes',
  'articleFacets',
  'quoteFacets',
  'countArticles',
  'countQuotes',
  'article',
  'neighbours',
  'organisation',
  'speaker',
  'histogram',
  'related',
  'articleCorroborations',
  'quoteCorroborations',
  'quoteGrouping',
  'organisationAliases',
  'renamedSlugs',
];
