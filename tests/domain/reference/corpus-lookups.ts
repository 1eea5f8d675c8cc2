/**
 * Reference: the filter logic the reader ran on the page before the query engine (layout 2),
 * kept unchanged as the oracle the engine and the view documents are tested against.
 */
import type { CorpusIndex, FacetEntry, OrganisationEntry } from '../../../src/contract/schema.ts';
import type { KnownSlugs } from '../../../src/lib/urls.ts';

/** Maps built once per index document, so filtering 100k articles never scans for names. */
export interface CorpusLookups {
  organisationBySlug: ReadonlyMap<string, OrganisationEntry>;
  childrenOf: ReadonlyMap<string, readonly string[]>;
  sourceBySlug: ReadonlyMap<string, FacetEntry>;
  speakerBySlug: ReadonlyMap<string, FacetEntry>;
  positionById: ReadonlyMap<string, number>;
  newestDate: string | null;
  oldestDate: string | null;
  /** The organisation itself and every descendant: mentioning any of them counts as mentioning it. */
  selfAndDescendants: (slug: string) => ReadonlySet<string>;
  /** The organisation itself and its ancestors, nearest first. */
  selfAndAncestors: (slug: string) => readonly string[];
  organisationName: (slug: string) => string;
  sourceName: (slug: string) => string;
  speakerName: (slug: string) => string;
  /** What a link may name, for the URL codec. */
  known: KnownSlugs;
}

const cache = new WeakMap<CorpusIndex, CorpusLookups>();

export function corpusLookups(index: CorpusIndex): CorpusLookups {
  const cached = cache.get(index);
  if (cached) return cached;

  const organisationBySlug = new Map(index.organisations.map((org) => [org.slug, org]));
  const childrenOf = new Map<string, string[]>();
  for (const org of index.organisations) {
    if (org.parent === null) continue;
    const siblings = childrenOf.get(org.parent) ?? [];
    siblings.push(org.slug);
    childrenOf.set(org.parent, siblings);
  }
  const positionById = new Map(index.articles.map((article, position) => [article.id, position]));
  let newestDate: string | null = null;
  let oldestDate: string | null = null;
  for (const article of index.articles) {
    if (newestDate === null || article.date > newestDate) newestDate = article.date;
    if (oldestDate === null || article.date < oldestDate) oldestDate = article.date;
  }

  const descendantsCache = new Map<string, ReadonlySet<string>>();
  const selfAndDescendants = (slug: string): ReadonlySet<string> => {
    const hit = descendantsCache.get(slug);
    if (hit) return hit;
    const found = new Set<string>([slug]);
    const queue = [slug];
    // A visited set, not recursion: a parent cycle in bad data must not hang the page.
    while (queue.length > 0) {
      for (const child of childrenOf.get(queue.pop()!) ?? []) {
        if (!found.has(child)) {
          found.add(child);
          queue.push(child);
        }
      }
    }
    descendantsCache.set(slug, found);
    return found;
  };

  const ancestorsCache = new Map<string, readonly string[]>();
  const selfAndAncestors = (slug: string): readonly string[] => {
    const hit = ancestorsCache.get(slug);
    if (hit) return hit;
    const chain = [slug];
    let parent = organisationBySlug.get(slug)?.parent ?? null;
    while (parent !== null && !chain.includes(parent)) {
      chain.push(parent);
      parent = organisationBySlug.get(parent)?.parent ?? null;
    }
    ancestorsCache.set(slug, chain);
    return chain;
  };

  const sourceBySlug = new Map(index.sources.map((source) => [source.slug, source]));
  const speakerBySlug = new Map(index.speakers.map((speaker) => [speaker.slug, speaker]));
  const lookups: CorpusLookups = {
    organisationBySlug,
    childrenOf,
    sourceBySlug,
    speakerBySlug,
    positionById,
    newestDate,
    oldestDate,
    selfAndDescendants,
    selfAndAncestors,
    organisationName: (slug) => organisationBySlug.get(slug)?.name ?? slug,
    sourceName: (slug) => sourceBySlug.get(slug)?.name ?? slug,
    speakerName: (slug) => speakerBySlug.get(slug)?.name ?? slug,
    known: { organisations: organisationBySlug, sources: sourceBySlug, speakers: speakerBySlug },
  };
  cache.set(index, lookups);
  return lookups;
}
