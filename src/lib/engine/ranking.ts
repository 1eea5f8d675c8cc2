/**
 * Relevance order of a result set (docs/decisions/005-scale.md, "Ranking"): a document's score
 * is the sum, over the query's words, of the word's impact there (the largest BM25 impact of its
 * terms starting with the word, `search-ranking.ts`); higher scores first, ties in the list's
 * newest-first order. Scores are small integers, so the order is a counting sort: linear in the
 * results, no comparison sort.
 */
// Defined in the contract: the build ranks a search document's carried first page with the same
// code (decision 016).
export { rankedOrder, scoreResults } from '../../contract/search-ranking.ts';

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
