/**
 * How a search index (term → sorted numbers) is cut into documents (`SearchDirectory` in
 * views.ts): terms sorted by code unit, cut into chunks of about `SEARCH_CHUNK_BYTES` of
 * postings, and a prefix document for every prefix whose terms cross a chunk boundary, so a query
 * word costs exactly one document (`searchDocumentFor`).
 *
 * Why that suffices: the terms starting with a word are contiguous in sorted order, so if they
 * span two chunks they span a boundary, and then both the last term before it and the first term
 * after it start with the word: the word is a prefix of the first term no longer than the two
 * terms' common prefix, which is exactly the set listed here.
 */
import type { SearchDirectory } from '../../../contract/views.ts';

/** About this many bytes of serialised postings per chunk. */
export const SEARCH_CHUNK_BYTES = 48 * 1024;
/** Query words are at least this long (`searchTerms`), so shorter prefixes need no document. */
const MIN_WORD = 2;

/** Plain code-unit order, as `<` compares and as `startsWith` matches. */
export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Bytes a term and its postings take in a chunk document, delta-encoded, without whitespace. */
export function termBytes(term: string, sorted: ArrayLike<number>): number {
  let bytes = jsonBytes(term) + 2 + 2; // two commas, two brackets
  let previous = 0;
  for (let i = 0; i < sorted.length; i++) {
    const delta = sorted[i]! - previous;
    previous = sorted[i]!;
    bytes += digits(delta) + 1;
  }
  return bytes;
}

/**
 * Bytes of the string as JSON. Called for every term and pair of a build (millions at 100,000
 * articles): a printable ASCII string without `"` or `\` is its length and two quotes.
 */
function jsonBytes(value: string): number {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c)
      return Buffer.byteLength(JSON.stringify(value));
  }
  return value.length + 2;
}

/** Decimal digits of a non-negative integer (what `Math.floor(Math.log10(n)) + 1` gives, without a logarithm per posting). */
function digits(n: number): number {
  if (n < 1e5) return n < 10 ? 1 : n < 100 ? 2 : n < 1e3 ? 3 : n < 1e4 ? 4 : 5;
  if (n < 1e10) return n < 1e6 ? 6 : n < 1e7 ? 7 : n < 1e8 ? 8 : n < 1e9 ? 9 : 10;
  return Math.floor(Math.log10(n)) + 1;
}

/**
 * Where each chunk starts (indices into the sorted terms): a chunk takes terms while they fit
 * in `limit` bytes; a term bigger than that is a chunk of its own.
 */
export function chunkStarts(sizes: readonly number[], limit = SEARCH_CHUNK_BYTES): number[] {
  const starts: number[] = [];
  let used = 0;
  sizes.forEach((size, i) => {
    if (i === 0 || used + size > limit) {
      starts.push(i);
      used = 0;
    }
    used += size;
  });
  return starts;
}

/** Every prefix (at least two code units) whose terms lie on both sides of a chunk boundary, sorted. */
export function crossingPrefixes(sortedTerms: readonly string[], starts: readonly number[]): string[] {
  const prefixes = new Set<string>();
  for (let k = 1; k < starts.length; k++) {
    const a = sortedTerms[starts[k]! - 1]!;
    const b = sortedTerms[starts[k]!]!;
    let common = 0;
    while (common < a.length && common < b.length && a.charCodeAt(common) === b.charCodeAt(common)) common++;
    for (let length = MIN_WORD; length <= common; length++) {
      // A prefix ending inside a surrogate pair is no query word (those are whole terms) and
      // would have no file name of its own (`hexOf` encodes a lone surrogate as U+FFFD).
      const last = b.charCodeAt(length - 1);
      if (last >= 0xd800 && last <= 0xdbff) continue;
      prefixes.add(b.slice(0, length));
    }
  }
  return [...prefixes].sort(compareTerms);
}

/** [from, to) of the sorted terms that start with `prefix`. */
export function termRange(sortedTerms: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = sortedTerms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedTerms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  // From `lo` on, the terms starting with the prefix come first.
  let end = sortedTerms.length;
  let from = lo;
  while (from < end) {
    const mid = (from + end) >> 1;
    if (sortedTerms[mid]!.startsWith(prefix)) from = mid + 1;
    else end = mid;
  }
  return [lo, from];
}

/** The sorted union of sorted number lists, each below `universe`. */
export function unionSorted(lists: readonly ArrayLike<number>[], universe: number): number[] {
  let total = 0;
  for (const list of lists) total += list.length;
  if (lists.length === 1) return Array.from(lists[0]!);
  if (total > universe / 8) {
    // Dense: a bitmap pass costs the universe once, never a sort.
    const seen = new Uint8Array(universe);
    for (const list of lists) for (let i = 0; i < list.length; i++) seen[list[i]!] = 1;
    const out: number[] = [];
    for (let i = 0; i < universe; i++) if (seen[i]) out.push(i);
    return out;
  }
  const all = new Uint32Array(total);
  let at = 0;
  for (const list of lists) for (let i = 0; i < list.length; i++) all[at++] = list[i]!;
  all.sort();
  const out: number[] = [];
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]!);
  return out;
}

/**
 * Which document holds a query word's terms: its prefix document, else the one chunk that can
 * hold terms starting with it (the last chunk starting at or before the word, or the next one
 * when that one starts with the word). The app's search follows the same rule.
 */
export function searchDocumentFor(
  directory: SearchDirectory,
  word: string,
): { prefix: string } | { chunk: number } | null {
  if (binarySearch(directory.prefixes, word) >= 0) return { prefix: word };
  const starts = directory.chunkStarts;
  if (starts.length === 0) return null;
  // The last chunk whose first term is at or before the word (-1: before every chunk).
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= word) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  if (k + 1 < starts.length && starts[k + 1]!.startsWith(word)) return { chunk: k + 1 };
  return k >= 0 ? { chunk: k } : null;
}

function binarySearch(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === value ? lo : -1;
}
