/**
 * The relevance order, by its definition (src/contract/search-ranking.ts): an item's score is
 * the sum over the query's words of the largest impact among its terms starting with the word;
 * higher scores first, equal scores in the list's newest-first order (a stable sort).
 */
export function byRelevance<T>(
  newestFirst: readonly T[],
  words: readonly string[],
  impactsOf: (item: T) => ReadonlyMap<string, number>,
): T[] {
  const score = (item: T): number => {
    const impacts = impactsOf(item);
    let total = 0;
    for (const word of words) {
      let best = 0;
      for (const [term, impact] of impacts) if (term.startsWith(word) && impact > best) best = impact;
      total += best;
    }
    return total;
  };
  const scores = new Map(newestFirst.map((item) => [item, score(item)]));
  return [...newestFirst].sort((a, b) => scores.get(b)! - scores.get(a)!);
}
