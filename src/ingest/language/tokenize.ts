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
import { keepsFullStop, SENTENCE_OPENERS } from './abbreviations.ts';

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
  domain: boolean;
  /** A hashtag or handle (right after "#" or "@") or a currency prefix ("AU$"): never a name. */
  tag: boolean;
}

// Dotted abbreviations first ("U.S.", "C.I.A.", "a.m."; "U.S" without its last full stop), then
// numbers with inner . or , ("3.5", "1,000"), then words with inner - – ' ’ & and combining marks
// ("al-Araji", "AT&T", "Export–Import"), then any other single non-space character. A word
// followed by a top-level domain ("Znak.com", "UOL.com.br") takes it in (see DOMAIN_TAIL).
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}(?:\.\p{Lu})+(?![\p{L}\p{N}])|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-–'’&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|\S/gu;
const DOTTED_NO_FINAL = /^\p{Lu}(?:\.\p{Lu})+$/u;
// ".", "/", "@": a domain right after one is a piece of a web or e-mail address.
const URL_BEFORE: ReadonlySet<number> = new Set([46, 47, 64]);
const GENERIC_DOMAIN = /\.(?:com|net|org|info|io|tv)(?:\.[a-z]{2})?$/;
const DIGIT = /\d/;
const DOMAIN_TAIL =
  /(?:\.(?:com|net|org|info|io|co|gov|edu|tv|ru|uk|br|de|fr|in|au|jp|cn|ca|nz|ie|za|at|be|ch|cz|dk|es|eu|fi|gr|hu|it|nl|no|pl|pt|ro|se|tr|ua|il|kr|mx|ar|sg|hk|ph|pk|ng|ke|us))+(?![\p{L}\p{N}])/uy;
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

/**
 * Every token has the same fields in the same order, so the rules that read millions of them see
 * one object shape (V8 keeps their property reads monomorphic).
 */
function token(
  text: string,
  lower: string,
  start: number,
  end: number,
  kind: TokenKind,
  cap: boolean,
  allCaps: boolean,
  sentStart: boolean,
  domain: boolean,
): Token {
  return { text, lower, start, end, kind, cap, allCaps, sentStart, domain, tag: false };
}

function makeWord(
  text: string,
  start: number,
  sentStart: boolean,
  domain = false,
  /** `text` lowercased, when the caller knows it already. */
  lower?: string,
): Token {
  const c = text.charCodeAt(0);
  const cap =
    isUpper(text) ||
    (c >= 48 && c <= 57 && ORDINAL.test(text)) ||
    (c >= 97 && c <= 122 && text.length > 1 && mayBeLowerCamel(text) && LOWER_CAMEL.test(text));
  return token(
    text,
    lower ?? text.toLowerCase(),
    start,
    start + text.length,
    'word',
    cap,
    // A lowercase ASCII second letter ("Smith") rules capitals out before the regex is asked.
    cap && text.length > 1 && !isAsciiLower(text.charCodeAt(1)) && ALL_CAPS.test(text),
    sentStart,
    domain && !text.startsWith('www'),
  );
}

/** Cheap test before LOWER_CAMEL: a capital (or any non-ASCII letter) among the next four letters. */
function mayBeLowerCamel(text: string): boolean {
  for (let k = 1; k < text.length && k <= 4; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
    if (c < 97 || c > 122) return false;
  }
  return false;
}

function mark(text: string, start: number, kind: 'punct' | 'poss'): Token {
  return token(text, text, start, start + text.length, kind, false, false, false, false);
}

function isPunct(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return !LETTER.test(ch) && !/\p{N}/u.test(ch);
}

const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Does the word end in 's, ’s or 'S (read as character codes: this runs for every word)? */
function endsInPossessive(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const before = text.charCodeAt(text.length - 2);
  if (last === 115) return before === 39 || before === 0x2019;
  return last === 83 && before === 39;
}

/** Might the character at `i` continue a token across a full stop or comma before it? */
function continuesRun(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 128 || isAsciiAlnum(c);
}

