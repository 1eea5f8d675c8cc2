import { expect, test } from 'vitest';
import {
  findMatches,
  findPhraseMatches,
  findQueryMatches,
  findWordMatches,
  parseQuery,
  queryWords,
  termsMatchAllWords,
  termsOf,
} from '../../src/lib/text-match.ts';
import { segmentText } from '../../src/lib/text-segments.ts';
import type { Annotation, Segment } from '../../src/lib/text-segments.ts';

function marked(text: string, query: string): string[] {
  return findMatches(text, queryWords(query)).map((range) => text.slice(range.start, range.end));
}

test('query words are folded, deduplicated and at least two characters', () => {
  expect(queryWords('NATO  nato a Café')).toEqual(['nato', 'cafe']);
});

test('matches mark the matching prefix of each word, case- and accent-insensitively', () => {
  expect(marked('NATO and the National Guard', 'nat')).toEqual(['NAT', 'Nat']);
  expect(marked('Un café à Genève', 'geneve cafe')).toEqual(['café', 'Genève']);
});

test('offsets stay right after characters that fold to a different length', () => {
  const text = 'ﬁnance ﬁrms in Zürich';
  expect(marked(text, 'zurich')).toEqual(['Zürich']);
  expect(marked(text, 'fin')).toEqual(['ﬁn']);
});

test('ł, ø, æ, ß … match their ASCII spelling and themselves, the marks on the original letters', () => {
  const text = 'Łukasz Szumowski met Jarosław in the Straße near Ærø and Øresund.';
  expect(marked(text, 'lukasz')).toEqual(['Łukasz']);
  expect(marked(text, 'ŁUKASZ jarosław')).toEqual(['Łukasz', 'Jarosław']);
  expect(marked(text, 'jaroslaw strasse')).toEqual(['Jarosław', 'Straße']);
  expect(marked(text, 'straße')).toEqual(['Straße']);
  // A prefix ending inside a letter spelt with two marks that whole letter: ß is "ss", æ "ae".
  expect(marked(text, 'stras')).toEqual(['Straß']);
  expect(marked(text, 'ae oresund')).toEqual(['Æ', 'Øresund']);
  expect(marked(text, 'aero')).toEqual(['Ærø']);
  // Offsets after a letter spelt longer stay right.
  const ranges = findMatches('Ærø Øresund', queryWords('oresund'));
  expect(ranges).toEqual([{ start: 4, end: 11 }]);
  expect(findPhraseMatches('The Große Straße was shut', [['grosse', 'strasse']])).toEqual([
    { start: 4, end: 16 },
  ]);
});

test('a Greek word in capitals is marked where it ends in Σ: the index folds it to a final ς', () => {
  // foldForSearch lowercases the whole text, so ΟΔΟΣ is the term "οδος" (final ς) and a search for
  // it finds the article; folded a letter at a time, the Σ was "σ" and nothing was marked.
  const text = 'ΟΔΟΣ ΑΘΗΝΑΣ: Η ΟΔΟΣ έκλεισε';
  expect(marked(text, 'οδος')).toEqual(['ΟΔΟΣ', 'ΟΔΟΣ']);
  expect(marked(text, 'ΑΘΗΝΑΣ')).toEqual(['ΑΘΗΝΑΣ']);
  expect(marked(text, 'οδο')).toEqual(['ΟΔΟ', 'ΟΔΟ']);
  // A Σ inside a word stays σ, as the index has it.
  expect(marked('ΣΟΦΙΑ ΑΣΤΥ', 'σοφια αστυ')).toEqual(['ΣΟΦΙΑ', 'ΑΣΤΥ']);
});

test('a mark takes the accents written after its last letter (decomposed text) with it', () => {
  // "café" as e and a combining acute (NFD, as text copied from some systems comes): the mark ended
  // before the accent, which was drawn outside it, on its own (a dotted circle in some fonts).
  const text = 'Un cafe\u0301 noir, cafe\u0301s et Gene\u0300ve';
  expect(marked(text, 'cafe')).toEqual(['cafe\u0301', 'cafe\u0301']);
  expect(marked(text, 'geneve')).toEqual(['Gene\u0300ve']);
  expect(marked(text, 'caf')).toEqual(['caf', 'caf']);
  expect(findPhraseMatches(text, [['un', 'cafe']])).toEqual([{ start: 0, end: 8 }]);
});

test('markup in text is only ever text', () => {
  expect(marked('<b>bold</b> claims', 'bold')).toEqual(['bold']);
});

test('a match inside a word is not a match', () => {
  expect(marked('international', 'nation')).toEqual([]);
});

type Tag = string;
function render(segments: Segment<Tag>[]): string {
  return segments
    .map((s) => (s.kind === 'text' ? s.text : `[${s.annotation.data}:${render(s.children)}]`))
    .join('');
}
function annotation(start: number, end: number, layer: number, data: Tag): Annotation<Tag> {
  return { start, end, layer, data };
}

test('inner annotations nest inside outer ones', () => {
  const text = 'He said NATO Mission Iraq works.';
  const quote = annotation(8, 31, 0, 'q');
  const org = annotation(8, 25, 1, 'o');
  expect(render(segmentText(text, [org, quote]))).toBe('He said [q:[o:NATO Mission Iraq] works].');
});

test('an inner annotation crossing an outer edge is split, never the outer one', () => {
  const text = 'abcdefghij';
  expect(render(segmentText(text, [annotation(2, 6, 0, 'q'), annotation(4, 8, 1, 'o')]))).toBe(
    'ab[q:cd[o:ef]][o:gh]ij',
  );
});

test('overlaps within a layer keep the first, and bad offsets are ignored', () => {
  const text = 'abcdefghij';
  const segments = segmentText(text, [
    annotation(1, 5, 0, 'a'),
    annotation(3, 7, 0, 'b'),
    annotation(8, 50, 0, 'c'),
    annotation(6, 6, 0, 'empty'),
  ]);
  expect(render(segments)).toBe('a[a:bcde]fgh[c:ij]');
});

test('a word is marked by the longest query word it starts with, whatever the query’s order', () => {
  expect(findWordMatches('NATO', ['nato', 'nat'])).toEqual([{ start: 0, end: 4, word: 0 }]);
  expect(findWordMatches('NATO', ['nat', 'nato'])).toEqual([{ start: 0, end: 4, word: 1 }]);
});

test('phrase matches and query matches come sorted by position; a word inside a phrase is not marked again', () => {
  expect(
    findPhraseMatches('council vote on the security council', [
      ['security', 'council'],
      ['council', 'vote'],
    ]),
  ).toEqual([
    { start: 0, end: 12 },
    { start: 20, end: 36 },
  ]);
  const text = 'Vote in the Security Council on security.';
  const ranges = findQueryMatches(text, parseQuery('"security council" vote security'));
  expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual([
    'Vote',
    'Security Council',
    'security',
  ]);
});

test('a text holds a query when every query word starts one of its terms', () => {
  const terms = termsOf('NATO Mission Iraq');
  expect(terms).toEqual(['nato', 'mission', 'iraq']);
  expect(termsMatchAllWords(terms, ['nat', 'iraq'])).toBe(true);
  expect(termsMatchAllWords(terms, ['nato', 'syria'])).toBe(false);
  // A prefix, not a suffix or an inner part.
  expect(termsMatchAllWords(terms, ['ato'])).toBe(false);
});
