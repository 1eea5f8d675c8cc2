/**
 * Exact phrases (docs/decisions/011-phrase-search.md): which documents hold a quoted phrase, from
 * the adjacent-pair documents (`src/contract/search-pairs.ts`), and how a ranked list puts them
 * first. The result set never changes: a phrase only orders and counts within it.
 */
import type { SearchPairsDocument } from '../../contract/views.ts';
import { decodeDeltas } from '../../contract/views.ts';
import { EMPTY, lowerBound, stringBound } from './number-sets.ts';

/** A pair's sorted numbers in its pair document (none when the document does not hold it). */
export function pairPostings(document: SearchPairsDocument, pair: string): Uint32Array {
  const at = stringBound(document.pairs, pair, false);
  return document.pairs[at] === pair ? decodeDeltas(document.postings[at]!) : EMPTY;
}

/** True when the sorted set holds n. */
export function holds(sorted: Uint32Array, n: number): boolean {
  return sorted[lowerBound(sorted, n)] === n;
}

/**
 * The ranked list with the members of `exact` first, each part keeping its order (a stable
 * partition): the phrase's documents lead, in relevance order, then the rest in relevance order.
 */
export function phraseFirst(ranked: Uint32Array, exact: Uint32Array): Uint32Array {
  if (exact.length === 0 || exact.length === ranked.length) return ranked;
  const out = new Uint32Array(ranked.length);
  let front = 0;
  let back = exact.length;
  for (const n of ranked) {
    if (holds(exact, n)) out[front++] = n;
    else out[back++] = n;
  }
  return out;
}
