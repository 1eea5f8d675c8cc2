/**
 * What an exported article or quote holds, as named columns: the same names head the CSV and key
 * the JSON objects, so both formats carry the same fields.
 */
import type { ArticleSummary } from '../../contract/schema.ts';
import { isWeakAttribution } from '../../contract/text.ts';
import type { QuoteRow } from '../../contract/views.ts';

export type ExportValue = string | number | boolean | null;

/** What a record needs beyond the row itself: absolute links and display names. */
export interface ExportContext {
  /** The absolute URL of an article, or of one of its quotes. */
  articleUrl(id: string, anchor?: string): string;
  sourceName(slug: string): string;
  organisationName(slug: string): string;
}

export interface ExportColumns<T> {
  names: readonly string[];
  values(item: T, context: ExportContext): ExportValue[];
}

export const articleColumns: ExportColumns<ArticleSummary> = {
  names: ['id', 'date', 'headline', 'source', 'url', 'quotes', 'words', 'organisations', 'excerpt'],
  values: (article, context) => [
    article.id,
    article.date,
    article.headline,
    article.source,
    context.articleUrl(article.id),
    article.quoteCount,
    article.wordCount,
    // Several values in one cell: `; ` does not occur inside an organisation's name.
    article.organisations.map((slug) => context.organisationName(slug)).join('; '),
    article.excerpt,
  ],
};

export const quoteColumns: ExportColumns<QuoteRow> = {
  names: [
    'quote',
    'speaker',
    'speaker_uncertain',
    'role',
    'attribution_rule',
    'date',
    'headline',
    'source',
    'url',
    'article_id',
    'anchor',
  ],
  values: (quote, context) => [
    quote.text,
    quote.speaker,
    isWeakAttribution(quote),
    quote.role,
    quote.rule,
    quote.date,
    quote.headline,
    context.sourceName(quote.sourceSlug),
    context.articleUrl(quote.articleId, quote.anchor),
    quote.articleId,
    quote.anchor,
  ],
};
