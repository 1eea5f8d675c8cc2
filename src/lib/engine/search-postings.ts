/**
 * Reading the search indexes of layout 3 (`SearchDirectory` in views.ts): which document holds a
 * query word's terms, and the numbers of every term starting with it.
 */
import type { SearchChunkDocument, SearchDirectory } from '../../contract/views.ts';
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
}

export function decodeChunk(document: SearchChunkDocument): DecodedChunk {
  let total = 0;
  for (const list of document.postings) total += list.length;
  const offsets = new Uint32Array(document.terms.length + 1);
  const values = new Uint32Array(total);
  let at = 0;
  document.postings.forEach((deltas, i) => {
    let value = 0;
    for (const delta of deltas) {
      value += delta;
      values[at++] = value;
    }
    offsets[i + 1] = at;
  });
  return { terms: document.terms, offsets, values };
}

/** The sorted union of the numbers of the chunk's terms that start with `word`. */
export function chunkPostings(chunk: DecodedChunk, word: string, universe: number): Uint32Array {
  // Terms are sorted by code unit, so those starting with the word are contiguous from its bound.
  const from = stringBound(chunk.terms, word, false);
  let to = from;
  while (to < chunk.terms.length && chunk.terms[to]!.startsWith(word)) to++;
  const lists: Uint32Array[] = [];
  for (let i = from; i < to; i++) lists.push(chunk.values.subarray(chunk.offsets[i], chunk.offsets[i + 1]));
  // A copy when it is a single list: a view would keep the whole chunk's values alive.
  return lists.length === 1 ? lists[0]!.slice() : unionAll(lists, universe);
}
