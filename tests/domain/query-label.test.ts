import { expect, test } from 'vitest';
import { inQuotes, listTitle, TITLE_QUERY_LENGTH } from '../../src/lib/query-label.ts';
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

test('a list is titled by its name, or by its query in quotation marks, the same in the app and on a pre-rendered page', () => {
  expect(listTitle('Articles', null)).toBe('Articles');
  expect(listTitle('Quotes', '  ')).toBe('Quotes');
  expect(listTitle('Articles', 'nato')).toBe('“nato” in articles');
  expect(listTitle('Quotes', '"prime minister"')).toBe('"prime minister" in quotes');
});

test('a long query is cut at a word in the title, with an ellipsis; a short one is whole', () => {
  const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
  const title = listTitle('Articles', words);
  expect(title).toMatch(/^“word0 word1 .* word\d+…” in articles$/);
  // Cut before a word, never inside one, and at most the set length with its ellipsis.
  const named = title.slice(1, title.indexOf('”'));
  expect(named.length).toBeLessThanOrEqual(TITLE_QUERY_LENGTH);
  expect(words.startsWith(`${named.slice(0, -1)} `)).toBe(true);
  // One word longer than the length is cut inside it (there is no word boundary to cut at).
  expect(listTitle('Quotes', 'x'.repeat(200))).toBe(`“${'x'.repeat(TITLE_QUERY_LENGTH - 1)}…” in quotes`);
  const exact = 'y'.repeat(TITLE_QUERY_LENGTH);
  expect(listTitle('Quotes', exact)).toBe(`“${exact}” in quotes`);
  // On one line, whatever the query held.
  expect(listTitle('Articles', 'flood\n\twarning')).toBe('“flood warning” in articles');
});
