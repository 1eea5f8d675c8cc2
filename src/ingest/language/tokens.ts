/**
 * Tokenises a paragraph's narration, with each quotation reduced to a single `quote` token, and
 * splits the tokens into sentences. Attribution works on these tokens, so the words inside a quote
 * never pass for the narration around it.
 */
import { isAbbreviationWord, SENTENCE_OPENERS } from './abbreviations.ts';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  /** The token's text; for a word, without a trailing possessive ('s / ’s). */
  text: string;
  /** Lowercased `text`, for lookups. */
  lower: string;
  start: number;
  end: number;
  /** Word starts with an uppercase letter or a digit (candidate part of a name). */
  cap: boolean;
  /** Word carried a possessive ('s, ’s, or a bare trailing apostrophe after s). */
  poss: boolean;
  /** For `quote` tokens: the quotation's index in the article. */
  quote: number;
  /** For `quote` tokens: the quoted text ends a sentence (…done.”). */
  endsSentence: boolean;
}

export interface Sentence {
  /** Index of the sentence's first token and one past its last. */
  from: number;
  to: number;
}

export interface Tokenised {
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

// Words: letters/digits with inner apostrophes, hyphens, dots and ampersands ("al-Araji", "U.S", "AT&T").
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-.&][\p{L}\p{N}\p{M}]+)*/uy;
const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return UPPER_OR_DIGIT.test(word);
}

/** Tokens and sentences of `text`, with each range in `quotes` (sorted) as one token. */
export function tokenise(text: string, quotes: readonly QuoteRange[]): Tokenised {
  const tokens: Token[] = [];
  let q = 0;
  let i = 0;
  while (i < text.length) {
    const range = quotes[q];
    if (range !== undefined && i >= range.from) {
      tokens.push(makeToken('quote', '', range.from, range.to, range.quote, range.endsSentence));
      i = Math.max(i, range.to);
      q++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    const limit = range !== undefined ? range.from : text.length;
    let m: RegExpExecArray | null = null;
    if (isWordStart(code, text, i)) {
      WORD.lastIndex = i;
      m = WORD.exec(text);
    }
    if (m !== null) {
      let end = Math.min(i + m[0].length, limit);
      let word = text.slice(i, end);
      let poss = false;
      const n = word.length;
      if (n > 2 && word[n - 1] === 's' && (word[n - 2] === "'" || word[n - 2] === '’')) {
        word = word.slice(0, -2);
        poss = true;
      } else if (
        (text[end] === "'" || text[end] === '’') &&
        word.endsWith('s') &&
        !isWordChar(text, end + 1)
      ) {
        // "the officers' union": a trailing apostrophe after s is a possessive, unless it closes a single quote.
        if (end + 1 <= limit) {
          poss = true;
          end++;
        }
      }
      const t = makeToken('word', word, i, end, -1, false);
      t.poss = poss;
      tokens.push(t);
      i = end;
      continue;
    }
    tokens.push(makeToken('punct', text[i]!, i, i + 1, -1, false));
    i++;
  }
  return { tokens, ...splitTokens(tokens) };
}

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x3000
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Can a word start at `i`? ASCII is decided by code; other scripts by a Unicode test. */
function isWordStart(code: number, text: string, i: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isWordChar(text: string, i: number): boolean {
  return i < text.length && isWordStart(text.charCodeAt(i), text, i);
}

function makeToken(
  kind: TokenKind,
  text: string,
  start: number,
  end: number,
  quote: number,
  endsSentence: boolean,
): Token {
  return {
    kind,
    text,
    lower: text.toLowerCase(),
    start,
    end,
    cap: kind === 'word' && isCapital(text),
    poss: false,
    quote,
    endsSentence,
  };
}

/** Sentence boundaries over tokens: . ! ? (not after an abbreviation) or a quote ending in one, before a capital. */
function splitTokens(tokens: readonly Token[]): { sentences: Sentence[]; sentenceOf: number[] } {
  const sentences: Sentence[] = [];
  const sentenceOf: number[] = new Array<number>(tokens.length);
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    sentenceOf[i] = sentences.length;
    let boundary = false;
    const next = tokens[i + 1];
    const nextOpens = next === undefined || next.kind === 'quote' || next.cap;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?')) {
      if (nextOpens) {
        const prev = tokens[i - 1];
        boundary = true;
        if (t.text === '.' && prev?.kind === 'word' && prev.end === t.start) {
          if (isAbbreviationWord(prev.text)) {
            // Dotted acronyms ("U.S.") may still end a sentence before a common opener.
            boundary = prev.text.includes('.') && next !== undefined && SENTENCE_OPENERS.has(next.text);
          }
        }
      }
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

/** Words as the scorer counts them (letters and digits, with inner apostrophes and hyphens). */
export const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words of a quote, as the scorer counts them. */
export function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}
