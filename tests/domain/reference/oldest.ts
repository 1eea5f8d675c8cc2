/**
 * The oldest-first order (`sort=oldest`), by its definition from the newest-first lists the
 * reference filters give: articles in the exact reverse of newest first (so articles of one day
 * too); quotes by article in that order, each article's quotes in reading order as newest first
 * has them.
 */
export function articlesOldestFirst<T>(newestFirst: readonly T[]): T[] {
  return [...newestFirst].reverse();
}

export function quotesOldestFirst<T extends { articleId: string }>(newestFirst: readonly T[]): T[] {
  const runs: T[][] = [];
  for (const quote of newestFirst) {
    const run = runs.at(-1);
    if (run && run[0]!.articleId === quote.articleId) run.push(quote);
    else runs.push([quote]);
  }
  return runs.reverse().flat();
}
