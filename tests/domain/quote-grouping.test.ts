import { expect, test } from 'vitest';
import { groupingText } from '../../src/lib/quote-grouping.ts';

test('the grouping line gives both counts, the list’s own first', () => {
  expect(groupingText(1204, 1150)).toBe(
    '1,204 quotes, 1,150 distinct: 54 are later places of a quotation shown once with its sources.',
  );
  expect(groupingText(3, 2)).toBe(
    '3 quotes, 2 distinct: 1 is a later place of a quotation shown once with its sources.',
  );
});
