/**
 * The search fold spells the Latin letters NFKD leaves whole (ł, ø, æ, ß …) as slugs do, from the
 * same table (decision 017, "Search folds ł, ø, æ …"), and folds everything else as it did before.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { foldForSearch, searchShardKey, searchTerms, SPELLED_LETTERS } from '../../src/contract/text.ts';
import { slugify } from '../../src/ingest/language/slug.ts';

/** `foldForSearch` as it was before 2026-12-07: accents dropped, ł, ø, æ, ß … left as they are. */
function foldBefore(text: string): string {
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

test.each([
  // letter, its fold (capital and small alike)
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['Æ', 'ae'],
  ['æ', 'ae'],
  ['Ə', 'a'],
  ['ə', 'a'],
  ['Ð', 'd'],
  ['ð', 'd'],
  ['Đ', 'd'],
  ['đ', 'd'],
  ['Ø', 'o'],
  ['ø', 'o'],
  ['Œ', 'oe'],
  ['œ', 'oe'],
  ['Þ', 'th'],
  ['þ', 'th'],
  ['ı', 'i'],
  ['Ł', 'l'],
  ['ł', 'l'],
  ['Ħ', 'h'],
  ['ħ', 'h'],
  ['Ŀ', 'l'],
  ['ŀ', 'l'],
  // Letters that decompose to one of them and a mark.
  ['Ǿ', 'o'],
  ['ǽ', 'ae'],
])('%s folds to %s', (letter, folded) => {
  expect(foldForSearch(letter)).toBe(folded);
});

test('every letter of the table folds to its spelling in lower case', () => {
  expect(Object.keys(SPELLED_LETTERS)).toHaveLength(21);
  for (const [letter, spelt] of Object.entries(SPELLED_LETTERS))
    expect(foldForSearch(letter), letter).toBe(spelt.toLowerCase());
});

test('names with these letters are the terms their ASCII spelling gives, and land in a letter shard', () => {
  expect(searchTerms('Łukasz Szumowski')).toEqual(['lukasz', 'szumowski']);
  expect(searchTerms('ŁUKASZ')).toEqual(searchTerms('Lukasz'));
  expect(searchTerms('Jarosław Kaczyński')).toEqual(['jaroslaw', 'kaczynski']);
  // ø is o, as in slugs (the table's spelling), so `aero` finds Ærø and `aeroe` does not.
  expect(searchTerms('Øresund, Ærø')).toEqual(['oresund', 'aero']);
  expect(searchTerms('Straße, GROẞE')).toEqual(['strasse', 'grosse']);
  expect(searchTerms('Þórólfur Guðnason')).toEqual(['thorolfur', 'gudnason']);
  expect(searchTerms('Binali Yıldırım')).toEqual(['binali', 'yildirim']);
  expect(searchTerms('Paraŀlel')).toEqual(['parallel']);
  // ß and æ alone are two letters now, so they are terms.
  expect(searchTerms('ß æ ł')).toEqual(['ss', 'ae']);
  expect(searchShardKey(searchTerms('Łukasz')[0]!)).toBe('lu');
  expect(searchShardKey(searchTerms('Øresund')[0]!)).toBe('or');
});

test('a slug and the search terms of a name spell these letters alike', () => {
  for (const name of [
    'Łukasz Szumowski',
    'Jarosław Kaczyński',
    'Søren Ærø',
    'Straße',
    'Þór Guðni',
    'Paraŀlel',
  ])
    expect(searchTerms(name).join('-'), name).toBe(slugify(name));
});

test('ASCII text folds to its lower case, as before', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
      expect(foldForSearch(text)).toBe(text.toLowerCase());
    }),
  );
});

// The whole of the URL contract's change: a text folds as before unless its old fold held one of
// the table's letters (ł, ø, æ, ß … or a letter decomposing to one) or a final sigma ς (now σ, the
// Leftovers 12 change), or it holds Ŀ/ŀ.
const CHANGED = /[ßæəðđøœþıłħ\u013f\u0140ς]/u;
const LETTERS = [...Object.keys(SPELLED_LETTERS), 'Ŀ', 'ŀ', 'Ǿ', 'ǽ', 'é', 'Ä', 'ﬁ', '’', 'İ', 'ς', 'Σ', 'σ'];

test('text without those letters folds exactly as before; with them, the change is theirs alone', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      if (!CHANGED.test(foldBefore(text)) && !CHANGED.test(text))
        expect(foldForSearch(text)).toBe(foldBefore(text));
    }),
    { numRuns: 2000 },
  );
  const mixed = fc.array(
    fc.oneof(fc.constantFrom(...LETTERS), fc.string({ unit: 'grapheme', maxLength: 3 })),
  );
  fc.assert(
    fc.property(mixed, (pieces) => {
      const text = pieces.join('');
      // Folding piece by piece (as the marks' offset map does) gives the fold of the whole …
      expect(pieces.map(foldForSearch).join('')).toBe(foldForSearch(text));
      // … and once folded, text folds to itself.
      expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
    }),
  );
});

test('every code point outside the table folds as before', () => {
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const char = String.fromCodePoint(cp);
    const before = foldBefore(char);
    if (CHANGED.test(before) || CHANGED.test(char)) continue;
    if (foldForSearch(char) !== before) expect.fail(`U+${cp.toString(16)} folds to ${foldForSearch(char)}`);
  }
});

test("final sigma folds to σ, so a typed σ at a word's end finds ς and a capital Σ (decision 017)", () => {
  expect(foldForSearch('ς')).toBe('σ');
  expect(foldForSearch('Σ')).toBe('σ');
  for (const word of ['οδός', 'οδος', 'οδοσ', 'ΟΔΟΣ', 'Οδός', 'ΟΔΌΣ'])
    expect(searchTerms(word), word).toEqual(['οδοσ']);
  // A capital Σ lowers by its context ("ΟΔΟΣ" → "οδος" whole, "σ" alone); folded, both are σ, so the
  // whole text's fold is its letters' folds end to end (the marks' map relies on it).
  for (const text of ['ΟΔΟΣ ΕΡΜΟΥ', 'ΣΟΣ', 'ΑΣ, ΟΣ.', 'ΟΔΟΣΣ'])
    expect(Array.from(text, foldForSearch).join(''), text).toBe(foldForSearch(text));
  // Medial and final alike in the middle of a text, and the terms' shard is still `_`.
  expect(searchTerms('Σίσυφος σοφός')).toEqual(['σισυφοσ', 'σοφοσ']);
  expect(searchShardKey(searchTerms('οδός')[0]!)).toBe('_');
});
