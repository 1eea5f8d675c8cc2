import { expect, test } from 'vitest';
import { frequentWordsToReadAhead, searchFilters } from '../../src/lib/read-ahead.ts';
import { EMPTY_FILTERS, listSearch, parseListSearch } from '../../src/lib/urls.ts';

const directory = { chunkStarts: ['a'], prefixes: ['court', 'year'], frequentPrefixes: ['year', 'court'] };

test('reads ahead the build’s frequent words, most frequent first, where nothing says not to', () => {
  expect(frequentWordsToReadAhead(directory, undefined)).toEqual(['year', 'court']);
  expect(frequentWordsToReadAhead(directory, { effectiveType: '4g', saveData: false })).toEqual([
    'year',
    'court',
  ]);
});

test('reads nothing ahead with Save-Data or on a slow connection', () => {
  expect(frequentWordsToReadAhead(directory, { saveData: true, effectiveType: '4g' })).toEqual([]);
  for (const effectiveType of ['slow-2g', '2g', '3g'])
    expect(frequentWordsToReadAhead(directory, { effectiveType })).toEqual([]);
});

test('a build that names no frequent words gives none', () => {
  expect(frequentWordsToReadAhead({ chunkStarts: [], prefixes: [] }, undefined)).toEqual([]);
});

test('a read-ahead search has the filters the route reads from the search box’s URL', () => {
  // The search box on the unfiltered list navigates to ?q=<word>; the route parses that URL.
  const fromUrl = parseListSearch(
    new URLSearchParams(listSearch({ ...EMPTY_FILTERS, q: 'court' })),
    'articles',
  );
  expect(searchFilters('court')).toEqual(fromUrl.filters);
  expect(searchFilters('court').q).toBe('court');
});
