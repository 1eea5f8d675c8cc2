/**
 * The corpus as the per-view documents need it, read back from what `writeDocuments` just wrote
 * (`index.json`, `quotes.json`, `search/`), so the view documents say exactly what those say.
 *
 * Read from the output folder, not the build cache: the step runs after the cache is released
 * (at 100,000 articles it holds about 0.8 GB of entries), and the files are already in the order
 * and form the contract fixes. `quotes.json` (190 MB at 100,000 articles) is kept as bytes and a
 * quote row is parsed only when needed; as objects it would cost several hundred megabytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Article,
  ArticleSummary,
  CorpusIndex,
  FacetEntry,
  OrganisationEntry,
  QuoteEntry,
  RenamedSlugs,
} from '../../../contract/schema.ts';
import type { QuoteRow } from '../../../contract/views.ts';
import { ALL_SHARD_KEYS } from '../search-shards.ts';
import { readBytes, readHeldFile, type KeptStateMemory } from '../kept-state.ts';

export interface ViewCorpus {
  buildId: string;
  /** Summaries in number order: number n is the article at index position N - 1 - n. */
  articles: readonly ArticleSummary[];
  /** The organisation directory of `index.json` (built by `FacetTallies`). */
  organisations: readonly OrganisationEntry[];
  sources: readonly FacetEntry[];
  speakers: readonly FacetEntry[];
  /** Old slugs → new (`index.json`'s `renamedSlugs`; empty maps for an index from before them). */
  renamedSlugs: RenamedSlugs;
  quoteCount: number;
  /** Article n's quotes are numbered `quoteStart[n]` to `quoteStart[n + 1] - 1` (length N + 1). */
  quoteStart: Uint32Array;
  /** Quote number → article number. */
  quoteArticle: Uint32Array;
  /** The quote numbered q, parsed from `quotes.json`. */
  quote: (q: number) => QuoteEntry;
  lookups: OrganisationLookups;
}

export interface OrganisationLookups {
  bySlug: ReadonlyMap<string, OrganisationEntry>;
  /** Direct children, in directory order. */
  childrenOf: ReadonlyMap<string, readonly string[]>;
  /**
   * The organisations below the direct children that an organisation includes (those it is an
   * ancestor of, past their parent), in directory order: their mentions count for it too.
   */
  descendantsOf: ReadonlyMap<string, readonly string[]>;
  /** The organisation and its ancestors, nearest first (as the app's `selfAndAncestors`). */
  selfAndAncestors: (slug: string) => readonly string[];
  name: (slug: string) => string;
}

/** Reads the documents `writeDocuments` left in `outDir`. */
export function readViewCorpus(outDir: string, memory: KeptStateMemory | null = null): ViewCorpus {
  const index = JSON.parse(
    readHeldFile(join(outDir, 'index.json'), memory, readBytes).toString('utf8'),
  ) as CorpusIndex;
  const articles = index.articles.slice().reverse();
  const n = articles.length;

  const quoteStart = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) quoteStart[i + 1] = quoteStart[i]! + articles[i]!.quoteCount;
  const quoteCount = quoteStart[n]!;
  const quoteArticle = new Uint32Array(quoteCount);
  for (let i = 0; i < n; i++) quoteArticle.fill(i, quoteStart[i], quoteStart[i + 1]);

  const bytes = readHeldFile(join(outDir, 'quotes.json'), memory, readBytes);
  const rows = rowRanges(bytes);
  if (rows.length / 2 !== quoteCount)
    throw new Error(`quotes.json has ${rows.length / 2} rows but the index counts ${quoteCount} quotes`);
  // quotes.json lists articles newest first: article n's rows come after those of every newer one.
  const rowOf = new Uint32Array(quoteCount);
  let row = 0;
  for (let a = n - 1; a >= 0; a--) for (let q = quoteStart[a]!; q < quoteStart[a + 1]!; q++) rowOf[q] = row++;
  const quote = (q: number): QuoteEntry => {
    const r = rowOf[q]!;
    return JSON.parse(bytes.toString('utf8', rows[2 * r], rows[2 * r + 1])) as QuoteEntry;
  };

  return {
    buildId: index.buildId,
    articles,
    organisations: index.organisations,
    sources: index.sources,
    speakers: index.speakers,
    renamedSlugs: index.renamedSlugs ?? { organisations: {}, speakers: {}, sources: {} },
    quoteCount,
    quoteStart,
    quoteArticle,
    quote,
    lookups: organisationLookups(index.organisations),
  };
}

