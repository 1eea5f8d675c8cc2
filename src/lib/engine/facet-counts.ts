/**
 * Facet counting over typed arrays: values are ids (positions in their directory), counts are a
 * `Uint32Array` indexed by id, and rows come out as the layout-2 reader's `facetRows` sorted them (tests/domain/reference/article-filters.ts).
 */
import type { FacetRow } from '../../contract/views.ts';

/** A facet's values by id, with their order for equal counts. */
export interface FacetDirectory {
  slugs: readonly string[];
  names: readonly string[];
  /** Each id's place when sorted by name (as `localeCompare`), then by slug. */
  rank: Uint32Array;
  idOf: ReadonlyMap<string, number>;
}

// `localeCompare` without arguments compares as a default `Intl.Collator` does, many times faster.
const collator = new Intl.Collator();

export function facetDirectory(entries: readonly { slug: string; name: string }[]): FacetDirectory {
  const slugs = entries.map((entry) => entry.slug);
  const names = entries.map((entry) => entry.name);
  return { slugs, names, rank: rankByName(slugs, names), idOf: new Map(slugs.map((slug, id) => [slug, id])) };
}

function rankByName(slugs: readonly string[], names: readonly string[]): Uint32Array {
  const order = slugs.map((_, id) => id);
  // Equal names keep a fixed order by slug; `facetRows` would keep the order it met them in.
  order.sort((a, b) => collator.compare(names[a]!, names[b]!) || (slugs[a]! < slugs[b]! ? -1 : 1));
  const rank = new Uint32Array(slugs.length);
  order.forEach((id, place) => (rank[id] = place));
  return rank;
}

/** The rows with a count above zero, plus the selected ids, by count then name. */
export function facetRowsFrom(
  counts: Uint32Array,
  directory: FacetDirectory,
  selected: readonly number[],
): FacetRow[] {
  const ids: number[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) ids.push(id);
  for (const id of new Set(selected)) if (counts[id] === 0) ids.push(id);
  const { rank, slugs, names } = directory;
  ids.sort((a, b) => counts[b]! - counts[a]! || rank[a]! - rank[b]!);
  return ids.map((id) => ({ slug: slugs[id]!, name: names[id]!, count: counts[id]! }));
}

/**
 * The organisation directory with each organisation's chain: itself and its ancestors, nearest
 * first, stopping at a cycle (as `selfAndAncestors`). A parent missing from the directory gets an
 * id after the others, named by its slug, as `facetRows` names it.
 */
export interface OrganisationTree extends FacetDirectory {
  /** Organisations in the directory; ids from here on are parents it does not list. */
  listed: number;
  chainStart: Uint32Array;
  chain: Uint32Array;
}

export function organisationTree(
  organisations: readonly { slug: string; name: string; parent: string | null }[],
): OrganisationTree {
  const entries = organisations.map(({ slug, name }) => ({ slug, name }));
  const idOf = new Map(entries.map((entry, id) => [entry.slug, id]));
  for (const { parent } of organisations) {
    if (parent !== null && !idOf.has(parent)) {
      idOf.set(parent, entries.length);
      entries.push({ slug: parent, name: parent });
    }
  }
  const parentOf = new Int32Array(entries.length).fill(-1);
  organisations.forEach(({ parent }, id) => {
    if (parent !== null) parentOf[id] = idOf.get(parent)!;
  });
  const chainStart = new Uint32Array(entries.length + 1);
  const chain: number[] = [];
  for (let id = 0; id < entries.length; id++) {
    const own = [id];
    for (let parent = parentOf[id]!; parent !== -1 && !own.includes(parent); parent = parentOf[parent]!)
      own.push(parent);
    chain.push(...own);
    chainStart[id + 1] = chain.length;
  }
  return {
    ...facetDirectory(entries),
    listed: organisations.length,
    chainStart,
    chain: Uint32Array.from(chain),
  };
}

/** Per article, every organisation it counts for (its own and their ancestors), each once. */
export interface ExpandedOrganisations {
  offsets: Uint32Array;
  ids: Uint32Array;
}

export function expandOrganisations(
  organisationOffsets: Uint32Array,
  articleOrganisations: Int32Array,
  tree: OrganisationTree,
): ExpandedOrganisations {
  const n = organisationOffsets.length - 1;
  const offsets = new Uint32Array(n + 1);
  let ids = new Uint32Array(Math.max(16, articleOrganisations.length * 2));
  let used = 0;
  // The last article each id was added for: dedupes without clearing a set per article.
  const stamp = new Int32Array(tree.slugs.length).fill(-1);
  const { chainStart, chain } = tree;
  for (let a = 0; a < n; a++) {
    for (let i = organisationOffsets[a]!; i < organisationOffsets[a + 1]!; i++) {
      const own = articleOrganisations[i]!;
      // -1: an organisation the directory lacks, which the columns cannot name.
      if (own < 0 || own >= tree.listed) continue;
      for (let c = chainStart[own]!; c < chainStart[own + 1]!; c++) {
        const id = chain[c]!;
        if (stamp[id] === a) continue;
        stamp[id] = a;
        if (used === ids.length) {
          const grown = new Uint32Array(ids.length * 2);
          grown.set(ids);
          ids = grown;
        }
        ids[used++] = id;
      }
    }
    offsets[a + 1] = used;
  }
  return { offsets, ids: ids.slice(0, used) };
}

/** How many of the articles count for each organisation. */
export function countArticleOrganisations(
  articles: Uint32Array,
  expanded: ExpandedOrganisations,
  size: number,
): Uint32Array {
  const counts = new Uint32Array(size);
  const { offsets, ids } = expanded;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    for (let j = offsets[a]!, end = offsets[a + 1]!; j < end; j++) counts[ids[j]!]!++;
  }
  return counts;
}

/** How many of the quotes count for each organisation (a quote counts for its article's). */
export function countQuoteOrganisations(
  quotes: Uint32Array,
  quoteArticle: Uint32Array,
  expanded: ExpandedOrganisations,
  size: number,
): Uint32Array {
  const counts = new Uint32Array(size);
  const { offsets, ids } = expanded;
  // Quotes of one article are adjacent: count each run of them at once.
  for (let i = 0; i < quotes.length;) {
    const a = quoteArticle[quotes[i]!]!;
    let j = i + 1;
    while (j < quotes.length && quoteArticle[quotes[j]!] === a) j++;
    const run = j - i;
    for (let k = offsets[a]!, end = offsets[a + 1]!; k < end; k++) counts[ids[k]!]! += run;
    i = j;
  }
  return counts;
}

/** How many of the numbers have each value of a column (values outside [0, size) are skipped). */
export function countColumn(
  numbers: Uint32Array,
  column: ArrayLike<number>,
  size: number,
  through?: Uint32Array,
): Uint32Array {
  const counts = new Uint32Array(size);
  for (let i = 0; i < numbers.length; i++) {
    const n = through ? through[numbers[i]!]! : numbers[i]!;
    const value = column[n]!;
    if (value >= 0 && value < size) counts[value]!++;
  }
  return counts;
}
