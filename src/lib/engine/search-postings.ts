/**
 * Reading the search indexes of layout 3 (`SearchDirectory` in views.ts): which document holds a
 * query word's terms, and the numbers of every term starting with it.
 */
import { decodeImpactsInto, type RankedPostings } from '../../contract/search-ranking.ts';
import type {
  CarriedPage,
  SearchChunkDocument,
  SearchDirectory,
  SearchPrefixDocument,
} from '../../contract/views.ts';
import { decodeDeltas } from '../../contract/views.ts';
import { stringBound, unionAll } from './number-sets.ts';

/**
 * The document holding every term that starts with `word`: its prefix document, else the last
 * chunk starting at or before the word, or the next one when that one starts with the word (then
 * the terms cannot be in both, or the prefix would have its own document). Null: no chunk at all.
 */
export function searchDocumentFor(
  directory: SearchDirectory,
  word: string,
): { prefix: string } | { chunk: number } | null {
  const at = stringBound(directory.prefixes, word, false);
  if (directory.prefixes[at] === word) return { prefix: word };
  const starts = directory.chunkStarts;
  if (starts.length === 0) return null;
  const k = stringBound(starts, word, true) - 1;
  if (k + 1 < starts.length && starts[k + 1]!.startsWith(word)) return { chunk: k + 1 };
  return k >= 0 ? { chunk: k } : null;
}

/** A search chunk as typed arrays: term i's numbers are `values[offsets[i]..offsets[i + 1])`. */
export interface DecodedChunk {
  terms: readonly string[];
  offsets: Uint32Array;
  values: Uint32Array;
  /** Parallel to `values`: each posting's impact; null for an index built without ranking. */
  impacts: Uint8Array | null;
}

/** A query word's matches: sorted numbers and, parallel, each one's impact (null: no ranking). */
export interface WordMatch extends RankedPostings {
  /** The first page of a search for this word alone, when its document carries one. */
  firstPage?: CarriedPage;
}

export function decodeChunk(document: SearchChunkDocument): DecodedChunk {
  let total = 0;
  for (const list of document.postings) total += list.length;
  const offsets = new Uint32Array(document.terms.length + 1);
  const values = new Uint32Array(total);
  const impacts = document.impacts ? new Uint8Array(total) : null;
  let at = 0;
  document.postings.forEach((deltas, i) => {
    if (impacts) decodeImpactsInto(document.impacts![i] ?? '', impacts, at);
    let value = 0;
    for (const delta of deltas) {
      value += delta;
      values[at++] = value;
    }
    offsets[i + 1] = at;
  });
  return { terms: document.terms, offsets, values, impacts };
}

export function decodePrefix(document: SearchPrefixDocument): WordMatch {
  const numbers = decodeDeltas(document.postings);
  let impacts: Uint8Array | null = null;
  if (document.impacts !== undefined) {
    impacts = new Uint8Array(numbers.length);
    decodeImpactsInto(document.impacts, impacts, 0);
  }
  return document.firstPage ? { numbers, impacts, firstPage: document.firstPage } : { numbers, impacts };
}

/**
 * The sorted union of the numbers of the chunk's terms that start with `word`, each with the
 * largest impact among those terms (the word's score in that document).
 */
export function chunkPostings(chunk: DecodedChunk, word: string, universe: number): WordMatch {
  // Terms are sorted by code unit, so those starting with the word are contiguous from its bound.
  const from = stringBound(chunk.terms, word, false);
  let to = from;
  while (to < chunk.terms.length && chunk.terms[to]!.startsWith(word)) to++;
  const { offsets, values, impacts } = chunk;
  if (to === from) return { numbers: new Uint32Array(0), impacts: impacts && new Uint8Array(0) };
  if (to - from === 1) {
    // A copy: a view would keep the whole chunk's arrays alive.
    return {
      numbers: values.slice(offsets[from], offsets[from + 1]),
      impacts: impacts && impacts.slice(offsets[from], offsets[from + 1]),
    };
  }
  if (!impacts) {
    const lists: Uint32Array[] = [];
    for (let i = from; i < to; i++) lists.push(values.subarray(offsets[i], offsets[i + 1]));
    return { numbers: unionAll(lists, universe), impacts: null };
  }
  // The largest impact per number over the terms: one pass over the universe, as a dense union.
  const best = new Uint8Array(universe);
  for (let p = offsets[from]!; p < offsets[to]!; p++) {
    const n = values[p]!;
    if (impacts[p]! > best[n]!) best[n] = impacts[p]!;
  }
  let count = 0;
  for (let n = 0; n < universe; n++) if (best[n]) count++;
  const numbers = new Uint32Array(count);
  const out = new Uint8Array(count);
  let at = 0;
  for (let n = 0; n < universe; n++)
    if (best[n]) {
      numbers[at] = n;
      out[at++] = best[n]!;
    }
  return { numbers, impacts: out };
}
