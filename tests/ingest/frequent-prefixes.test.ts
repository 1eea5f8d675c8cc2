/**
 * Which prefix documents the build names for the app to read ahead (`frequentPrefixes`): whole
 * words only, ranked by how many articles their terms reach, without words in more than half.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { compareTerms, frequentPrefixes } from '../../src/ingest/corpus/view-documents/search-index.ts';

/** Sorted terms and their postings from a map of term → article numbers. */
function index(postings: Record<string, number[]>) {
  const terms = Object.keys(postings).sort(compareTerms);
  return { terms, listOf: (term: string) => postings[term]! };
}

test('ranks whole words by the articles their terms reach, and leaves stems and near-universal words out', () => {
  const { terms, listOf } = index({
    the: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    court: [1, 2],
    courts: [2, 3, 4],
    courtroom: [5],
    police: [1, 2, 3],
    policeman: [3],
    pres: [9],
    president: [6, 7, 8],
    presidential: [6],
  });
  // "co" and "polic" are stems (no such term); "the" is in every article.
  const prefixes = ['co', 'court', 'polic', 'police', 'pres', 'president', 'the'];
  // court reaches 1–5 (five of ten: half), pres 6–9, police and president three each (ties in term order).
  expect(frequentPrefixes(terms, prefixes, listOf, 10, 10)).toEqual(['court', 'pres', 'police', 'president']);
  expect(frequentPrefixes(terms, prefixes, listOf, 10, 2)).toEqual(['court', 'pres']);
});

test('a word in exactly half of the articles stays; one more article and it goes', () => {
  const { terms, listOf } = index({ half: [0, 1], more: [0, 1, 2] });
  expect(frequentPrefixes(terms, ['half', 'more'], listOf, 4, 5)).toEqual(['half']);
});

test('each listed word reaches at least as many articles as any whole word left out under the limit', () => {
  fc.assert(
    fc.property(
      fc.dictionary(
        fc.stringMatching(/^[ab]{2,4}$/),
        fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { minLength: 1, maxLength: 20 }),
      ),
      fc.integer({ min: 1, max: 6 }),
      (raw, limit) => {
        const postings = Object.fromEntries(
          Object.entries(raw).map(([term, list]) => [term, list.toSorted((a, b) => a - b)]),
        );
        const { terms, listOf } = index(postings);
        // Every prefix of every term, as if each crossed a chunk boundary.
        const prefixes = [...new Set(terms.flatMap((t) => [2, 3, 4].map((n) => t.slice(0, n))))]
          .filter((p) => p.length >= 2)
          .sort(compareTerms);
        const reach = (p: string) =>
          new Set(terms.filter((t) => t.startsWith(p)).flatMap((t) => listOf(t))).size;
        const listed = frequentPrefixes(terms, prefixes, listOf, 30, limit);
        expect(listed.length).toBeLessThanOrEqual(limit);
        for (const p of listed) {
          expect(terms).toContain(p);
          expect(reach(p) * 2).toBeLessThanOrEqual(30);
        }
        const left = prefixes.filter((p) => terms.includes(p) && reach(p) * 2 <= 30 && !listed.includes(p));
        if (listed.length === limit)
          for (const p of left) expect(reach(listed.at(-1)!)).toBeGreaterThanOrEqual(reach(p));
        else expect(left).toEqual([]);
        for (let i = 1; i < listed.length; i++)
          expect(reach(listed[i - 1]!)).toBeGreaterThanOrEqual(reach(listed[i]!));
      },
    ),
    { numRuns: 200 },
  );
});
