/**
 * The narration view of a paragraph's tokens, for quote attribution: the tokens of the one
 * tokenizer (`tokenize.ts`) with each quotation reduced to a single `quote` token, so the words
 * inside a quote never pass for the narration around it, and with each possessive ending folded
 * into the word it follows (`poss`). The view is split into sentences by the language layer's
 * sentence rule (`sentences.ts`).
 */
import type { Token as Word } from './tokenize.ts';
import { splitTokenSentences, type Sentence } from './sentences.ts';

export type { Sentence } from './sentences.ts';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  /** The token's text; for a word, without a possessive ending ('s, ’s, or a trailing '). */
  text: string;
  /** Lowercased `text`, for lookups. */
  lower: string;
  start: number;
  end: number;
  /** Word starts with an uppercase letter or a digit (candidate part of a name, may open a sentence). */
  cap: boolean;
  /** Word carried a possessive ('s, ’s, or a bare trailing apostrophe after s). */
  poss: boolean;
  /** For `quote` tokens: the quotation's index in the article. */
  quote: number;
  /** For `quote` tokens: the quoted text ends a sentence (…done.”). */
  endsSentence: boolean;
}

export interface Narration {
  tokens: Token[];
  sentences: Sentence[];
  /** For each token, the index of its sentence. */
  sentenceOf: number[];
}

/** A quotation's extent in one paragraph: from its opening mark to its closing mark, inclusive. */
export interface QuoteRange {
  from: number;
  to: number;
  quote: number;
  /** The quoted words end with sentence punctuation. */
  endsSentence: boolean;
}

const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return UPPER_OR_DIGIT.test(word);
}

/**
 * The narration of paragraph `text` from its tokens (`tokenize(text)`), with each range in
 * `quotes` (sorted) as one token, split into sentences.
 */
export function narration(text: string, words: readonly Word[], quotes: readonly QuoteRange[]): Narration {
  const tokens: Token[] = [];
  let q = 0;
  let k = 0;
  while (k < words.length || q < quotes.length) {
    const range = quotes[q];
    const w = words[k];
    if (range !== undefined && (w === undefined || w.end > range.from)) {
      // A word running into an opening mark: only its part before the mark is narration.
      if (w !== undefined && w.start < range.from && w.kind === 'word')
        tokens.push(makeToken('word', text.slice(w.start, range.from), w.start, range.from, -1, false));
      tokens.push(makeToken('quote', '', range.from, range.to, range.quote, range.endsSentence));
      while (k < words.length && words[k]!.start < range.to) k++;
      q++;
      continue;
    }
    k++;
    if (w === undefined) break;
    const prev = tokens[tokens.length - 1];
    if (w.kind === 'poss' && prev?.kind === 'word' && prev.end === w.start) {
      // "Smith's", "the officers' union": the word, marked as a possessive.
      prev.poss = true;
      prev.end = w.end;
      continue;
    }
    tokens.push(
      makeToken(w.kind === 'word' ? 'word' : 'punct', w.text, w.start, w.end, -1, false, knownLower(w)),
    );
  }
  return { tokens, ...splitTokenSentences(tokens) };
}

/**
 * `w.text.toLowerCase()` when it is at hand without the call: a word's `lower` is its text
 * lowercased, except that a dotted acronym without its last full stop ("U.S") gets one; an
 * ASCII mark is its own lowercase. Otherwise undefined.
 */
function knownLower(w: Word): string | undefined {
  if (w.kind === 'word')
    return w.lower.charCodeAt(w.lower.length - 1) === 46 && w.text.charCodeAt(w.text.length - 1) !== 46
      ? undefined
      : w.lower;
  return w.kind === 'punct' && w.text.length === 1 && w.text.charCodeAt(0) < 128 ? w.text : undefined;
}

function makeToken(
  kind: TokenKind,
  text: string,
  start: number,
  end: number,
  quote: number,
  endsSentence: boolean,
  lower?: string,
): Token {
  return {
    kind,
    text,
    lower: lower ?? text.toLowerCase(),
    start,
    end,
    cap: kind === 'word' && isCapital(text),
    poss: false,
    quote,
    endsSentence,
  };
}
