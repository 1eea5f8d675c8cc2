import { foldForSearch, searchTerms } from '../contract/text.ts';

/** A half-open range of UTF-16 indices into a string. */
export interface TextRange {
  start: number;
  end: number;
}

/** The distinct words of a free-text query, folded the way the search index folds terms. */
export function queryWords(query: string): string[] {
  return [...new Set(searchTerms(query))];
}

interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, where its source character starts and ends in the original. */
  sourceStart: number[];
  sourceEnd: number[];
}

/**
 * Folds character by character so every folded index maps back to the original text: folding can
 * change lengths (accents dropped, ligatures expanded), and marks must land on the original.
 */
function foldWithMap(text: string): FoldedText {
  let folded = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldForSearch(char);
    for (let unit = 0; unit < piece.length; unit++) {
      sourceStart.push(index);
      sourceEnd.push(index + char.length);
    }
    folded += piece;
    index += char.length;
  }
  return { folded, sourceStart, sourceEnd };
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where the query words match in a text: each word of the text that starts with a query word
 * (the index matches by prefix too) gets the matching prefix marked. Ranges are sorted and
 * never overlap.
 */
export function findMatches(text: string, words: readonly string[]): TextRange[] {
  if (words.length === 0 || text.length === 0) return [];
  const { folded, sourceStart, sourceEnd } = foldWithMap(text);
  const ranges: TextRange[] = [];
  for (const token of folded.matchAll(WORD)) {
    let longest = 0;
    for (const word of words) {
      if (word.length > longest && token[0].startsWith(word)) longest = word.length;
    }
    if (longest === 0) continue;
    const first = token.index;
    const last = first + longest - 1;
    ranges.push({ start: sourceStart[first]!, end: sourceEnd[last]! });
  }
  return ranges;
}

/** The text's search terms, for prefix tests. */
export function termsOf(text: string): string[] {
  return searchTerms(text);
}

/** True when every query word is a prefix of some term. */
export function termsMatchAllWords(terms: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => terms.some((term) => term.startsWith(word)));
}
