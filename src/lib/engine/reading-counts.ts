/**
 * Counts over a result set for the reading features: the day histogram of a timeline and the
 * speaker facet of the article list. Plain loops over typed arrays, linear in the result set.
 */

/**
 * How many of `numbers` (sorted article numbers) fall on each day, where day d's articles are
 * numbered `dayStart[d]` to `dayStart[d + 1] - 1`. One walk over both.
 */
export function countPerDay(numbers: Uint32Array, dayStart: Uint32Array): number[] {
  const days = dayStart.length - 1;
  const counts = new Array<number>(Math.max(0, days)).fill(0);
  let d = 0;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    while (d < days && dayStart[d + 1]! <= n) d++;
    if (d < days) counts[d]!++;
  }
  return counts;
}

/** The articles (sorted, each once) that hold these quotes (sorted quote numbers). */
export function articlesOfQuotes(quotes: Uint32Array, quoteArticle: Uint32Array): Uint32Array {
  const out = new Uint32Array(quotes.length);
  let length = 0;
  for (let i = 0; i < quotes.length; i++) {
    const a = quoteArticle[quotes[i]!]!;
    if (length === 0 || out[length - 1] !== a) out[length++] = a;
  }
  return out.slice(0, length);
}

/**
 * Per speaker id, how many of `articles` quote them (an article counts once per speaker, however
 * many of their quotes it holds). `quoteSpeaker` holds speaker id + 1, 0 for none.
 */
export function countArticleSpeakers(
  articles: Uint32Array,
  quoteStart: Uint32Array,
  quoteSpeaker: Uint32Array,
  size: number,
): Uint32Array {
  const counts = new Uint32Array(size);
  const lastArticle = new Int32Array(size).fill(-1);
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    for (let q = quoteStart[a]!; q < quoteStart[a + 1]!; q++) {
      const s = quoteSpeaker[q]!;
      if (s === 0 || lastArticle[s - 1] === a) continue;
      lastArticle[s - 1] = a;
      counts[s - 1]!++;
    }
  }
  return counts;
}
