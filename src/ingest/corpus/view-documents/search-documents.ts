/**
 * A search index's documents (layout 3): the term-sorted chunks, the prefix documents for
 * prefixes that cross a chunk boundary, and the first page a prefix document carries for a
 * search of one word alone (decision 016), each offered to the carry sink by its input key.
 */
import type { ArticleSummary } from '../../../contract/schema.ts';
import { searchChunkDocumentSchema, searchPrefixDocumentSchema } from '../../../contract/view-schemas.ts';
import {
  CARRIED_PAGE_SIZE,
  encodeDeltas,
  VIEW_DATA_VERSION,
  viewPaths,
  type CarriedPage,
  type Envelope,
  type SearchDirectory,
  type SearchIndexName,
  type Snippet,
} from '../../../contract/views.ts';
import { encodeImpacts, rankedOrder, scoreResults } from '../../../contract/search-ranking.ts';
import { bestSnippet } from '../../../lib/snippets.ts';
import { DocumentKey } from './document-keys.ts';
import { chunkStarts, compareTerms, crossingPrefixes, termBytes, termRange } from './search-index.ts';
import { unionWithImpacts } from './search-impacts.ts';
import type { CarrySink, DocumentSink } from './view-sinks.ts';

/**
 * The first page of a search for one word alone (decision 016): `numbers` and `impacts` are the
 * word's postings (every result, since there is no filter), ranked by the engine's own
 * `scoreResults` and `rankedOrder`, so the page is the one the engine would build from chunks.
 */
export function carriedPage(
  numbers: readonly number[],
  impacts: readonly number[],
  articles: readonly ArticleSummary[],
  organisationName: (slug: string) => string,
): CarriedPage {
  const results = Uint32Array.from(numbers);
  const scores = scoreResults(results, [{ numbers: results, impacts: Uint8Array.from(impacts) }])!;
  const top = Array.from(rankedOrder(results, scores).subarray(0, CARRIED_PAGE_SIZE));
  return carriedPageOf(top, articles, organisationName);
}

/** The carried page of these article numbers (already ranked): their summaries and organisations' names. */
export function carriedPageOf(
  top: readonly number[],
  articles: readonly ArticleSummary[],
  organisationName: (slug: string) => string,
): CarriedPage {
  const summaries = top.map((n) => articles[n]!);
  const slugs = [...new Set(summaries.flatMap((s) => s.organisations))].sort(compareTerms);
  return {
    numbers: [...top],
    summaries,
    organisationNames: Object.fromEntries(slugs.map((slug) => [slug, organisationName(slug)])),
  };
}

/**
 * The snippets of a carried page: each article's for a search of `word` alone, by the engine's
 * own `bestSnippet` with the query the engine makes of that search (the word, no phrase), so the
 * engine can show them instead of reading the page's 20 article documents.
 */
export function carriedSnippets(
  numbers: readonly number[],
  word: string,
  paragraphs: (n: number) => readonly string[],
): (Snippet | null)[] {
  const query = { words: [word], phrases: [] };
  return numbers.map((n) => bestSnippet(paragraphs(n), query));
}

/** How an index's prefix documents carry their first page, and what that page adds to their key. */
export interface FirstPages {
  page: (numbers: readonly number[], impacts: readonly number[]) => CarriedPage;
  /** The page of these numbers as ranked before, or null when one is past the last article. */
  pageOf: (numbers: readonly number[]) => CarriedPage | null;
  /** The page numbers kept with the previous build's document at this path (`Keying.keptNumbers`). */
  kept: (path: string) => readonly number[] | null;
  /** Keeps a made document's page numbers (`Keying.keepNumbers`). */
  keep: (path: string, numbers: readonly number[]) => void;
  /**
   * What the page adds once its document is made (not carried over): its snippets, which read
   * the page's article documents, so an unchanged prefix document costs no article read.
   */
  complete: (prefix: string, page: CarriedPage) => CarriedPage;
  key: (key: DocumentKey, page: CarriedPage) => void;
}

