import { expect, test } from 'vitest';
import { formatCount } from '../../src/lib/numbers.ts';

test('counts are grouped in thousands, as the result count and the facets show them', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(10_001)).toBe('10,001');
  expect(formatCount(1_234_567)).toBe('1,234,567');
});
