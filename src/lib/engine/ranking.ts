/**
 * Relevance order of a result set (docs/decisions/005-scale.md, "Ranking"): a document's score
 * is the sum, over the query's words, of the word's impact there (the largest BM25 impact of its
 * terms starting with the word, `search-ranking.ts`); higher scores first, ties in the list's
 * newest-first order. Scores are small integers, so the order is a counting sort: linear in the
 * results, no comparison sort.
 */
import type { WordMatch } from './search-postings.ts';

/**
 * Each result's score (parallel to `results`), or null when a word's index carries no impacts.
 * Every result is in every word's list (the results are their intersection, restricted further).
 */
export function scoreResults(results: Uint32Array, words: readonly WordMatch[]): Uint16Array | null {
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

/**
 * The newest-first sequence of quote results (indices into `results`): articles newest first,
 * each article's quotes in reading order. `quoteArticle[q]` is quote q's article number.
 */
export function quoteListSequence(results: Uint32Array, quoteArticle: Uint32Array): Uint32Array {
  const sequence = new Uint32Array(results.length);
  let at = 0;
  for (let j = results.length - 1; j >= 0;) {
    const article = quoteArticle[results[j]!]!;
    let k = j;
    while (k > 0 && quoteArticle[results[k - 1]!] === article) k--;
    for (let m = k; m <= j; m++) sequence[at++] = m;
    j = k - 1;
  }
  return sequence;
}