/** Writes a search index's chunks and prefix documents; returns its directory for meta.json. */
export function writeSearchIndex(
  index: SearchIndexName,
  postings: ReadonlyMap<string, ArrayLike<number>>,
  impacts: ReadonlyMap<string, ArrayLike<number>>,
  buildId: string,
  emit: DocumentSink,
  carry: CarrySink | null,
  firstPages: FirstPages | null = null,
): SearchDirectory {
  const envelope = <K extends string>(kind: K): Envelope<K> => ({ version: VIEW_DATA_VERSION, kind });
  const terms = [...postings.keys()].sort(compareTerms);
  const listOf = (term: string): ArrayLike<number> => postings.get(term)!;
  const impactsOf = (term: string): ArrayLike<number> => impacts.get(term)!;
  /** A chunk or prefix document is made from its terms' postings and impacts alone. */
  const rangeKey = (kind: string, label: string, from: number, to: number): DocumentKey => {
    const key = new DocumentKey(kind).text(label);
    for (let i = from; i < to; i++)
      key.text(terms[i]!).numbers(listOf(terms[i]!)).numbers(impactsOf(terms[i]!));
    return key;
  };
  const carried = (path: string, kind: string, label: string, from: number, to: number): boolean =>
    carry !== null && carry(path, rangeKey(kind, label, from, to).digest());
  // Each posting also carries one impact character and the term one string.
  const starts = chunkStarts(terms.map((term) => termBytes(term, listOf(term)) + listOf(term).length + 3));
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? terms.length;
    const path = viewPaths.searchChunk(buildId, index, k);
    if (carried(path, 'search-chunk', index, start, end)) return;
    const chunkTerms = terms.slice(start, end);
    emit(
      path,
      searchChunkDocumentSchema,
      {
        ...envelope('search-chunk'),
        terms: chunkTerms,
        postings: chunkTerms.map((term) => encodeDeltas(listOf(term))),
        impacts: chunkTerms.map((term) => encodeImpacts(impactsOf(term))),
      },
      k === 0 || k === starts.length - 1,
    );
  });
  const prefixes = crossingPrefixes(terms, starts);
  prefixes.forEach((prefix, i) => {
    const [from, to] = termRange(terms, prefix);
    const path = viewPaths.searchPrefix(buildId, index, prefix);
    const makeUnion = () =>
      unionWithImpacts(terms.slice(from, to).map(listOf), terms.slice(from, to).map(impactsOf));
    let union: ReturnType<typeof makeUnion> | null = null;
    let firstPage: CarriedPage | undefined;
    if (carry && firstPages) {
      // The first page is made from the union, and its summaries join the key. The union (the
      // step's largest cost) is made only when the key with the page kept from the previous
      // build differs: an equal key means equal terms, postings and impacts, so the union and
      // its ranking, and with them the page, are the kept ones.
      const key = rangeKey('search-prefix', `${index}:${prefix}`, from, to);
      const keptNumbers = firstPages.kept(path);
      const keptPage = keptNumbers && firstPages.pageOf(keptNumbers);
      if (keptPage) {
        const guess = key.copy();
        firstPages.key(guess, keptPage);
        if (carry(path, guess.digest())) return;
      }
      union = makeUnion();
      firstPage = firstPages.page(union.numbers, union.impacts);
      firstPages.key(key, firstPage);
      if (carry(path, key.digest())) return;
      firstPages.keep(path, firstPage.numbers);
    } else if (firstPages) {
      union = makeUnion();
      firstPage = firstPages.page(union.numbers, union.impacts);
    } else if (carried(path, 'search-prefix', `${index}:${prefix}`, from, to)) return;
    const { numbers, impacts: best } = union ?? makeUnion();
    emit(
      path,
      searchPrefixDocumentSchema,
      {
        ...envelope('search-prefix'),
        prefix,
        postings: encodeDeltas(numbers),
        impacts: encodeImpacts(best),
        ...(firstPage && { firstPage: firstPages?.complete(prefix, firstPage) ?? firstPage }),
      },
      i === 0 || i === prefixes.length - 1,
    );
  });
  return { chunkStarts: starts.map((start) => terms[start]!), prefixes };
}
