/** Assembles the corpus-wide documents (index and quote list) from per-article records. */
import { createHash } from 'node:crypto';
import {
  DATA_VERSION,
  type CorpusIndex,
  type FacetEntry,
  type OrganisationEntry,
  type QuoteEntry,
} from '../contract/schema.ts';
import type { IndexRecord } from './process-file.ts';

export interface CorpusDocuments {
  index: CorpusIndex;
  quotes: QuoteEntry[];
}

/** Newest first; ties by id so the order never depends on input order. */
export function compareRecords(a: IndexRecord, b: IndexRecord): number {
  if (a.summary.date !== b.summary.date) return a.summary.date < b.summary.date ? 1 : -1;
  return a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0;
}

/** The build id for a set of articles: changes whenever any article's content changes. */
export function buildIdOf(contentKey: string): string {
  return createHash('sha256').update(`${DATA_VERSION}\n${contentKey}`).digest('hex').slice(0, 16);
}

/** Builds index.json and quotes.json from records already sorted by `compareRecords`. */
export function buildCorpus(records: readonly IndexRecord[], buildId: string): CorpusDocuments {
  const orgs = new Map<string, OrganisationEntry & { names: Map<string, number> }>();
  const sources = new Map<string, FacetEntry>();
  const speakers = new Map<string, FacetEntry>();
  const quotes: QuoteEntry[] = [];

  for (const r of records) {
    const s = r.summary;
    bump(sources, s.sourceSlug, s.source);
    for (const o of r.organisations) {
      let entry = orgs.get(o.slug);
      if (!entry) {
        entry = {
          slug: o.slug,
          name: o.name,
          aliases: [],
          parent: o.parent,
          articleCount: 0,
          names: new Map(),
        };
        orgs.set(o.slug, entry);
      }
      entry.articleCount++;
      entry.names.set(o.name, (entry.names.get(o.name) ?? 0) + 1);
      entry.parent ??= o.parent;
      for (const a of o.aliases) if (!entry.aliases.includes(a)) entry.aliases.push(a);
    }
    for (const q of r.quotes) {
      if (q.speakerSlug && q.speaker) bump(speakers, q.speakerSlug, q.speaker);
      quotes.push({
        ...q,
        articleId: s.id,
        date: s.date,
        headline: s.headline,
        sourceSlug: s.sourceSlug,
        organisations: s.organisations,
      });
    }
  }

  const organisations: OrganisationEntry[] = [...orgs.values()]
    .map(({ names, ...entry }) => {
      // The name most articles use is the canonical one; the others stay findable as aliases.
      const name = [...names.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? entry.name;
      const aliases = [...new Set([...entry.aliases, ...names.keys()])].filter((a) => a !== name).sort();
      // A parent named by an article but never mentioned itself has no page to link to.
      return {
        ...entry,
        name,
        aliases,
        parent: entry.parent && orgs.has(entry.parent) ? entry.parent : null,
      };
    })
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));

  return {
    index: {
      version: DATA_VERSION,
      buildId,
      articles: records.map((r) => r.summary),
      organisations,
      sources: sortFacet(sources),
      speakers: sortFacet(speakers),
    },
    quotes,
  };
}

function bump(map: Map<string, FacetEntry>, slug: string, name: string): void {
  const entry = map.get(slug);
  if (entry) entry.count++;
  else map.set(slug, { slug, name, count: 1 });
}

function sortFacet(map: Map<string, FacetEntry>): FacetEntry[] {
  return [...map.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
