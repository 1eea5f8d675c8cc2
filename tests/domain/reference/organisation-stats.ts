/**
 * Reference: the filter logic the reader ran on the page before the query engine (layout 2),
 * kept unchanged as the oracle the engine and the view documents are tested against.
 */
import type { ArticleSummary, CorpusIndex, QuoteEntry } from '../../../src/contract/schema.ts';
import { corpusLookups } from './corpus-lookups.ts';

export interface TimelineRow {
  /** "2024-08" for months, "2024" for years. */
  period: string;
  articles: number;
  quotes: number;
}

export interface OrganisationActivity {
  articles: ArticleSummary[];
  quotes: QuoteEntry[];
  granularity: 'month' | 'year';
  timeline: TimelineRow[];
}

/** Past this many months the timeline counts by year, so it stays readable. */
const MAX_MONTH_ROWS = 24;

/**
 * Articles and quotes that mention an organisation or any of its children (the same rule as the
 * `org` filter), and how many fall in each month or year, oldest first.
 */
export function organisationActivity(
  index: CorpusIndex,
  quotes: readonly QuoteEntry[],
  slug: string,
): OrganisationActivity {
  const accepted = corpusLookups(index).selfAndDescendants(slug);
  const mentions = (orgs: readonly string[]) => orgs.some((org) => accepted.has(org));
  const articles = index.articles.filter((article) => mentions(article.organisations));
  const matchingQuotes = quotes.filter((quote) => mentions(quote.organisations));

  const months = new Set([...articles, ...matchingQuotes].map((item) => item.date.slice(0, 7)));
  const granularity = months.size > MAX_MONTH_ROWS ? 'year' : 'month';
  const periodOf = (date: string) => (granularity === 'year' ? date.slice(0, 4) : date.slice(0, 7));
  const rows = new Map<string, TimelineRow>();
  const row = (period: string) => {
    let found = rows.get(period);
    if (!found) {
      found = { period, articles: 0, quotes: 0 };
      rows.set(period, found);
    }
    return found;
  };
  for (const article of articles) row(periodOf(article.date)).articles++;
  for (const quote of matchingQuotes) row(periodOf(quote.date)).quotes++;
  const timeline = [...rows.values()].sort((a, b) => a.period.localeCompare(b.period));
  return { articles, quotes: matchingQuotes, granularity, timeline };
}
