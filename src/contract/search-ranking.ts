/**
 * How the search indexes rank (docs/decisions/005-scale.md, "Ranking"): BM25 with the headline
 * weighted (BM25F-style), computed at build time per (term, document) and stored as a small
 * integer, the term's *impact*, beside each posting. A query word's score in a document is the
 * largest impact among the document's terms that start with the word; a document's score is the
 * sum over the query's words. The build and the reference the tests hold the engine to both call
 * `termImpact`, so the ranking is defined once.
 *
 * No runtime dependency: the app imports the decoder.
 */

/** BM25's usual constants; `headlineWeight`: a headline occurrence counts as this many body ones. */
export const BM25 = { k1: 1.2, b: 0.75, headlineWeight: 3 } as const;

/** Impacts are 1…`MAX_IMPACT`, one character each of `IMPACT_ALPHABET` (JSON-safe, no escapes). */
export const MAX_IMPACT = 63;
const IMPACT_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** BM25's inverse document frequency (the Lucene form, never negative). */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/**
 * A term's quantised BM25 contribution to one document: `tf` its (weighted) count there, `length`
 * the document's length in words and `averageLength` the corpus mean, `documentFrequency` how
 * many documents hold the term, of `documentCount`. Always 1…`MAX_IMPACT` for a term present.
 */
export function termImpact(
  tf: number,
  length: number,
  averageLength: number,
  documentFrequency: number,
  documentCount: number,
): number {
  return scaledImpact(
    tf,
    length,
    averageLength,
    inverseDocumentFrequency(documentFrequency, documentCount),
    impactScale(documentCount),
  );
}

/**
 * What `termImpact` multiplies a score by: BM25 of one term is below idf of the rarest term ×
 * (k1 + 1), which maps to MAX_IMPACT, so the 63 steps span what this corpus can score (the scale
 * is the same for every term of an index).
 */
export function impactScale(documentCount: number): number {
  return MAX_IMPACT / (inverseDocumentFrequency(1, documentCount) * (BM25.k1 + 1));
}

/**
 * `termImpact` given the term's `inverseDocumentFrequency` and the index's `impactScale`, which
 * a build computes once per term and once per index instead of once per posting.
 */
export function scaledImpact(
  tf: number,
  length: number,
  averageLength: number,
  idf: number,
  scale: number,
): number {
  return quantisedImpact(idf * saturation(tf, length, averageLength), scale);
}

/** BM25's saturation of `tf` occurrences in a document of `length` (the part of a score idf multiplies). */
export function saturation(tf: number, length: number, averageLength: number): number {
  const { k1, b } = BM25;
  const relative = averageLength > 0 ? length / averageLength : 1;
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + b * relative));
}

/** A score (idf × saturation) as an impact: scaled by the index's `impactScale`, 1…`MAX_IMPACT`. */
export function quantisedImpact(score: number, scale: number): number {
  return Math.max(1, Math.min(MAX_IMPACT, Math.round(score * scale)));
}

/** Impacts as a string, one character per posting. */
export function encodeImpacts(impacts: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < impacts.length; i++) out += IMPACT_ALPHABET.charAt(impacts[i]!);
  return out;
}

const DECODE = new Uint8Array(128);
for (let i = 0; i < IMPACT_ALPHABET.length; i++) DECODE[IMPACT_ALPHABET.charCodeAt(i)] = i;

/** The inverse of `encodeImpacts`, written into `into` from `at`. */
export function decodeImpactsInto(text: string, into: Uint8Array, at: number): void {
  for (let i = 0; i < text.length; i++) into[at + i] = DECODE[text.charCodeAt(i) & 127]!;
}

/** True when a string is a valid impact list of `length` postings. */
export function isImpactString(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || DECODE[code] === 0) return false;
  }
  return true;
}

/** A query word's matches: sorted numbers and, parallel, each one's impact (null: no ranking). */
export interface RankedPostings {
  numbers: Uint32Array;
  impacts: Uint8Array | null;
}

/**
 * Each result's score (parallel to `results`), or null when a word's index carries no impacts.
 * Every result is in every word's list (the results are their intersection, restricted further).
 */
export function scoreResults(results: Uint32Array, words: readonly RankedPostings[]): Uint16Array | null {
  const scores = new Uint16Array(results.length);
  for (const word of words) {
    const { numbers, impacts } = word;
    if (!impacts) return null;
    // Both sorted: one merge walk; a gallop would help only when the word's list dwarfs the results.
    let j = 0;
    for (let i = 0; i < results.length; i++) {
      const n = results[i]!;
      while (numbers[j]! < n) j++;
      scores[i] = scores[i]! + impacts[j]!;
    }
  }
  return scores;
}

/**
 * The results by score, highest first; equal scores keep the order of `sequence`, a list of
 * indices into `results` giving the newest-first order (default: descending numbers).
 */
export function rankedOrder(results: Uint32Array, scores: Uint16Array, sequence?: Uint32Array): Uint32Array {
  let top = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > top) top = scores[i]!;
  // Start of each score's run in the output, highest score first.
  const start = new Uint32Array(top + 2);
  for (let i = 0; i < scores.length; i++) start[top - scores[i]! + 1]!++;
  for (let s = 1; s < start.length; s++) start[s]! += start[s - 1]!;
  const out = new Uint32Array(results.length);
  for (let k = 0; k < results.length; k++) {
    const i = sequence ? sequence[k]! : results.length - 1 - k;
    out[start[top - scores[i]!]!++] = results[i]!;
  }
  return out;
}
