import { expect, test } from 'vitest';
import fc from 'fast-check';
import { formatCount } from '../../src/lib/numbers.ts';

test('counts are grouped in thousands, as the result count and the facets show them', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(10_001)).toBe('10,001');
  expect(formatCount(1_234_567)).toBe('1,234,567');
});

test('counts read as Intl.NumberFormat en-GB writes them, fractions rounded half away from zero', () => {
  const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  fc.assert(
    fc.property(
      fc.oneof(
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((n) => Math.abs(n) >= 0.5),
        fc.integer({ min: -100_000, max: 100_000 }).map((n) => n + 0.5),
      ),
      (n) => formatCount(n) === intl.format(n),
    ),
    { numRuns: 2000 },
  );
});
