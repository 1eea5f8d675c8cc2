/**
 * Splits a paragraph into sentences by offsets. Written for news prose: it knows common
 * abbreviations ("Mr.", "U.S.", "Gen."), initials ("J. R. Smith"), decimals ("3.5") and that a
 * sentence may end inside closing quotation marks (`…done."`).
 */
import { ABBREVIATIONS, isDottedAcronym, isInitial, STARTS_WITH_OPENER } from './abbreviations.ts';

export interface SentenceSpan {
  start: number;
  end: number;
}

const CLOSERS = '"\'\u201d\u2019)]\u00bb';

/** Sentence spans of `text`, covering it from the first to the last non-space character. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
    // A boundary needs whitespace and then something that can open a sentence.
    if (end < text.length && !/\s/.test(text[end] ?? '')) continue;
    const next = skipSpace(text, end);
    if (next < text.length && !/[\p{Lu}\p{N}"'\u201c\u2018([\u00ab\p{Lo}]/u.test(text[next] ?? '')) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < text.length) {
    const end = text.trimEnd().length;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** Is the period at `dot` part of an abbreviation or initial rather than a full stop? */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  // Initials and dotted acronyms: "J.", "U.S", "a.m"
  if (isInitial(word) || isDottedAcronym(word)) {
    // "…in the U.S. The next…": a dotted acronym can still end a sentence; assume it does only
    // when followed by a common sentence opener.
    const after = text.slice(dot + 1).trimStart();
    return !STARTS_WITH_OPENER.test(after) || isInitial(word);
  }
  return ABBREVIATIONS.has(word.toLowerCase());
}