/**
 * [start, end) of every row of a JSON array of quote rows, found without parsing: every row is an
 * object whose first key is `anchor` (`toCorpusEntry` builds them so), and `{"anchor":"` cannot
 * occur inside a JSON string, whose quotes are escaped. A wrong cut would fail to parse.
 */
function rowRanges(bytes: Buffer): Float64Array {
  const delimiter = Buffer.from('},{"anchor":"');
  const cuts: number[] = [];
  if (bytes.length > 2) {
    cuts.push(1);
    for (let at = bytes.indexOf(delimiter, 1); at >= 0; at = bytes.indexOf(delimiter, at + 1))
      cuts.push(at + 1, at + 2);
    cuts.push(bytes.length - 1);
  }
  return Float64Array.from(cuts);
}

/** The organisation hierarchy, as the app's `corpusLookups` derives it from the same directory. */
export function organisationLookups(organisations: readonly OrganisationEntry[]): OrganisationLookups {
  const bySlug = new Map(organisations.map((org) => [org.slug, org]));
  const childrenOf = new Map<string, string[]>();
  for (const org of organisations) {
    if (org.parent === null) continue;
    const siblings = childrenOf.get(org.parent) ?? [];
    siblings.push(org.slug);
    childrenOf.set(org.parent, siblings);
  }
  const ancestors = new Map<string, readonly string[]>();
  const selfAndAncestors = (slug: string): readonly string[] => {
    const hit = ancestors.get(slug);
    if (hit) return hit;
    const chain = [slug];
    let parent = bySlug.get(slug)?.parent ?? null;
    // Stops at a cycle, as the app does.
    while (parent !== null && !chain.includes(parent)) {
      chain.push(parent);
      parent = bySlug.get(parent)?.parent ?? null;
    }
    ancestors.set(slug, chain);
    return chain;
  };
  const descendantsOf = new Map<string, string[]>();
  for (const org of organisations)
    for (const ancestor of selfAndAncestors(org.slug).slice(2)) {
      const below = descendantsOf.get(ancestor) ?? [];
      below.push(org.slug);
      descendantsOf.set(ancestor, below);
    }
  return {
    bySlug,
    childrenOf,
    descendantsOf,
    selfAndAncestors,
    name: (slug) => bySlug.get(slug)?.name ?? slug,
  };
}

/** Every organisation an article counts for: its own plus their ancestors, each once, in the app's order. */
export function expandedOrganisations(own: readonly string[], lookups: OrganisationLookups): Set<string> {
  const expanded = new Set<string>();
  for (const org of own) for (const slug of lookups.selfAndAncestors(org)) expanded.add(slug);
  return expanded;
}

/**
 * The body-and-headline search index `writeDocuments` wrote: term → sorted article numbers. With
 * `memory` (a watch process), a shard the previous build left unchanged is not parsed again.
 */
export function readArticlePostings(
  outDir: string,
  memory: KeptStateMemory | null = null,
): Map<string, Uint32Array> {
  const postings = new Map<string, Uint32Array>();
  for (const key of ALL_SHARD_KEYS) {
    const shard = readHeldFile(join(outDir, 'search', `${key}.json`), memory, readShard);
    for (let i = 0; i < shard.terms.length; i++) postings.set(shard.terms[i]!, shard.lists[i]!);
  }
  return postings;
}

/** One layout-2 shard's terms and their article numbers, in the file's order. */
function readShard(path: string): { terms: readonly string[]; lists: readonly Uint32Array[] } {
  const shard = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number[]>;
  const terms = Object.keys(shard);
  return { terms, lists: terms.map((term) => Uint32Array.from(shard[term]!)) };
}

/** An article's paragraphs, from the article document `writeDocuments` wrote (the app reads the same). */
export function readArticleParagraphs(outDir: string, id: string): readonly string[] {
  const article = JSON.parse(readFileSync(join(outDir, 'articles', `${id}.json`), 'utf8')) as Pick<
    Article,
    'paragraphs'
  >;
  return article.paragraphs;
}

/** A quote entry as a quote chunk or a page's latest quotes carry it. */
export function quoteRow(quote: QuoteEntry): QuoteRow {
  const { anchor, text, speaker, speakerSlug, role, rule, articleId, date, headline, sourceSlug } = quote;
  return { anchor, text, speaker, speakerSlug, role, rule, articleId, date, headline, sourceSlug };
}