function isWordStart(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  return LETTER_OR_DIGIT.test(text[i] ?? '');
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Tokens of every paragraph of an article: the one tokenization both extraction stages read. */
export function tokenizeParagraphs(paragraphs: readonly string[]): Token[][] {
  return paragraphs.map(tokenize);
}

/**
 * Tokens of one paragraph, in order, with JS string offsets into it. `TOKEN` defines them; plain
 * ASCII words and marks (most of English news) are cut by a character scan that gives what
 * `TOKEN` would, and everything else goes through `TOKEN` itself.
 */
export function tokenize(paragraph: string): Token[] {
  const out: Token[] = [];
  const n = paragraph.length;
  let sentStart = true;
  let i = 0;
  while (i < n) {
    const c = paragraph.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let text: string;
    let start = i;
    // An ASCII run without capitals is its own lowercase: toLowerCase (a runtime call) is skipped.
    let ownLower = false;
    if (c < 128 && !isAsciiAlnum(c)) {
      text = paragraph[i]!;
    } else {
      let j = i + 1;
      let capitals = c >= 65 && c <= 90;
      if (c < 128)
        while (j < n) {
          const d = paragraph.charCodeAt(j);
          if (!isAsciiAlnum(d)) break;
          if (d <= 90 && d >= 65) capitals = true;
          j++;
        }
      const after = j < n ? paragraph.charCodeAt(j) : 32;
      // An ASCII run ends a token by itself unless what follows may continue it (". , - ' &",
      // or any non-ASCII character: a letter, a combining mark, ’ or –). A full stop or comma
      // continues it only before a letter or digit ("U.S", "3.5", "1,000"; any non-ASCII
      // character is left to TOKEN): before a space, a mark or the end the run is the token.
      if (
        c < 128 &&
        after !== 45 &&
        after !== 39 &&
        after !== 38 &&
        after < 128 &&
        ((after !== 46 && after !== 44) || !continuesRun(paragraph, j + 1))
      ) {
        text = paragraph.slice(i, j);
        ownLower = !capitals;
      } else {
        TOKEN.lastIndex = i;
        const m = TOKEN.exec(paragraph);
        if (m === null) break;
        text = m[0];
        start = m.index;
      }
    }
    i = start + text.length;
    let domain = false;
    // Every top-level domain of DOMAIN_TAIL starts with a lowercase ASCII letter. (Reads stay
    // inside the paragraph here and below: the first read past its end would send the compiled
    // tokenizer back to the interpreter to be compiled again, a deoptimisation.)
    if (
      i + 1 < n &&
      paragraph.charCodeAt(i) === 46 &&
      isAsciiLower(paragraph.charCodeAt(i + 1)) &&
      text.length > 1 &&
      !text.includes('’')
    ) {
      DOMAIN_TAIL.lastIndex = i;
      const tail = DOMAIN_TAIL.exec(paragraph);
      if (tail) {
        text += tail[0];
        domain = true;
        i = start + text.length;
      }
    }
    if (text.length === 1 && isPunct(text)) {
      // A trailing apostrophe after a plural ("Workers' Party") is a possessive, not a quote mark.
      const prev = out[out.length - 1];
      if (
        (text === "'" || text === '’') &&
        prev?.kind === 'word' &&
        prev.end === start &&
        prev.lower.endsWith('s') &&
        // Not when a word goes on after it: "Workers'Party" is no possessive (nor one word).
        !isWordStart(paragraph, start + 1)
      ) {
        out.push(mark(text, start, 'poss'));
        continue;
      }
      out.push(mark(text, start, 'punct'));
      if (SENTENCE_BREAKS.has(text)) {
        sentStart = !(text === '.' && prev?.kind === 'word' && keepsFullStop(prev.text, undefined));
      }
      continue;
    }
    // "…in the U.S. The next…": a dotted abbreviation's full stop ends the sentence before a
    // common sentence opener (the rule of `sentences.ts`).
    const before = out[out.length - 1];
    if (
      before?.kind === 'word' &&
      before.text.charCodeAt(before.text.length - 1) === 46 &&
      SENTENCE_OPENERS.has(text)
    )
      sentStart = true;
    const poss = text.length > 2 && endsInPossessive(text) ? POSSESSIVE.exec(text) : null;
    if (poss?.[1] && LETTER.test(poss[1])) {
      const base = poss[1];
      out.push(makeWord(base, start, sentStart));
      const ending = text.slice(base.length);
      out.push(
        token(ending, "'s", start + base.length, start + text.length, 'poss', false, false, false, false),
      );
    } else {
      const w = makeWord(text, start, sentStart, domain, ownLower && !domain ? text : undefined);
      // "U.S Air Force": a dotted acronym that lost its last full stop is looked up as "U.S.".
      if (text.length > 1 && text.charCodeAt(1) === 46 && DOTTED_NO_FINAL.test(text)) w.lower += '.';
      if (before?.kind === 'punct' && before.end === start && (before.text === '#' || before.text === '@'))
        w.tag = true;
      // "AU$2.4 million", "US$10": a currency prefix, not a name.
      if (w.end < n && paragraph.charCodeAt(w.end) === 36) w.tag = true;
      // "the news site oe24.at", "reddit.com": a web domain written in lower case is a name all the
      // same when nothing but a domain reads so (a generic top-level domain, or a digit in it: not
      // "late.it", a missing space), unless it is a piece of an address ("www.", "/", "@" before).
      if (
        w.domain &&
        !w.cap &&
        (GENERIC_DOMAIN.test(text) || DIGIT.test(text)) &&
        !(start > 0 && URL_BEFORE.has(paragraph.charCodeAt(start - 1)))
      )
        w.cap = true;
      out.push(w);
    }
    sentStart = false;
  }
  return out;
}
