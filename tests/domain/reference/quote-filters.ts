/**
 * Reference: the filter logic the reader ran on the page before the query engine (layout 2),
 * kept unchanged as the oracle the engine and the view documents are tested against.
 */
import type { CorpusIndex, QuoteEntry } from '../../../src/contract/schema.ts';
import { WEAK_ATTRIBUTION_RULES } from '../../../src/contract/text.ts';
import { expandedOrganisations, inDateRange, mentionsEveryOrganisation } from './article-filters.ts';
import { corpusLookups } from './corpus-lookups.ts';
import { termsMatchAllWords, termsOf } from '../../../src/lib/text-match.ts';
import type { Filters } from '../../../src/lib/urls.ts';

export function isWeakAttribution(quote: Pick<QuoteEntry, 'rule'>): boolean {
  return WEAK_ATTRIBUTION_RULES.includes(quote.rule);
}

const termsCache = new WeakMap<QuoteEntry, string[]>();
/** Quotes are searched locally (they are all loaded): text, speaker, role and headline. */
function quoteTerms(quote: QuoteEntry): string[] {
  let terms = termsCache.get(quote);
  if (!terms) {
    terms = termsOf([quote.text, quote.speaker ?? '', quote.role ?? '', quote.headline].join(' '));
    termsCache.set(quote, terms);
  }
  return terms;
}

export interface QuoteAnalysis {
  results: QuoteEntry[];
  organisationCounts: ReadonlyMap<string, number>;
  sourceCounts: ReadonlyMap<string, number>;
  speakerCounts: ReadonlyMap<string, number>;
}

/** Filters quotes and counts the facets in one pass (each facet applies the other filters). */
export function analyseQuotes(
  quotes: readonly QuoteEntry[],
  index: CorpusIndex,
  filters: Filters,
  words: readonly string[],
): QuoteAnalysis {
  const lookups = corpusLookups(index);
  const results: QuoteEntry[] = [];
  const organisationCounts = new Map<string, number>();
  const sourceCounts = new Map<string, number>();
  const speakerCounts = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const quote of quotes) {
    if (!inDateRange(quote.date, filters)) continue;
    if (words.length > 0 && !termsMatchAllWords(quoteTerms(quote), words)) continue;
    const orgOk = mentionsEveryOrganisation(quote.organisations, filters.orgs, lookups);
    const sourceOk = filters.source === null || quote.sourceSlug === filters.source;
    const speakerOk = filters.speaker === null || quote.speakerSlug === filters.speaker;
    if (orgOk && speakerOk) bump(sourceCounts, quote.sourceSlug);
    if (orgOk && sourceOk && quote.speakerSlug !== null) bump(speakerCounts, quote.speakerSlug);
    if (!orgOk || !sourceOk || !speakerOk) continue;
    results.push(quote);
    for (const slug of expandedOrganisations(quote.organisations, lookups)) bump(organisationCounts, slug);
  }
  return { results, organisationCounts, sourceCounts, speakerCounts };
}
