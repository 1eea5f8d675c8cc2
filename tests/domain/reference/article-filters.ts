/**
 * Reference: the filter logic the reader ran on the page before the query engine (layout 2),
 * kept unchanged as the oracle the engine and the view documents are tested against.
 */
import type { ArticleSummary, CorpusIndex, SearchShard } from '../../../src/contract/schema.ts';
import { searchShardKey } from '../../../src/contract/text.ts';
import type { CorpusLookups } from './corpus-lookups.ts';
import { corpusLookups } from './corpus-lookups.ts';
import { termsOf } from '../../../src/lib/text-match.ts';
import type { Filters } from '../../../src/lib/urls.ts';

/** Whether a date lies inside the filters' inclusive range. */
export function inDateRange(date: string, filters: Pick<Filters, 'from' | 'to'>): boolean {
  return (filters.from === null || date >= filters.from) && (filters.to === null || date <= filters.to);
}

/** True when the article's organisations cover every selected one (children count for parents). */
export function mentionsEveryOrganisation(
  articleOrgs: readonly string[],
  selected: readonly string[],
  lookups: CorpusLookups,
): boolean {
  return selected.every((slug) => {
    const accepted = lookups.selfAndDescendants(slug);
    return articleOrgs.some((org) => accepted.has(org));
  });
}

/** Every organisation an article counts for: its own plus their ancestors, each once. */
export function expandedOrganisations(articleOrgs: readonly string[], lookups: CorpusLookups): Set<string> {
  const expanded = new Set<string>();
  for (const org of articleOrgs) for (const slug of lookups.selfAndAncestors(org)) expanded.add(slug);
  return expanded;
}

/** The shard keys a query needs fetched. */
export function shardKeysFor(words: readonly string[]): string[] {
  return [...new Set(words.map(searchShardKey))];
}

/**
 * Positions (in index.articles) whose body has a term starting with the word. Shards hold
 * article numbers counted from the oldest (see `searchShardSchema`); `articleCount` turns them
 * back into positions. A shard that was not found counts as empty.
 */
export function bodyPositionsForWord(
  word: string,
  shards: ReadonlyMap<string, SearchShard>,
  articleCount: number,
): Set<number> {
  const positions = new Set<number>();
  const shard = shards.get(searchShardKey(word));
  if (!shard) return positions;
  for (const [term, hits] of Object.entries(shard)) {
    if (term.startsWith(word)) for (const hit of hits) positions.add(articleCount - 1 - hit);
  }
  return positions;
}

/** A prepared free-text query: which article positions match, headline or body. */
export interface ArticleQuery {
  words: readonly string[];
  matches(position: number, article: ArticleSummary): boolean;
}

const headlineTermsCache = new WeakMap<ArticleSummary, string[]>();
function headlineTerms(article: ArticleSummary): string[] {
  let terms = headlineTermsCache.get(article);
  if (!terms) {
    terms = termsOf(article.headline);
    headlineTermsCache.set(article, terms);
  }
  return terms;
}

/** Every word must match, each either in the headline (checked here) or in the body (from shards). */
export function prepareArticleQuery(
  words: readonly string[],
  shards: ReadonlyMap<string, SearchShard>,
  articleCount: number,
): ArticleQuery | null {
  if (words.length === 0) return null;
  const bodyHits = words.map((word) => bodyPositionsForWord(word, shards, articleCount));
  return {
    words,
    matches: (position, article) => {
      const terms = headlineTerms(article);
      return words.every(
        (word, i) => bodyHits[i]!.has(position) || terms.some((term) => term.startsWith(word)),
      );
    },
  };
}

export interface FacetCount {
  slug: string;
  name: string;
  count: number;
}

export interface ArticleAnalysis {
  results: ArticleSummary[];
  /** Articles each organisation would leave if added to the current selection. */
  organisationCounts: ReadonlyMap<string, number>;
  /** Articles each source would give with the other filters unchanged. */
  sourceCounts: ReadonlyMap<string, number>;
}

/**
 * Filters the index and counts the facets in one pass. Each facet's counts apply every other
 * filter, so a count says what choosing that value would leave.
 */
export function analyseArticles(
  index: CorpusIndex,
  filters: Filters,
  query: ArticleQuery | null,
): ArticleAnalysis {
  const lookups = corpusLookups(index);
  const results: ArticleSummary[] = [];
  const organisationCounts = new Map<string, number>();
  const sourceCounts = new Map<string, number>();
  index.articles.forEach((article, position) => {
    if (!inDateRange(article.date, filters)) return;
    if (query && !query.matches(position, article)) return;
    const orgOk = mentionsEveryOrganisation(article.organisations, filters.orgs, lookups);
    const sourceOk = filters.source === null || article.sourceSlug === filters.source;
    if (orgOk) sourceCounts.set(article.sourceSlug, (sourceCounts.get(article.sourceSlug) ?? 0) + 1);
    if (!orgOk || !sourceOk) return;
    results.push(article);
    for (const slug of expandedOrganisations(article.organisations, lookups)) {
      organisationCounts.set(slug, (organisationCounts.get(slug) ?? 0) + 1);
    }
  });
  return { results, organisationCounts, sourceCounts };
}

/** The facet rows to show: entries with a count, or selected, most frequent first. */
export function facetRows(
  counts: ReadonlyMap<string, number>,
  names: (slug: string) => string,
  selected: readonly string[],
): FacetCount[] {
  const slugs = new Set([...counts.keys(), ...selected]);
  return [...slugs]
    .map((slug) => ({ slug, name: names(slug), count: counts.get(slug) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
