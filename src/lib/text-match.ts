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
    // A combining mark folds to nothing: the unit before it ends after it, so a range ending at
    // that letter takes its accents (a mark never cuts "e" from its U+0301 in decomposed text).
    if (piece === '' && sourceEnd.length > 0) sourceEnd[sourceEnd.length - 1] = index + char.length;
    for (let unit = 0; unit < piece.length; unit++) {
      sourceStart.push(index);
      sourceEnd.push(index + char.length);
    }
    folded += piece;
    index += char.length;
  }
  // A capital Σ lowers to ς or σ by its context, but the fold makes both σ, so the letters' folds
  // end to end are the whole text's fold (`ΟΔΟΣ` → "οδοσ", the index's term).
  return { folded, sourceStart, sourceEnd };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A match of one query word: the range marked and which word (index into the words given). */
export interface WordRange extends TextRange {
  word: number;
}

/** The text's words, each with the query word it starts with (the longest; -1: none). */
function matchTokens(
  text: string,
  words: readonly string[],
): { start: number; end: number; matchEnd: number; word: number }[] {
  const { folded, sourceStart, sourceEnd } = foldWithMap(text);
  const tokens: { start: number; end: number; matchEnd: number; word: number }[] = [];
  for (const token of folded.matchAll(WORD)) {
    let longest = 0;
    let word = -1;
    words.forEach((candidate, i) => {
      if (candidate.length > longest && token[0].startsWith(candidate)) {
        longest = candidate.length;
        word = i;
      }
    });
    const first = token.index;
    tokens.push({
      start: sourceStart[first]!,
      end: sourceEnd[first + token[0].length - 1]!,
      matchEnd: word < 0 ? sourceStart[first]! : sourceEnd[first + longest - 1]!,
      word,
    });
  }
  return tokens;
}

/**
 * Where the query words match in a text: each word of the text that starts with a query word
 * (the index matches by prefix too) gets the matching prefix marked. Ranges are sorted and
 * never overlap.
 */
export function findMatches(text: string, words: readonly string[]): TextRange[] {
  return findWordMatches(text, words).map(({ start, end }) => ({ start, end }));
}

/** As `findMatches`, saying which query word each range matched. */
export function findWordMatches(text: string, words: readonly string[]): WordRange[] {
  if (words.length === 0 || text.length === 0) return [];
  return matchTokens(text, words)
    .filter((token) => token.word >= 0)
    .map((token) => ({ start: token.start, end: token.matchEnd, word: token.word }));
}

/**
 * Where a quoted phrase occurs: its words as consecutive search terms of the text, each whole, as
 * the phrase index counts them (`src/contract/search-pairs.ts`: terms of two or more characters,
 * so a one-letter word between two phrase words does not break the phrase).
 */
export function findPhraseMatches(text: string, phrases: readonly (readonly string[])[]): TextRange[] {
  const ranges: TextRange[] = [];
  if (phrases.length === 0) return ranges;
  const tokens = matchTokens(text, []).filter(
    (token) => searchTerms(text.slice(token.start, token.end)).length > 0,
  );
  const folded = tokens.map((token) => foldForSearch(text.slice(token.start, token.end)));
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (!phrase.every((word, k) => folded[i + k] === word)) continue;
      ranges.push({ start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** A free-text query: its distinct words, and the phrases it quotes (each two or more words). */
export interface ParsedQuery {
  words: string[];
  phrases: string[][];
}

/** Reads a query: words as `queryWords` gives them; text in double quotes ("…" or “…”) is a phrase. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  for (const match of query.matchAll(/["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]/g)) {
    const words = searchTerms(match[1]!);
    if (words.length >= 2) phrases.push(words);
  }
  return { words: queryWords(query), phrases };
}

/**
 * Every match of a query in a text: each quoted phrase found whole as one range, and the query's
 * words where they are not inside one. Sorted, not overlapping.
 */
export function findQueryMatches(text: string, query: ParsedQuery): TextRange[] {
  const phraseRanges = findPhraseMatches(text, query.phrases);
  const ranges: TextRange[] = [...phraseRanges];
  for (const match of findWordMatches(text, query.words)) {
    if (phraseRanges.some((range) => match.start < range.end && match.end > range.start)) continue;
    ranges.push({ start: match.start, end: match.end });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The text's search terms, for prefix tests. */
export function termsOf(text: string): string[] {
  return searchTerms(text);
}

/** True when every query word is a prefix of some term. */
export function termsMatchAllWords(terms: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => terms.some((term) => term.startsWith(word)));
}
