/**
 * A request's filters as the engine works with them: each slug checked against its document
 * (unknown ones dropped and reported), the date range as days of `meta.days`, the words and
 * phrases of `q`, and the sets of article and quote numbers those filters select. Facet counts
 * need the sets before the speaker and the source filters are applied (`bySpeaker`, `bySource`);
 * the list and its count need them after (`results`).
 */
import type { SearchIndexName } from '../../contract/views.ts';
import { parseQuery } from '../text-match.ts';
import type { Filters, FragmentMode } from '../urls.ts';
import type { EngineDocuments, MetaIndex } from './engine-documents.ts';
import type { OrganisationTree } from './facet-counts.ts';
import { intersect, intersectAll, restrict, stringBound } from './number-sets.ts';
import type { UnknownSlugs } from './types.ts';

export type View = 'articles' | 'quotes';

/** A request's filters with every slug checked and turned into what the query needs. */
export interface Resolved {
  words: string[];
  /** Quoted phrases (for snippets). */
  phrases: string[][];
  /** Relevance order asked for (the default with words); false: newest or oldest first. */
  byRelevance: boolean;
  /**
   * Oldest first (`sort=oldest`, with or without words): ascending numbers, the exact reverse of
   * newest first for articles; quotes oldest article first, in reading order within it.
   */
  oldest: boolean;
  /** Days [dayLo, dayHi) are in the date range. */
  dayLo: number;
  dayHi: number;
  dated: boolean;
  orgs: { slug: string; articles: Uint32Array }[];
  source: number | null;
  speaker: { slug: string; quotes: Uint32Array } | null;
  /** Quotes view: where fragments go (`Filters.fragments`; `inline` when not given). */
  fragments: FragmentMode;
  unknown: UnknownSlugs;
}

/** The results of a list, and the sets its facets count: without the source, without the speaker. */
export interface ResultSets {
  /** Date range, words and organisations (and for quotes, fragments hidden). */
  base: Uint32Array;
  /** … and the speaker. */
  bySpeaker: Uint32Array;
  /** … and the source. */
  bySource: Uint32Array;
  /** Every filter. */
  results: Uint32Array;
}

/** Checks the filters' slugs (unknown ones are dropped and reported) and reads the date range. */
export async function resolveFilters(docs: EngineDocuments, filters: Filters, view: View): Promise<Resolved> {
  const slugs = [...new Set(filters.orgs)].filter((slug) => slug !== '');
  const wantSpeaker = filters.speaker !== null && filters.speaker !== '';
  const [index, orgArticles, speakerQuotes] = await Promise.all([
    docs.metaIndex(),
    Promise.all(slugs.map((slug) => docs.organisationArticles(slug))),
    wantSpeaker ? docs.speakerQuotes(filters.speaker!) : null,
  ]);
  const unknown: UnknownSlugs = { organisations: [], source: null, speaker: null };
  const orgs: Resolved['orgs'] = [];
  slugs.forEach((slug, i) => {
    const articles = orgArticles[i] ?? null;
    if (articles) orgs.push({ slug, articles });
    else unknown.organisations.push(slug);
  });
  let source: number | null = null;
  if (filters.source !== null && filters.source !== '') {
    source = index.sources.idOf.get(filters.source) ?? null;
    if (source === null) unknown.source = filters.source;
  }
  if (wantSpeaker && !speakerQuotes) unknown.speaker = filters.speaker;
  const { days } = index.meta;
  const dayLo = filters.from === null ? 0 : stringBound(days, filters.from, false);
  const dayHi = filters.to === null ? days.length : Math.max(dayLo, stringBound(days, filters.to, true));
  const query = parseQuery(filters.q);
  return {
    words: query.words,
    phrases: query.phrases,
    byRelevance: query.words.length > 0 && filters.sort !== 'newest' && filters.sort !== 'oldest',
    oldest: filters.sort === 'oldest',
    dayLo,
    dayHi,
    dated: dayLo > 0 || dayHi < days.length,
    orgs,
    source,
    speaker: speakerQuotes ? { slug: filters.speaker!, quotes: speakerQuotes } : null,
    fragments: view === 'quotes' ? (filters.fragments ?? 'inline') : 'inline',
    unknown,
  };
}

