/**
 * The sentence rule of the language layer, for news prose: a sentence ends at . ! ? (or inside
 * closing quotation marks, `…done."`) before something that can open one, but not at the full stop
 * of an abbreviation or initial ("Mr.", "Gen.", "J. R. Smith"); a dotted abbreviation ("U.S.")
 * ends one only before a common sentence opener ("…in the U.S. The next…"). Decimals ("3.5") never
 * end one. `splitSentences` applies it to a paragraph's text (headline and excerpt),
 * `splitTokenSentences` to the narration tokens quote attribution reads; the tokenizer's
 * `sentStart` follows the same abbreviation rule.
 */
import { keepsFullStop, SENTENCE_OPENERS } from './abbreviations.ts';
import { tokenize, type Token as Word } from './tokenize.ts';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Closing marks a sentence may end inside (`…done."`, `…(as planned.)`). */
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
/** What may open a sentence: a capital, a digit, a letter of a script without case, an opening mark. */
const OPENS = /^[\p{Lu}\p{N}"'\u201c\u2018([\u00ab\p{Lo}]/u;

/** Is `t` a full stop, question or exclamation mark (a token of either tokenizer)? */
export const isSentenceStop = (t: { kind: string; text: string } | undefined): boolean =>
  t !== undefined && t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?');

/**
 * Sentence spans of paragraph `text` from its tokens (`tokenize(text)`, tokenized here when not
 * given), covering it from the first to the last non-space character.
 */
export function splitSentences(text: string, tokens: readonly Word[] = tokenize(text)): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = tokens.length;
  let from = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    let dotted = false;
    if (!isSentenceStop(t)) {
      // A dotted abbreviation that keeps its full stop ("U.S."): a boundary only before an opener.
      if (!(t.kind === 'word' && t.text.endsWith('.') && t.text.length > 2)) continue;
      dotted = true;
    }
    // The stop, any more stops, and closing marks right after it.
    let j = i + 1;
    while (j < n && tokens[j]!.start === tokens[j - 1]!.end && isSentenceStop(tokens[j])) j++;
    while (j < n && tokens[j]!.start === tokens[j - 1]!.end && CLOSERS.has(tokens[j]!.text)) j++;
    const next = tokens[j];
    const end = tokens[j - 1]!.end;
    // A boundary needs whitespace and then something that can open a sentence.
    if (next !== undefined && (next.start === end || !OPENS.test(next.text))) continue;
    if (dotted) {
      if (next === undefined || !SENTENCE_OPENERS.has(next.text)) continue;
    } else if (t.text === '.') {
      const prev = tokens[i - 1];
      if (prev?.kind === 'word' && prev.end === t.start && keepsFullStop(prev.text, next?.text)) continue;
    }
    spans.push({ start: tokens[from]!.start, end });
    from = j;
    i = j - 1;
  }
  if (from < n) spans.push({ start: tokens[from]!.start, end: tokens[n - 1]!.end });
  return spans;
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
    if (isSentenceStop(t)) {
      // "Ph.D", "St.Petersburg": a full stop with a word right after it ends nothing.
      if (next === undefined || next.kind === 'quote' || (next.cap && next.start > t.end)) {
        const prev = tokens[i - 1];
        // "Mr. Smith", "J. R. Smith": no boundary after an abbreviation or initial.
        boundary = !(
          t.text === '.' &&
          prev?.kind === 'word' &&
          prev.end === t.start &&
          keepsFullStop(prev.text, next?.text)
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
