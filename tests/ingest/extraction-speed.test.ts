/**
 * Speed-ups of the extraction stages that must give exactly what the plain code gave (decision
 * 017, "Extraction throughput"): each is checked here against the plain form on generated text.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { definedAcronyms } from '../../src/ingest/quotes/article-analysis.ts';

const DEFINED_ACRONYM = /((?:\p{Ll}[\p{Ll}-]*\s+){1,8})\((\p{Lu}{2,6})\)/gu;

// Lowercase words, capitals, parentheses, hyphens, spaces of several kinds, and non-ASCII letters
// and marks (an astral lowercase letter, "é", a no-break space) that the scan must step over.
const PIECE = fc.constantFrom(
  'economic ',
  'zone ',
  'non-governmental ',
  'of ',
  'a',
  'b ',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '-',
  '(',
  ')',
  '(EEZ)',
  '(NGO) ',
  '(AB)',
  '(ABCDEFG)',
  'EU',
  'Élan ',
  'café ',
  '\u{1d44e}',
  ', ',
  '.',
  '“',
);
const text = fc.array(PIECE, { maxLength: 30 }).map((xs) => xs.join(''));

describe('definedAcronyms', () => {
  test('gives the matches matchAll gives', () => {
    fc.assert(
      fc.property(text, (t) => {
        const plain = [...t.matchAll(DEFINED_ACRONYM)].map((m) => [m.index, m[0], m[1], m[2]]);
        const fast = [...definedAcronyms(t)].map((m) => [m.index, m[0], m[1], m[2]]);
        expect(fast).toEqual(plain);
      }),
      { numRuns: 2000 },
    );
  });

  test('finds definitions after other text and several in one paragraph', () => {
    const t =
      'The (UN) said the exclusive economic zone (EEZ) and a non-governmental organisation (NGO) met.';
    // "he (UN)" is a match of the regex too: the caller checks the letters against the words.
    expect([...definedAcronyms(t)].map((m) => m[2])).toEqual(['UN', 'EEZ', 'NGO']);
    expect([...definedAcronyms(t)].map((m) => m.index)).toEqual(
      [...t.matchAll(DEFINED_ACRONYM)].map((m) => m.index),
    );
  });
});
