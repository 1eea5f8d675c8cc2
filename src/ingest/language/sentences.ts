/**
 * The sentence rule of the language layer, for news prose: a sentence ends at . ! ? (or inside
 * closing quotation marks, `…done."`) before something that can open one, but not at the full stop
 * of an abbreviation or initial ("Mr.", "Gen.", "J. R. Smith"); a dotted abbreviation ("U.S.")
 * ends one only before a common sentence opener ("…in the U.S. The next…"). Decimals ("3.5") never
 * end one. `splitSentences` applies it to a paragraph's text (headline and excerpt),
 * `splitTokenSentences` to the narration tokens quote attribution reads; the tokenizer's
 * `sentStart` follows the same abbreviation rule.
 */
import {
  ABBREVIATIONS,
  isAbbreviationWord,
  isDottedAcronym,
  isInitial,
  SENTENCE_OPENERS,
  STARTS_WITH_OPENER,
} from './abbreviations.ts';

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

/** A token as the sentence rule reads it (the narration view's tokens). */
export interface SentenceToken {
  kind: 'word' | 'punct' | 'quote';
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter or a digit. */
  cap: boolean;
  /** For a quotation token: the quoted words end with sentence punctuation. */
  endsSentence: boolean;
}

export interface Sentence {
  /** Index of the sentence's first token and one past its last. */
  from: number;
  to: number;
}

/**
 * Sentences of a paragraph's tokens: a boundary after . ! ? (not after an abbreviation) or a
 * quotation ending in one, before a capital, a digit or a quotation.
 */
export function splitTokenSentences(tokens: readonly SentenceToken[]): {
  sentences: Sentence[];
  sentenceOf: number[];
} {
  const sentences: Sentence[] = [];
  const sentenceOf: number[] = new Array<number>(tokens.length);
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    sentenceOf[i] = sentences.length;
    let boundary = false;
    const next = tokens[i + 1];
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?')) {
      // "Ph.D", "St.Petersburg": a full stop with a word right after it ends nothing.
      if (next === undefined || next.kind === 'quote' || (next.cap && next.start > t.end)) {
        const prev = tokens[i - 1];
        // "Mr. Smith", "J. R. Smith": no boundary after an abbreviation or initial.
        boundary = !(
          t.text === '.' &&
          prev?.kind === 'word' &&
          prev.end === t.start &&
          isAbbreviationWord(prev.text)
        );
      }
    } else if (t.kind === 'word' && t.text.endsWith('.')) {
      // A dotted abbreviation keeps its full stop ("U.S."): it ends a sentence before an opener.
      boundary = next?.kind === 'word' && SENTENCE_OPENERS.has(next.text);
    } else if (t.kind === 'quote' && t.endsSentence) {
      boundary = next === undefined || next.kind === 'quote' || (next.kind === 'word' && next.cap);
    }
    if (boundary) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < tokens.length) sentences.push({ from, to: tokens.length });
  return { sentences, sentenceOf };
}
