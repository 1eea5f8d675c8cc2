import { expect, test } from 'vitest';
import type { NamedView } from '../../src/lib/query-label.ts';
import {
  filterPhrase,
  inQuotes,
  listTitle,
  namedView,
  queryView,
  TITLE_LENGTH,
  TITLE_QUERY_LENGTH,
} from '../../src/lib/query-label.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
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
  expect(listTitle('Articles', queryView(null))).toBe('Articles');
  expect(listTitle('Quotes', queryView('  '))).toBe('Quotes');
  expect(listTitle('Articles', queryView('nato'))).toBe('“nato” in articles');
  expect(listTitle('Quotes', queryView('"prime minister"'))).toBe('"prime minister" in quotes');
});

test('a long query is cut at a word in the title, with an ellipsis; a short one is whole', () => {
  const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
  const title = listTitle('Articles', queryView(words));
  expect(title).toMatch(/^“word0 word1 .* word\d+…” in articles$/);
  // Cut before a word, never inside one, and at most the set length with its ellipsis.
  const named = title.slice(1, title.indexOf('”'));
  expect(named.length).toBeLessThanOrEqual(TITLE_QUERY_LENGTH);
  expect(words.startsWith(`${named.slice(0, -1)} `)).toBe(true);
  // One word longer than the length is cut inside it (there is no word boundary to cut at).
  expect(listTitle('Quotes', queryView('x'.repeat(200)))).toBe(
    `“${'x'.repeat(TITLE_QUERY_LENGTH - 1)}…” in quotes`,
  );
  const exact = 'y'.repeat(TITLE_QUERY_LENGTH);
  expect(listTitle('Quotes', queryView(exact))).toBe(`“${exact}” in quotes`);
  // On one line, whatever the query held.
  expect(listTitle('Articles', queryView('flood\n\twarning'))).toBe('“flood warning” in articles');
});

const NAMES = {
  organisation: (slug: string) =>
    ({ nato: 'NATO', un: 'United Nations', eu: 'European Union' })[slug] ?? slug,
  source: (slug: string) => ({ wikinews: 'Wikinews' })[slug] ?? slug,
  speaker: (slug: string) => ({ 'ana-diaz': 'Ana Díaz' })[slug] ?? slug,
};

function view(filters: Partial<typeof EMPTY_FILTERS>): NamedView {
  return namedView({ ...EMPTY_FILTERS, ...filters }, NAMES);
}

test('a filtered list is titled by its filters, named as the reader knows them', () => {
  expect(listTitle('Articles', view({ orgs: ['nato'] }))).toBe('Articles mentioning NATO');
  expect(listTitle('Articles', view({ orgs: ['nato', 'un', 'eu'] }))).toBe(
    'Articles mentioning NATO, United Nations and European Union',
  );
  expect(listTitle('Articles', view({ speaker: 'ana-diaz', source: 'wikinews' }))).toBe(
    'Articles quoting Ana Díaz from Wikinews',
  );
  // A quote list's organisation filter is its articles'; its speaker is who said them.
  expect(listTitle('Quotes', view({ speaker: 'ana-diaz', orgs: ['un'] }))).toBe(
    'Quotes by Ana Díaz in articles mentioning United Nations',
  );
  expect(
    listTitle('Articles', view({ q: 'troops', orgs: ['nato'], from: '2024-01-01', to: '2024-03-31' })),
  ).toBe('“troops” in articles mentioning NATO, 1 Jan – 31 Mar 2024');
  // Dates alone, and open ranges.
  expect(listTitle('Quotes', view({ from: '2024-03-01', to: '2024-03-31' }))).toBe('Quotes, 1–31 Mar 2024');
  expect(listTitle('Articles', view({ from: '2023-12-30', to: '2024-01-02' }))).toBe(
    'Articles, 30 Dec 2023 – 2 Jan 2024',
  );
  expect(listTitle('Articles', view({ from: '2024-03-04', to: '2024-03-04' }))).toBe('Articles, 4 Mar 2024');
  expect(listTitle('Articles', view({ from: '2024-03-04' }))).toBe('Articles, since 4 Mar 2024');
  expect(listTitle('Articles', view({ orgs: ['nato'], to: '2024-03-04' }))).toBe(
    'Articles mentioning NATO, until 4 Mar 2024',
  );
  // Neither the order nor the fragments setting names what the list holds.
  expect(listTitle('Quotes', view({ fragments: 'hide', sort: 'newest' }))).toBe('Quotes');
  // A query with no word to search for searched nothing: the title does not name it.
  expect(listTitle('Articles', view({ q: 'C++' }))).toBe('Articles');
  expect(listTitle('Quotes', view({ q: '😀', orgs: ['nato'] }))).toBe('Quotes in articles mentioning NATO');
  // A slug without a name yet is named by the slug (the app's lookups fall back the same way).
  expect(listTitle('Articles', view({ orgs: ['unheard-of'] }))).toBe('Articles mentioning unheard-of');
});

test('a title naming many filters stays one line a tab can show, cut at a word', () => {
  const many = Array.from({ length: 30 }, (_, i) => `org-${i}`);
  const title = listTitle('Articles', view({ orgs: many, q: 'flood\nwarning' }));
  expect(title.length).toBeLessThanOrEqual(TITLE_LENGTH);
  expect(title).toMatch(/^“flood warning” in articles mentioning org-0, org-1, .*org-\d+…$/);
});

test('the filters as a phrase, for a description; nothing when the list is not filtered', () => {
  expect(filterPhrase('Articles', view({}))).toBe('');
  expect(filterPhrase('Articles', view({ q: 'nato' }))).toBe('');
  expect(filterPhrase('Articles', view({ orgs: ['nato'], from: '2024-03-01', to: '2024-03-31' }))).toBe(
    'mentioning NATO, 1–31 Mar 2024',
  );
  expect(filterPhrase('Quotes', view({ to: '2024-03-31' }))).toBe('until 31 Mar 2024');
});