/** Articles matching the date range, words and organisations (not the source). */
async function articleBase(docs: EngineDocuments, r: Resolved): Promise<Uint32Array> {
  const [index, ...words] = await Promise.all([
    docs.metaIndex(),
    ...r.words.map((word) => docs.wordMatches('articles', word)),
  ]);
  const lo = index.dayStart[r.dayLo]!;
  const hi = index.dayStart[r.dayHi]!;
  const lists = [...words.map((word) => word.numbers), ...r.orgs.map((org) => org.articles)];
  if (lists.length === 0) return index.allArticles.subarray(lo, hi);
  return intersectAll(lists.map((list) => restrict(list, lo, hi)));
}

export async function articleResults(docs: EngineDocuments, r: Resolved): Promise<ResultSets> {
  const [base, sourceArticles, speakerArticles] = await Promise.all([
    articleBase(docs, r),
    r.source === null ? null : docs.sourceArticles(r.source),
    r.speaker === null ? null : docs.speakerArticles(r.speaker.slug, r.speaker.quotes),
  ]);
  const bySpeaker = speakerArticles ? intersect(base, speakerArticles) : base;
  const bySource = sourceArticles ? intersect(base, sourceArticles) : base;
  const results = sourceArticles ? intersect(bySpeaker, sourceArticles) : bySpeaker;
  return { base, bySpeaker, bySource, results };
}

/** Quotes matching the date range, words and organisations (not the source or speaker). */
async function quoteBase(docs: EngineDocuments, r: Resolved): Promise<Uint32Array> {
  const [index, range, orgs, substantive, ...words] = await Promise.all([
    docs.metaIndex(),
    quoteRange(docs, r),
    Promise.all(r.orgs.map((org) => docs.organisationQuotes(org.slug, org.articles))),
    r.fragments === 'hide' ? docs.substantiveQuotes() : null,
    ...r.words.map((word) => docs.wordMatches('quotes', word)),
  ]);
  const [lo, hi] = range;
  const lists = [...words.map((word) => word.numbers), ...orgs];
  if (substantive) lists.push(substantive);
  if (lists.length === 0) return index.allQuotes.subarray(lo, hi);
  return intersectAll(lists.map((list) => restrict(list, lo, hi)));
}

/** The quote numbers of the date range: from meta's per-day counts if it has them, else the columns. */
async function quoteRange(docs: EngineDocuments, r: Resolved): Promise<[number, number]> {
  const index = await docs.metaIndex();
  if (!r.dated) return [0, index.meta.quoteCount];
  if (index.quoteDayStart) return [index.quoteDayStart[r.dayLo]!, index.quoteDayStart[r.dayHi]!];
  const { quoteStart } = await docs.quoteOffsets();
  return [quoteStart[index.dayStart[r.dayLo]!]!, quoteStart[index.dayStart[r.dayHi]!]!];
}

export async function quoteResults(docs: EngineDocuments, r: Resolved): Promise<ResultSets> {
  const [base, sourceQuotes] = await Promise.all([
    quoteBase(docs, r),
    r.source === null ? null : docs.sourceQuotes(r.source),
  ]);
  const bySpeaker = r.speaker ? intersect(base, r.speaker.quotes) : base;
  const bySource = sourceQuotes ? intersect(base, sourceQuotes) : base;
  const results = sourceQuotes ? intersect(bySpeaker, sourceQuotes) : bySpeaker;
  return { base, bySpeaker, bySource, results };
}

/** A list's results that hold the query's phrases, or null without phrases or a pair index. */
export async function exactPhrase(
  docs: EngineDocuments,
  r: Resolved,
  index: SearchIndexName,
  results: Uint32Array,
): Promise<Uint32Array | null> {
  if (r.phrases.length === 0) return null;
  const numbers = await docs.phraseMatches(index, r.phrases);
  return numbers && intersect(results, numbers);
}

/** No filter narrows the list: its counts are the corpus's (meta's top facet rows). */
export function unfiltered(r: Resolved, index: MetaIndex): boolean {
  return (
    r.words.length === 0 &&
    r.orgs.length === 0 &&
    r.source === null &&
    r.speaker === null &&
    r.fragments !== 'hide' &&
    r.dayLo === 0 &&
    r.dayHi === index.meta.days.length
  );
}

/** What a ranked order depends on: the words and every filter that narrows the results. */
export function resolvedKey(r: Resolved): string {
  return JSON.stringify([
    r.words,
    r.phrases,
    r.dayLo,
    r.dayHi,
    r.orgs.map((org) => org.slug),
    r.source,
    r.speaker?.slug,
  ]);
}

/** The facet ids of the organisations a request selects. */
export function selectedOrganisations(r: Resolved, tree: OrganisationTree): number[] {
  const ids: number[] = [];
  for (const org of r.orgs) {
    const id = tree.idOf.get(org.slug);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}
