/**
 * The BM25 impacts the search indexes carry beside their postings (`termImpact` in
 * src/contract/search-ranking.ts): what each term is worth in each document it occurs in.
 *
 * - Articles: BM25F over the headline and the body. The headline's count of the term weighs
 *   `headlineWeight` times, the body counts as present or absent (the body-term lists of layout 2
 *   the index is read from hold no counts); the length is the article's `wordCount` plus its
 *   headline words.
 * - Quotes: BM25 over the text the quote index holds (text, speaker, role, headline), counted.
 */
import { searchTerms } from '../../../contract/text.ts';
import {
  BM25,
  impactScale,
  inverseDocumentFrequency,
  quantisedImpact,
  saturation,
  scaledImpact,
} from '../../../contract/search-ranking.ts';
import type { PackedPostings } from './quote-analysis.ts';

/** The words of the text as terms, with how often each occurs. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of searchTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** A headline's terms (each once, in order of first occurrence) with their counts, and its words. */
interface HeadlineTerms {
  terms: string[];
  counts: number[];
  words: number;
}

/** `termCounts` of a headline as `articleImpacts` uses it. */
function headlineTerms(headline: string): HeadlineTerms {
  const counts = termCounts(headline);
  let words = 0;
  for (const count of counts.values()) words += count;
  return { terms: [...counts.keys()], counts: [...counts.values()], words };
}

/**
 * The headlines' terms as the last `articleImpacts` call found them, by headline. A watch
 * process's rebuild sees the same headlines but one or two, and folding and matching all 100,000
 * again cost 0.5–1 s of CPU (decision 005, "Watch mode, fifth step"). A headline's terms follow
 * from its text alone, so this only saves work; the map is replaced on every call, so it holds
 * one corpus's headlines at most.
 */
let heldHeadlines = new Map<string, HeadlineTerms>();

/** Impacts of every article term, parallel to `postings` (each term's sorted article numbers). */
export function articleImpacts(
  articles: readonly { headline: string; wordCount: number }[],
  postings: ReadonlyMap<string, ArrayLike<number>>,
): Map<string, Uint8Array> {
  const held = heldHeadlines;
  const seen = new Map<string, HeadlineTerms>();
  const headlines = articles.map((article) => {
    let terms = seen.get(article.headline);
    if (terms === undefined) {
      terms = held.get(article.headline) ?? headlineTerms(article.headline);
      seen.set(article.headline, terms);
    }
    return terms;
  });
  heldHeadlines = seen;
  const lengths = articles.map((article, n) => article.wordCount + headlines[n]!.words);
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
  const impacts = new Map<string, Uint8Array>();
  const scale = impactScale(articles.length);
  // Every posting as a body occurrence (tf 1), then the few where the headline holds the term
  // too, found from the headlines' side: one lookup per headline term, not one per posting.
  const saturated = bodySaturation(lengths, averageLength);
  let total = 0;
  for (const list of postings.values()) total += list.length;
  // One array for every term's impacts (19 million postings at 100,000 articles), not one each.
  const all = new Uint8Array(total);
  let at = 0;
  for (const [term, list] of postings) {
    const out = all.subarray(at, at + list.length);
    at += list.length;
    const idf = inverseDocumentFrequency(list.length, articles.length);
    for (let i = 0; i < list.length; i++) out[i] = quantisedImpact(idf * saturated[list[i]!]!, scale);
    impacts.set(term, out);
  }
  headlines.forEach(({ terms, counts }, n) => {
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      const list = postings.get(term);
      const out = impacts.get(term);
      const i = list ? positionOf(list, n) : -1;
      if (!list || !out || i < 0) continue;
      const tf = 1 + BM25.headlineWeight * counts[t]!;
      const idf = inverseDocumentFrequency(list.length, articles.length);
      out[i] = scaledImpact(tf, lengths[n]!, averageLength, idf, scale);
    }
  });
  return impacts;
}

