import { expect, test } from 'vitest';
import { inQuotes } from '../../src/lib/query-label.ts';

test('a query is named in quotation marks, a quoted phrase as it was typed', () => {
  expect(inQuotes('nato')).toBe('“nato”');
  expect(inQuotes('prime minister')).toBe('“prime minister”');
  expect(inQuotes('"prime minister"')).toBe('"prime minister"');
  expect(inQuotes(' “prime minister” ')).toBe('“prime minister”');
  // Two phrases, or a phrase and a word, are one query to quote.
  expect(inQuotes('"a" "b"')).toBe('“"a" "b"”');
  expect(inQuotes('"a" b')).toBe('“"a" b”');
});
