/**
 * The build computes impacts per term (its idf once) and per index (its scale once); the engine's
 * reference computes them per posting (`termImpact`). Both must give the same byte.
 */
import { expect, test } from 'vitest';
import {
  impactScale,
  inverseDocumentFrequency,
  MAX_IMPACT,
  scaledImpact,
  termImpact,
} from '../../src/contract/search-ranking.ts';

test('an impact from the term’s idf and the index’s scale is termImpact’s, in 1…MAX_IMPACT', () => {
  for (const documentCount of [1, 2, 7, 313, 10_000, 100_001])
    for (const documentFrequency of [1, 2, 3, Math.ceil(documentCount / 2), documentCount])
      for (const tf of [1, 2, 4, 7, 31])
        for (const [length, averageLength] of [
          [1, 1],
          [12, 300],
          [300, 300],
          [5_000, 280.5],
          [40, 0],
        ] as const) {
          if (documentFrequency > documentCount) continue;
          const idf = inverseDocumentFrequency(documentFrequency, documentCount);
          const impact = scaledImpact(tf, length, averageLength, idf, impactScale(documentCount));
          expect(impact).toBe(termImpact(tf, length, averageLength, documentFrequency, documentCount));
          expect(impact).toBeGreaterThanOrEqual(1);
          expect(impact).toBeLessThanOrEqual(MAX_IMPACT);
        }
});
