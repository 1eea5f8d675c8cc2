// A prefix document's union of its terms' postings: each number once, ascending, with the
// largest impact any of the terms has there, whether the postings are few or cover the corpus.
import { expect, test } from 'vitest';
import {
  BM25,
  impactScale,
  inverseDocumentFrequency,
  scaledImpact,
} from '../../src/contract/search-ranking.ts';
import { articleImpacts, unionWithImpacts } from '../../src/ingest/corpus/view-documents/search-impacts.ts';

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `count` terms, each with sorted distinct numbers below `range` and impacts 1…63. */
function terms(seed: number, count: number, range: number, density: number) {
  const next = random(seed);
  const lists: number[][] = [];
  const impacts: number[][] = [];
  for (let t = 0; t < count; t++) {
    const list: number[] = [];
    for (let n = 0; n < range; n++) if (next() < density) list.push(n);
    lists.push(list);
    impacts.push(list.map(() => 1 + Math.floor(next() * 63)));
  }
  return { lists, impacts };
}

/** The union by its definition. */
function reference(lists: number[][], impacts: number[][]) {
  const best = new Map<number, number>();
  lists.forEach((list, l) => {
    list.forEach((n, i) => {
      best.set(n, Math.max(best.get(n) ?? 0, impacts[l]![i]!));
    });
  });
  const numbers = [...best.keys()].sort((a, b) => a - b);
  return { numbers, impacts: numbers.map((n) => best.get(n)!) };
}

test('the union holds each number once with its largest impact, for sparse and dense postings', () => {
  const cases = [
    // A few postings spread over many numbers (a long prefix), then many over few (a short one).
    { seed: 1, count: 3, range: 50_000, density: 0.0005 },
    { seed: 2, count: 40, range: 2_000, density: 0.3 },
    { seed: 3, count: 200, range: 500, density: 0.9 },
    { seed: 4, count: 1, range: 1_000, density: 0.5 },
  ];
  for (const { seed, count, range, density } of cases) {
    const { lists, impacts } = terms(seed, count, range, density);
    expect(unionWithImpacts(lists, impacts)).toEqual(reference(lists, impacts));
  }
  expect(unionWithImpacts([], [])).toEqual({ numbers: [], impacts: [] });
  expect(unionWithImpacts([[7], [7, 9]], [[63], [2, 1]])).toEqual({ numbers: [7, 9], impacts: [63, 1] });
});

test('article impacts are scaledImpact of each posting, body once and headline counts weighted', () => {
  const next = random(11);
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
  const articles = Array.from({ length: 300 }, () => ({
    headline: Array.from({ length: 1 + Math.floor(next() * 6) }, () => words[Math.floor(next() * 8)]!).join(
      ' ',
    ),
    wordCount: Math.floor(next() ** 3 * 5000),
  }));
  const postings = new Map<string, Uint32Array>();
  for (const word of [...words, 'iota', 'kappa']) {
    const list: number[] = [];
    articles.forEach((article, n) => {
      if (article.headline.split(' ').includes(word) || next() < 0.3) list.push(n);
    });
    postings.set(word, Uint32Array.from(list));
  }
  const impacts = articleImpacts(articles, postings);
  const headlineHits = expectReferenceImpacts(impacts, articles, postings);
  expect(headlineHits).toBeGreaterThan(100);
  // Across the range of values impacts take, not one or two.
  expect(new Set([...impacts.values()].flatMap((list) => [...list])).size).toBeGreaterThan(10);
});

/** Checks `impacts` against `scaledImpact` of every posting; returns how many were headline hits. */
function expectReferenceImpacts(
  impacts: Map<string, Uint8Array>,
  articles: readonly { headline: string; wordCount: number }[],
  postings: ReadonlyMap<string, Uint32Array>,
): number {
  const headlineCount = (n: number, word: string) =>
    articles[n]!.headline.split(' ').filter((w) => w === word).length;
  const lengths = articles.map((a) => a.wordCount + a.headline.split(' ').length);
  const average = lengths.reduce((s, l) => s + l, 0) / lengths.length;
  const scale = impactScale(articles.length);
  let headlineHits = 0;
  for (const [word, list] of postings) {
    const idf = inverseDocumentFrequency(list.length, articles.length);
    const expected = Array.from(list, (n) => {
      const count = headlineCount(n, word);
      if (count > 0) headlineHits++;
      return scaledImpact(1 + BM25.headlineWeight * count, lengths[n]!, average, idf, scale);
    });
    expect(Array.from(impacts.get(word)!), word).toEqual(expected);
  }
  return headlineHits;
}

// The headlines' terms are held from one call to the next (a watch process's rebuilds): a headline
// edited, one moved to another article and one given an earlier headline's text must each count
// with its own words, never the held ones of the article or text it replaced.
test('article impacts after headlines change between calls are those of the new headlines', () => {
  const words = ['alpha', 'beta', 'gamma', 'delta'];
  let articles = Array.from({ length: 40 }, (_, n) => ({
    headline: `${words[n % 4]} ${words[(n * 3) % 4]} ${words[(n >> 2) % 4]}`,
    wordCount: 100 + n * 7,
  }));
  const postingsOf = (list: readonly { headline: string }[]) => {
    const postings = new Map<string, Uint32Array>();
    for (const word of words)
      postings.set(
        word,
        Uint32Array.from(list.flatMap((a, n) => (a.headline.includes(word) || n % 3 === 0 ? [n] : []))),
      );
    return postings;
  };
  expectReferenceImpacts(articleImpacts(articles, postingsOf(articles)), articles, postingsOf(articles));
  const edits: ((list: typeof articles) => typeof articles)[] = [
    (list) => list.map((a, n) => (n === 5 ? { ...a, headline: `${a.headline} alpha alpha` } : a)),
    (list) => list.map((a, n) => (n === 6 ? { ...a, headline: list[7]!.headline } : a)),
    (list) => [...list.slice(1), { headline: 'delta delta delta delta', wordCount: 3 }],
    (list) => list.map((a, n) => (n === 0 ? { ...a, headline: 'gamma' } : a)),
  ];
  for (const edit of edits) {
    articles = edit(articles);
    const postings = postingsOf(articles);
    expectReferenceImpacts(articleImpacts(articles, postings), articles, postings);
  }
});
