import { expect, test } from 'vitest';
import { inQuotes } from '../../src/lib/query-label.ts';
import { parseQuery } from '../../src/lib/text-match.ts';

test('a query is named in quotation marks, a quoted phrase as it was typed', () => {
  expect(inQuotes('nato')).toBe('“nato”');
  expect(inQuotes('prime minister')).toBe('“prime minister”');
  expect(inQuotes('"prime minister"')).toBe('"prime minister"');
  expect(inQuotes(' “prime minister” ')).toBe('“prime minister”');
  // Two phrases, or a phrase and a word, are one query to quote.
  expect(inQuotes('"a" "b"')).toBe('“"a" "b"”');
  expect(inQuotes('"a" b')).toBe('“"a" b”');
});

test('a quotation mark left open is not named: the label says the words that were searched', () => {
  // Searched as the word, as `home` is (no phrase: the mark is never closed).
  expect(parseQuery('"home')).toEqual(parseQuery('home'));
  expect(inQuotes('"home')).toBe('“home”');
  expect(inQuotes('home"')).toBe('“home”');
  expect(inQuotes('“home')).toBe('“home”');
  expect(parseQuery('"prime minister').phrases).toEqual([]);
  expect(inQuotes('"prime minister')).toBe('“prime minister”');
  // A closed phrase and an open mark: the phrase stays quoted, the open mark goes.
  expect(parseQuery('"prime minister" "resign').phrases).toEqual([['prime', 'minister']]);
  expect(inQuotes('"prime minister" "resign')).toBe('“"prime minister" resign”');
  // Only the mark goes: the rest of the query stays as typed.
  expect(inQuotes('home  " office')).toBe('“home   office”');
  expect(inQuotes('home"office')).toBe('“home office”');
  // A mark next to one word only is dropped with nothing in its place; the text is trimmed.
  expect(inQuotes('home "office')).toBe('“home office”');
  expect(inQuotes('home" office')).toBe('“home office”');
  expect(inQuotes('home "')).toBe('“home”');
  // No word to search for: nothing was searched, so the label is what was typed.
  expect(inQuotes('a"b')).toBe('“a"b”');
  expect(inQuotes('"')).toBe('“"”');
  expect(inQuotes(' " ')).toBe('“"”');
  expect(inQuotes('""')).toBe('“""”');
});