/**
 * Per article, the saturation of a single occurrence (tf 1) at the article's length: what
 * `scaledImpact` computes for each body posting, once per article instead of once per posting.
 */
export function bodySaturation(lengths: readonly number[], averageLength: number): Float64Array {
  const out = new Float64Array(lengths.length);
  for (let n = 0; n < lengths.length; n++) out[n] = saturation(1, lengths[n]!, averageLength);
  return out;
}

/** Where `value` is in a sorted list, or -1. */
function positionOf(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle]!;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Impacts of every term of a counted index (quotes), parallel to its postings: each posting's
 * count, its document's length (`lengths`, one per document) against the average, and the
 * term's document frequency. `postings` is `unpackPostings(packed)`.
 */
export function countedImpacts(
  packed: PackedPostings,
  postings: ReadonlyMap<string, Uint32Array>,
  lengths: Uint32Array,
): Map<string, Uint8Array> {
  const documentCount = lengths.length;
  let total = 0;
  for (let n = 0; n < documentCount; n++) total += lengths[n]!;
  const averageLength = total / Math.max(1, documentCount);
  const counts = packed.counts!;
  const impacts = new Map<string, Uint8Array>();
  const scale = impactScale(documentCount);
  packed.keys.forEach((term, t) => {
    const list = postings.get(term)!;
    const from = packed.offsets[t]!;
    const out = new Uint8Array(list.length);
    const idf = inverseDocumentFrequency(list.length, documentCount);
    for (let i = 0; i < list.length; i++)
      out[i] = scaledImpact(counts[from + i]!, lengths[list[i]!]!, averageLength, idf, scale);
    impacts.set(term, out);
  });
  return impacts;
}

/**
 * The sorted union of several terms' postings with, per number, the largest of the terms'
 * impacts there: what a prefix document holds.
 */
export function unionWithImpacts(
  lists: readonly ArrayLike<number>[],
  impacts: readonly ArrayLike<number>[],
): { numbers: number[]; impacts: number[] } {
  let total = 0;
  let top = -1;
  for (const list of lists) {
    total += list.length;
    for (let i = 0; i < list.length; i++) if (list[i]! > top) top = list[i]!;
  }
  // A short prefix's terms hold millions of postings over at most the corpus's numbers: one slot
  // per number (a pass over the postings and one over the numbers) instead of sorting them all,
  // whose cost grew with the corpus times the number of prefix documents.
  if (total >= (top + 1) / 8) return denseUnion(lists, impacts, top);
  // number × 64 + impact sorts by number, then impact: the last entry of each number is its largest.
  const keys = new Float64Array(total);
  let at = 0;
  lists.forEach((list, l) => {
    const weights = impacts[l]!;
    for (let i = 0; i < list.length; i++) keys[at++] = list[i]! * 64 + weights[i]!;
  });
  keys.sort();
  const numbers: number[] = [];
  const best: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const number = Math.floor(keys[i]! / 64);
    if (i + 1 < keys.length && Math.floor(keys[i + 1]! / 64) === number) continue;
    numbers.push(number);
    best.push(keys[i]! - number * 64);
  }
  return { numbers, impacts: best };
}

/** `unionWithImpacts` through a slot per number up to `top`: each slot holds its best impact + 1. */
function denseUnion(
  lists: readonly ArrayLike<number>[],
  impacts: readonly ArrayLike<number>[],
  top: number,
): { numbers: number[]; impacts: number[] } {
  const slots = new Uint8Array(top + 1);
  lists.forEach((list, l) => {
    const weights = impacts[l]!;
    for (let i = 0; i < list.length; i++) {
      const number = list[i]!;
      const value = weights[i]! + 1;
      if (value > slots[number]!) slots[number] = value;
    }
  });
  const numbers: number[] = [];
  const best: number[] = [];
  for (let number = 0; number <= top; number++) {
    const value = slots[number]!;
    if (value === 0) continue;
    numbers.push(number);
    best.push(value - 1);
  }
  return { numbers, impacts: best };
}
