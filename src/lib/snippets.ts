/**
 * A search result's snippet: the stretch of an article's text that best shows why it matched,
 * with the matches as offsets into that stretch (the app marks them with React elements; the
 * text is never parsed as HTML). Plain TypeScript: the query engine builds snippets in its worker,
 * and the build runs the same function for the first page a prefix search document carries
 * (decision 016), so both give the same snippet (this file is part of the build's code version).
 */
import { foldForSearch } from '../contract/text.ts';
import type { Snippet } from '../contract/views.ts';
import type { ParsedQuery } from './text-match.ts';
import { findPhraseMatches, findQueryMatches, findWordMatches } from './text-match.ts';

export type { Snippet };

/** About this many characters of context; a reader scans it at a glance. */
export const SNIPPET_LENGTH = 180;
/** How much text a stretch keeps before its first match. */
const LEAD = 40;
/** Longer paragraphs are only searched this far (a bound on the work per result). */
const SCAN_LIMIT = 20_000;

/**
 * The stretch of the paragraphs holding the most distinct query words (a quoted phrase found
 * whole counts for more), the earliest on a tie; null when no paragraph holds any query word.
 */
export function bestSnippet(paragraphs: readonly string[], query: ParsedQuery): Snippet | null {
  if (query.words.length === 0) return null;
  let best: { score: number; paragraph: number; start: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const whole = paragraphs[p]!;
    const text = whole.length > SCAN_LIMIT ? whole.slice(0, SCAN_LIMIT) : whole;
    // Most paragraphs hold no query word: one folded substring test skips them cheaply.
    const folded = foldForSearch(text);
    if (!query.words.some((word) => folded.includes(word))) continue;
    const words = findWordMatches(text, query.words);
    if (words.length === 0) continue;
    const phrases = findPhraseMatches(text, query.phrases);
    for (const anchor of words) {
      const start = Math.max(0, anchor.start - LEAD);
      const end = start + SNIPPET_LENGTH;
      const seen = new Set<number>();
      for (const match of words) if (match.start >= start && match.end <= end) seen.add(match.word);
      const found = phrases.filter((range) => range.start >= start && range.end <= end).length;
      const score = seen.size * 10 + Math.min(found, 3) * 25;
      if (!best || score > best.score) best = { score, paragraph: p, start };
    }
  }
  if (!best) return null;
  const { paragraph, start: roughStart } = best;
  const source = paragraphs[paragraph]!;
  // Cut at word boundaries: start after a space, end before one.
  let start = roughStart;
  if (start > 0) {
    const space = source.indexOf(' ', start);
    start = space >= 0 && space < roughStart + LEAD ? space + 1 : start;
  }
  let end = Math.min(source.length, start + SNIPPET_LENGTH);
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  // Text with no space (Chinese, Japanese) is cut by length: never inside what is drawn as one
  // character (a surrogate pair, a flag, an emoji joined by U+200D or toned, a letter and its marks).
  while (start > 0 && splitsCharacter(source, start)) start -= 1;
  while (end < source.length && end > start && splitsCharacter(source, end)) end -= 1;
  const text = source.slice(start, end);
  const ranges = findQueryMatches(text, query);
  return { text, ranges, cutBefore: start > 0, cutAfter: end < source.length, paragraph };
}

/**
 * Marks, U+200D, variation selectors, skin tones and emoji tags: each belongs to what precedes it
 * (by code point: a character class of them reads as joined characters).
 */
function extendsPrevious(code: number | undefined): boolean {
  if (code === undefined) return false;
  return (
    /\p{M}/u.test(String.fromCodePoint(code)) ||
    code === 0x200d ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

const REGIONAL_INDICATOR = /[\u{1f1e6}-\u{1f1ff}]/u;

/**
 * True when a cut at `index` would split what a reader sees as one character: the two halves of a
 * surrogate pair, a letter or emoji from what extends it (`extendsPrevious`), the emoji after a
 * U+200D from the one before it, or a flag's two regional indicators. A fixed rule rather than
 * `Intl.Segmenter`, so the build and every browser's worker cut the same snippet (decision 016).
 */
function splitsCharacter(text: string, index: number): boolean {
  const high = text.charCodeAt(index - 1);
  const low = text.charCodeAt(index);
  if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) return true;
  if (extendsPrevious(text.codePointAt(index)) || text[index - 1] === '\u200d') return true;
  // Regional indicators pair from the start of their run: a cut after an odd number splits a flag.
  const after = text.codePointAt(index);
  if (after === undefined || !REGIONAL_INDICATOR.test(String.fromCodePoint(after))) return false;
  let before = 0;
  for (let i = index; i >= 2 && REGIONAL_INDICATOR.test(text.slice(i - 2, i)); i -= 2) before += 1;
  return before % 2 === 1;
}
