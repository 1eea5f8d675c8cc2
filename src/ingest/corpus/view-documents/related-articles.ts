/**
 * Related articles, computed at build time: for each article, the few others that share the most
 * telling organisations and speakers, the closer in time the better.
 *
 * Candidates come from the postings of the article's own facets (its organisations as the article
 * names them, not their parents, and the speakers it quotes). A posting is sorted by article
 * number, which follows the date, so the `WINDOW` entries either side of the article are its
 * nearest in time: a facet in every other article still costs only `2 × WINDOW` candidates, and
 * the whole step is linear in the articles times their facets. A shared facet weighs
 * `ln(1 + N / df)` (rare facets tell more; a speaker counts `SPEAKER_WEIGHT` times as much) and a
 * facet in more than half of the articles weighs nothing. The sum is damped by the days between
 * the two articles.
 */
import type { ArticleSummary } from '../../../contract/schema.ts';
import type { RelatedArticle } from '../../../contract/views.ts';

/** How many related articles each article keeps. */
export const RELATED_COUNT = 5;
/** Postings entries either side of the article that become candidates, per facet. */
export const WINDOW = 20;
/** A shared speaker says more than a shared organisation. */
const SPEAKER_WEIGHT = 1.5;
/** Days over which closeness in time halves a score. */
const HALF_SCORE_DAYS = 180;
/** Names shown as the reason, per kind. */
const REASONS = 3;

export interface RelatedInput {
  /** In number order (oldest first). */
  articles: readonly ArticleSummary[];
  /** Per article, the slugs of the speakers it quotes. */
  speakersOf: readonly (readonly string[])[];
  organisationName: (slug: string) => string;
  speakerName: (slug: string) => string;
}

export interface Facet {
  kind: 'organisation' | 'speaker';
  slug: string;
  weight: number;
  postings: number[];
}

/** For every article (in number order), its related articles, best first. */
export function relatedArticles(input: RelatedInput): RelatedArticle[][] {
  return rankRelated(input).related;
}

/**
 * What ranking needs of every article: its facets (each with its weight and postings) and its
 * day. It follows from the count of articles and each one's date, organisations and speakers
 * alone, so a caller that holds it may pass it to `rankRelated` again while those are unchanged.
 */
export interface RelatedFacets {
  facetsOf: readonly (readonly Facet[])[];
  dayOf: (a: number) => number;
}

/** Every article's facets and day (`RelatedFacets`). */
export function relatedFacets(input: Pick<RelatedInput, 'articles' | 'speakersOf'>): RelatedFacets {
  const { articles, speakersOf } = input;
  const n = articles.length;
  // One map per kind, by slug (a key made of kind and slug cost a string per article and facet).
  const organisations = new Map<string, Facet>();
  const speakers = new Map<string, Facet>();
  const facetsOf: Facet[][] = articles.map(() => []);
  const addFacet = (kind: Facet['kind'], slug: string, a: number) => {
    const facets = kind === 'organisation' ? organisations : speakers;
    let facet = facets.get(slug);
    if (!facet) {
      facet = { kind, slug, weight: 0, postings: [] };
      facets.set(slug, facet);
    }
    if (facet.postings[facet.postings.length - 1] === a) return;
    facet.postings.push(a);
    facetsOf[a]!.push(facet);
  };
  articles.forEach((article, a) => {
    for (const slug of article.organisations) addFacet('organisation', slug, a);
    for (const slug of speakersOf[a] ?? []) addFacet('speaker', slug, a);
  });
  for (const facets of [organisations, speakers])
    for (const facet of facets.values()) {
      const df = facet.postings.length;
      facet.weight =
        df < 2 || df > n / 2 ? 0 : Math.log(1 + n / df) * (facet.kind === 'speaker' ? SPEAKER_WEIGHT : 1);
    }
  // Each article's day, parsed when first needed: a rebuild ranks a few chunks' articles and
  // their candidates, not all 100,000.
  const dates = articles.map((article) => article.date);
  const days = new Float64Array(n).fill(NaN);
  const dayOf = (a: number): number => {
    let day = days[a]!;
    if (Number.isNaN(day)) {
      day = Date.parse(`${dates[a]!}T00:00:00Z`) / 86_400_000;
      days[a] = day;
    }
    return day;
  };
  return { facetsOf, dayOf };
}

/**
 * For every article (in number order), its related articles, best first, as numbers (`numbers`)
 * and as the documents show them; `only` limits the work to some articles (the others get none).
 * Which articles are related, and by which facets, depends only on the count of articles and on
 * each one's date, organisations and speakers (`relatedInputKey` covers them), which is all
 * `facets` is made of.
 */
export function rankRelated(
  input: RelatedInput,
  only: (a: number) => boolean = () => true,
  facets: RelatedFacets = relatedFacets(input),
): { related: RelatedArticle[][]; numbers: number[][] } {
  const { articles } = input;
  const n = articles.length;
  const { facetsOf, dayOf } = facets;
  const score = new Float64Array(n);
  const touched: number[] = [];
  const out: RelatedArticle[][] = [];
  const numbers: number[][] = [];
  for (let a = 0; a < n; a++) {
    if (!only(a)) {
      out.push([]);
      numbers.push([]);
      continue;
    }
    for (const facet of facetsOf[a]!) {
      if (facet.weight === 0) continue;
      const list = facet.postings;
      const at = lowerBound(list, a);
      for (let i = Math.max(0, at - WINDOW); i < Math.min(list.length, at + WINDOW + 1); i++) {
        const b = list[i]!;
        if (b === a) continue;
        if (score[b] === 0) touched.push(b);
        score[b] = score[b]! + facet.weight;
      }
    }
    // The best few kept in one pass (a full sort of thousands of candidates per article would
    // dominate the step): best first, then the newer, so ties come out the same every build.
    const ranked: { b: number; value: number }[] = [];
    for (const b of touched) {
      const value = score[b]! / (1 + Math.abs(dayOf(a) - dayOf(b)) / HALF_SCORE_DAYS);
      score[b] = 0;
      if (ranked.length === RELATED_COUNT) {
        const worst = ranked[RELATED_COUNT - 1]!;
        if (value < worst.value || (value === worst.value && b < worst.b)) continue;
        ranked.pop();
      }
      let at = ranked.length;
      while (
        at > 0 &&
        (ranked[at - 1]!.value < value || (ranked[at - 1]!.value === value && ranked[at - 1]!.b < b))
      )
        at--;
      ranked.splice(at, 0, { b, value });
    }
    touched.length = 0;
    out.push(ranked.map(({ b }) => describe(input, facetsOf[a]!, facetsOf[b]!, articles[b]!)));
    numbers.push(ranked.map(({ b }) => b));
  }
  return { related: out, numbers };
}

/** The related article and the most telling facets the two share. */
function describe(
  input: RelatedInput,
  own: readonly Facet[],
  theirs: readonly Facet[],
  article: ArticleSummary,
): RelatedArticle {
  const theirSet = new Set(theirs);
  const shared = own.filter((facet) => facet.weight > 0 && theirSet.has(facet));
  shared.sort((x, y) => y.weight - x.weight || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
  const names = (kind: Facet['kind'], name: (slug: string) => string) =>
    shared
      .filter((facet) => facet.kind === kind)
      .slice(0, REASONS)
      .map((facet) => name(facet.slug));
  return {
    id: article.id,
    headline: article.headline,
    date: article.date,
    sourceSlug: article.sourceSlug,
    organisations: names('organisation', input.organisationName),
    speakers: names('speaker', input.speakerName),
  };
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
