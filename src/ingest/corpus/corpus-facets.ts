/**
 * The corpus-wide facets of `index.json` (organisations, sources, speakers) as tallies that can
 * take an article away as well as add one. A rebuild after one file changes subtracts the old
 * version of that article and adds the new one instead of re-reading 100,000 records, and the
 * result depends only on the set of articles, never on the order they were added in: a patched
 * index and one built from scratch are the same bytes.
 */
import type { FacetEntry, OrganisationEntry, RenamedSlugs } from '../../contract/schema.ts';
import { renamedSlug } from '../language/slug.ts';

/** What one article adds to the facets; kept in the build cache with the article's other index data. */
export interface FacetContribution {
  source: { slug: string; name: string };
  organisations: { slug: string; name: string; aliases: string[]; parent: string | null }[];
  /** One entry per attributed quote: the speakers facet counts quotes. */
  speakers: { slug: string; name: string }[];
}

/** A multiset of strings. */
type Counts = Map<string, number>;

interface NamedTally {
  count: number;
  names: Counts;
}

interface OrganisationTally extends NamedTally {
  aliases: Counts;
  parents: Counts;
}

/** The tallies as plain JSON, for the build state between runs. */
export interface FacetTalliesJson {
  sources: [string, number, [string, number][]][];
  speakers: [string, number, [string, number][]][];
  organisations: [string, number, [string, number][], [string, number][], [string, number][]][];
}

export class FacetTallies {
  private readonly sources = new Map<string, NamedTally>();
  private readonly speakers = new Map<string, NamedTally>();
  private readonly organisations = new Map<string, OrganisationTally>();

  add(c: FacetContribution): void {
    this.apply(c, 1);
  }

  remove(c: FacetContribution): void {
    this.apply(c, -1);
  }

  private apply(c: FacetContribution, delta: 1 | -1): void {
    tallyNamed(this.sources, c.source.slug, c.source.name, delta);
    for (const s of c.speakers) tallyNamed(this.speakers, s.slug, s.name, delta);
    for (const o of c.organisations) {
      let t = this.organisations.get(o.slug);
      if (!t) {
        t = { count: 0, names: new Map(), aliases: new Map(), parents: new Map() };
        this.organisations.set(o.slug, t);
      }
      t.count += delta;
      bump(t.names, o.name, delta);
      for (const a of new Set(o.aliases)) bump(t.aliases, a, delta);
      if (o.parent !== null) bump(t.parents, o.parent, delta);
      if (t.count <= 0) this.organisations.delete(o.slug);
    }
  }

  organisationEntries(): OrganisationEntry[] {
    return [...this.organisations]
      .map(([slug, t]) => {
        // The name most articles use is the canonical one; the others stay findable as aliases.
        const name = mostCommon(t.names) ?? slug;
        const aliases = [...new Set([...t.aliases.keys(), ...t.names.keys()])]
          .filter((a) => a !== name)
          .sort(byCodePoint);
        // A parent named by an article but never mentioned itself has no page to link to.
        const parent = mostCommon(t.parents);
        return {
          slug,
          name,
          aliases,
          parent: parent !== null && this.organisations.has(parent) ? parent : null,
          articleCount: t.count,
        };
      })
      .sort(
        (a, b) =>
          b.articleCount - a.articleCount || a.name.localeCompare(b.name) || byCodePoint(a.slug, b.slug),
      );
  }

  /**
   * Per kind, the slug each name had before 2026-12-07 where it is not its slug now (`renamedSlug`),
   * old → new, over every name an entity was given (not only the most common). An old slug that is
   * some entity's slug now is left out: a link with it names that one. Two entities whose names
   * had the same old slug (one page then): the one with more articles or quotes takes it.
   */
  renamedSlugs(): RenamedSlugs {
    return {
      organisations: renamedOf(this.organisations),
      speakers: renamedOf(this.speakers),
      sources: renamedOf(this.sources),
    };
  }

  sourceEntries(): FacetEntry[] {
    return facetEntries(this.sources);
  }

  speakerEntries(): FacetEntry[] {
    return facetEntries(this.speakers);
  }

  toJSON(): FacetTalliesJson {
    return {
      sources: namedToJson(this.sources),
      speakers: namedToJson(this.speakers),
      organisations: [...this.organisations].map(([slug, t]) => [
        slug,
        t.count,
        [...t.names],
        [...t.aliases],
        [...t.parents],
      ]),
    };
  }

  static fromJSON(json: FacetTalliesJson): FacetTallies {
    const tallies = new FacetTallies();
    for (const [slug, count, names] of json.sources)
      tallies.sources.set(slug, { count, names: new Map(names) });
    for (const [slug, count, names] of json.speakers)
      tallies.speakers.set(slug, { count, names: new Map(names) });
    for (const [slug, count, names, aliases, parents] of json.organisations)
      tallies.organisations.set(slug, {
        count,
        names: new Map(names),
        aliases: new Map(aliases),
        parents: new Map(parents),
      });
    return tallies;
  }
}

function renamedOf(map: ReadonlyMap<string, NamedTally>): Record<string, string> {
  const claims: { old: string; slug: string; count: number }[] = [];
  for (const [slug, t] of map)
    for (const name of t.names.keys()) {
      const old = renamedSlug(name, slug);
      if (old !== null && !map.has(old)) claims.push({ old, slug, count: t.count });
    }
  claims.sort((a, b) => byCodePoint(a.old, b.old) || b.count - a.count || byCodePoint(a.slug, b.slug));
  const renamed: Record<string, string> = {};
  for (const { old, slug } of claims) renamed[old] ??= slug;
  return renamed;
}

function tallyNamed(map: Map<string, NamedTally>, slug: string, name: string, delta: 1 | -1): void {
  let t = map.get(slug);
  if (!t) map.set(slug, (t = { count: 0, names: new Map() }));
  t.count += delta;
  bump(t.names, name, delta);
  if (t.count <= 0) map.delete(slug);
}

function bump(counts: Counts, key: string, delta: 1 | -1): void {
  const n = (counts.get(key) ?? 0) + delta;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/** The most frequent key; ties go to the first in code-point order, so no input order leaks in. */
function mostCommon(counts: Counts): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [key, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && key < best)) {
      best = key;
      bestCount = n;
    }
  }
  return best;
}

function facetEntries(map: Map<string, NamedTally>): FacetEntry[] {
  return [...map]
    .map(([slug, t]) => ({ slug, name: mostCommon(t.names) ?? slug, count: t.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || byCodePoint(a.slug, b.slug));
}

function namedToJson(map: Map<string, NamedTally>): [string, number, [string, number][]][] {
  return [...map].map(([slug, t]) => [slug, t.count, [...t.names]]);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
