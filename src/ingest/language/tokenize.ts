/**
 * The one tokenizer of the language layer: each paragraph is tokenized once per extraction
 * (`tokenizeParagraphs`) and the same tokens feed entity recognition and quote attribution (which
 * reads them through the narration view of `narration.ts`). Tokens are words, possessive endings
 * and single punctuation marks, each with its offsets in the paragraph:
 *
 * - dotted abbreviations are one token with their final full stop ("U.S.", "a.m.", "e.g.");
 * - numbers with inner decimal points or thousands separators are one token ("3.5", "1,000");
 * - a word keeps its combining marks (a decomposed "é") and inner - – ' ’ & ("al-Araji", "AT&T");
 * - a possessive ending ("NATO’s", "Workers'") is a `poss` token of its own, so a name never
 *   swallows it and "Smith's" matches "Smith";
 * - a web domain written as a name ("Znak.com") is one token.
 */
import { isAbbreviationWord, SENTENCE_OPENERS } from './abbreviations.ts';

export type TokenKind = 'word' | 'poss' | 'punct';

export interface Token {
  text: string;
  /** Lowercased text, the key for every word-list lookup. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with a capital letter (or is an ordinal like "1st" or a number-led name like "116th"). */
  cap: boolean;
  /** Two or more letters, all capitals ("NATO", "U.S.", "IRGC-QF"). */
  allCaps: boolean;
  /** First word of a sentence, or right after a colon or an opening quotation mark. */
  sentStart: boolean;
  /** A web domain written as a name ("Znak.com", "Airfleets.net"). */
  domain?: boolean;
  /** A hashtag or handle (right after "#" or "@") or a currency prefix ("AU$"): never a name. */
  tag?: boolean;
}

// Dotted abbreviations first ("U.S.", "C.I.A.", "a.m."; "U.S" without its last full stop), then
// numbers with inner . or , ("3.5", "1,000"), then words with inner - – ' ’ & and combining marks
// ("al-Araji", "AT&T", "Export–Import"), then any other single non-space character. A word
// followed by a top-level domain ("Znak.com", "UOL.com.br") takes it in (see DOMAIN_TAIL).
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}(?:\.\p{Lu})+(?![\p{L}\p{N}])|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-–'’&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|\S/gu;
const DOTTED_NO_FINAL = /^\p{Lu}(?:\.\p{Lu})+$/u;
const DOMAIN_TAIL =
  /(?:\.(?:com|net|org|info|io|co|gov|edu|tv|ru|uk|br|de|fr|in|au|jp|cn|ca|nz|ie|za))+(?![\p{L}\p{N}])/uy;
// "eBay", "iPhone", "spotLESS": a brand that starts in lower case and goes on in capitals.
const LOWER_CAMEL = /^\p{Ll}{1,4}\p{Lu}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const ALL_CAPS = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\p{N}.&-]+$/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const POSSESSIVE = /^(.+)['’]s$/i;

const SENTENCE_BREAKS = new Set(['.', '!', '?', ':', '“', '"', '‘', '«', '—', ';']);

function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text[0] ?? '');
}

function makeWord(text: string, start: number, sentStart: boolean, domain = false): Token {
  const c = text.charCodeAt(0);
  const cap =
    isUpper(text) ||
    (c >= 48 && c <= 57 && ORDINAL.test(text)) ||
    (c >= 97 && c <= 122 && text.length > 1 && LOWER_CAMEL.test(text));
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    kind: 'word',
    cap,
    allCaps: cap && text.length > 1 && ALL_CAPS.test(text),
    sentStart,
    domain: domain && !text.startsWith('www'),
  };
}

function isPunct(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return !LETTER.test(ch) && !/\p{N}/u.test(ch);
}

function isWordStart(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[i] ?? '');
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Tokens of every paragraph of an article: the one tokenization both extraction stages read. */
export function tokenizeParagraphs(paragraphs: readonly string[]): Token[][] {
  return paragraphs.map(tokenize);
}

/** Tokens of one paragraph, in order, with JS string offsets into it. */
export function tokenize(paragraph: string): Token[] {
  const out: Token[] = [];
  let sentStart = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(paragraph); m !== null; m = TOKEN.exec(paragraph)) {
    let text = m[0];
    const start = m.index;
    let domain = false;
    if (paragraph.charCodeAt(start + text.length) === 46 && text.length > 1 && !text.includes('’')) {
      DOMAIN_TAIL.lastIndex = start + text.length;
      const tail = DOMAIN_TAIL.exec(paragraph);
      if (tail) {
        text += tail[0];
        domain = true;
        TOKEN.lastIndex = start + text.length;
      }
    }
    if (text.length === 1 && isPunct(text)) {
      // A trailing apostrophe after a plural ("Workers' Party") is a possessive, not a quote mark.
      const prev = out[out.length - 1];
      if (
        (text === "'" || text === '’') &&
        prev?.kind === 'word' &&
        prev.end === start &&
        prev.lower.endsWith('s')
      ) {
        // Not when a word goes on after it: "Workers'Party" is no possessive (nor one word).
        if (!isWordStart(paragraph, start + 1)) {
          out.push({
            text,
            lower: text,
            start,
            end: start + 1,
            kind: 'poss',
            cap: false,
            allCaps: false,
            sentStart: false,
          });
          continue;
        }
      }
      out.push({
        text,
        lower: text,
        start,
        end: start + 1,
        kind: 'punct',
        cap: false,
        allCaps: false,
        sentStart: false,
      });
      if (SENTENCE_BREAKS.has(text)) {
        sentStart = !(text === '.' && prev?.kind === 'word' && isAbbreviationWord(prev.text));
      }
      continue;
    }
    // "…in the U.S. The next…": a dotted abbreviation's full stop ends the sentence before a
    // common sentence opener (the rule of `sentences.ts`).
    const before = out[out.length - 1];
    if (before?.kind === 'word' && before.text.endsWith('.') && SENTENCE_OPENERS.has(text)) sentStart = true;
    const poss =
      text.length > 2 && (text.endsWith("'s") || text.endsWith('’s') || text.endsWith("'S"))
        ? POSSESSIVE.exec(text)
        : null;
    if (poss?.[1] && LETTER.test(poss[1])) {
      const base = poss[1];
      out.push(makeWord(base, start, sentStart));
      out.push({
        text: text.slice(base.length),
        lower: "'s",
        start: start + base.length,
        end: start + text.length,
        kind: 'poss',
        cap: false,
        allCaps: false,
        sentStart: false,
      });
    } else {
      const w = makeWord(text, start, sentStart, domain);
      // "U.S Air Force": a dotted acronym that lost its last full stop is looked up as "U.S.".
      if (DOTTED_NO_FINAL.test(text)) w.lower += '.';
      const prev = out[out.length - 1];
      if (prev?.kind === 'punct' && prev.end === start && (prev.text === '#' || prev.text === '@'))
        w.tag = true;
      // "AU$2.4 million", "US$10": a currency prefix, not a name.
      if (paragraph[w.end] === '$') w.tag = true;
      out.push(w);
    }
    sentStart = false;
  }
  return out;
}
