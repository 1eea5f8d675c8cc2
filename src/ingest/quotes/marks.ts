import type { QuoteRule } from '../../contract/schema.ts';

/**
 * Finds quotation marks and pairs them into quotations, across paragraphs when a quote runs on.
 * Double marks (“ ” " „ « ») are the outer marks; single marks (‘ ’ ') count only outside double
 * quotes and only when they cannot be apostrophes (Iraq’s, don't, the 1990s').
 */

/** One paragraph's share of a quotation. `open`/`close` are the marks' indices (-1 when absent). */
export interface QuotePiece {
  paragraph: number;
  /** Index of the opening mark, or -1 when the paragraph continues a quote without one. */
  open: number;
  /** Index of the closing mark, or -1 when the quote runs on past the paragraph's end. */
  close: number;
  /** The quoted words, marks and surrounding whitespace excluded. */
  start: number;
  end: number;
}

export interface RawQuote {
  pieces: QuotePiece[];
  /** The quoted words, whitespace collapsed, pieces joined by a space. */
  text: string;
  /** True when the outer marks are single (‘…’ or '…'). */
  single: boolean;
  /** Which pairing rule found it. */
  rule: QuoteRule;
}

const WORDISH = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

const isWordChar = (c: string | undefined): boolean => c !== undefined && WORDISH.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);

/** Characters after which an opening mark may stand (besides whitespace and the paragraph start). */
const BEFORE_OPEN = new Set(['(', '[', '{', '—', '–', '-', '/', ':', ';', ',', '…']);

function isDoubleMark(c: string | undefined): boolean {
  return c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e' || c === '\u00ab' || c === '\u00bb';
}

/** `isDoubleMark` of the character with this UTF-16 code, for scans that read codes. */
function isDoubleCode(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** Could the double mark at `i` open a quotation? */
function canOpenDouble(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\u201d' || c === '\u00bb') return false;
  const next = text[i + 1];
  // 'Wilkins said," [Warhol] liked …"': a mark glued to the comma that introduces it still opens.
  if (isSpace(next)) return next !== undefined && (text[i - 1] === ',' || text[i - 1] === ':') && c === '"';
  // A straight mark glued to a word ("6" pipe") is an inch sign or a closer, not an opener.
  const prev = text[i - 1];
  return c !== '"' || prev === undefined || isSpace(prev) || BEFORE_OPEN.has(prev) || isDoubleMark(prev);
}

/** Could the double mark at `i` close a quotation that is open? */
function canCloseDouble(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\u201d' || c === '\u00bb') return true;
  // Straight or wrongly curled marks close when no word follows right away.
  return !isWordChar(text[i + 1]);
}

/** Finds the first double mark at or after `from` that can open, or -1. */
function nextOpener(text: string, from: number): number {
  for (let i = from; i < text.length; i++)
    if (isDoubleCode(text.charCodeAt(i)) && canOpenDouble(text, i)) return i;
  return -1;
}

/** The paragraph's double marks that can open at its start (ignoring leading whitespace). */
function startsWithOpener(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text[i])) i++;
  return isDoubleMark(text[i]) && canOpenDouble(text, i) ? i : -1;
}

/** Counts double marks; an odd count means some quote is left open or closed from before. */
function doubleMarkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isDoubleCode(text.charCodeAt(i))) n++;
  return n;
}

/** Trims whitespace off a [start, end) range of `text`. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

/**
 * Finds the closing mark of a double quote opened before `from` in `text`, or -1. A nested
 * quotation in the same marks (“… the “United States” is …”) is stepped over when it is shaped
 * like one (opener after a space, closer before a non-word) and closes within the paragraph.
 */
function findDoubleClose(text: string, from: number): number {
  let depth = 0;
  let firstClose = -1;
  for (let i = from; i < text.length; i++) {
    if (!isDoubleCode(text.charCodeAt(i))) continue;
    const prev = text[i - 1];
    const opensNested =
      (isSpace(prev) || prev === '(' || prev === '[') && isWordChar(text[i + 1]) && text[i] !== '\u201d';
    if (opensNested) {
      depth++;
      continue;
    }
    if (!canCloseDouble(text, i)) continue;
    if (firstClose < 0) firstClose = i;
    if (depth === 0) return i;
    depth--;
  }
  return firstClose;
}

/** Every quotation of the article in reading order. */
export function findQuotations(paragraphs: readonly string[]): RawQuote[] {
  const quotes: RawQuote[] = [];
  let carry: QuotePiece[] | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] ?? '';
    if (text.indexOf('"') < 0 && !/[\u201c\u201d\u201e\u00ab\u2018\u2019']/.test(text) && carry === null)
      continue;
    let i = 0;
    const doubleRanges: [number, number][] = [];
    if (carry !== null) {
      // A quote left open at the previous paragraph's end continues here.
      const open = startsWithOpener(text);
      const from = open >= 0 ? open + 1 : 0;
      const close = findDoubleClose(text, from);
      const [s, e] = trimRange(text, from, close >= 0 ? close : text.length);
      carry.push({ paragraph: p, open, close, start: s, end: e });
      if (close >= 0) {
        quotes.push(makeQuote(carry, paragraphs, 'quote.run-on'));
        carry = null;
        doubleRanges.push([Math.max(0, open), close + 1]);
        i = close + 1;
      } else {
        doubleRanges.push([Math.max(0, open), text.length]);
        i = text.length;
        if (!continuesInto(paragraphs[p + 1])) {
          quotes.push(makeQuote(carry, paragraphs, 'quote.run-on'));
          carry = null;
        }
      }
    }
    while (i < text.length) {
      const open = nextOpener(text, i);
      if (open < 0) break;
      const close = findDoubleClose(text, open + 1);
      if (close >= 0) {
        const [s, e] = trimRange(text, open + 1, close);
        if (e > s)
          quotes.push(
            makeQuote([{ paragraph: p, open, close, start: s, end: e }], paragraphs, 'quote.double-pair'),
          );
        doubleRanges.push([open, close + 1]);
        i = close + 1;
        continue;
      }
      // Unclosed at the paragraph's end: it runs on, or (a typo) it ends with the paragraph.
      const [s, e] = trimRange(text, open + 1, text.length);
      doubleRanges.push([open, text.length]);
      const piece: QuotePiece = { paragraph: p, open, close: -1, start: s, end: e };
      if (continuesInto(paragraphs[p + 1])) carry = [piece];
      else if (e > s) quotes.push(makeQuote([piece], paragraphs, 'quote.unclosed'));
      break;
    }
    findSingleQuotes(text, p, doubleRanges, quotes, paragraphs);
  }
  if (carry !== null) quotes.push(makeQuote(carry, paragraphs, 'quote.run-on'));
  quotes.sort((a, b) => {
    const pa = a.pieces[0];
    const pb = b.pieces[0];
    return (pa?.paragraph ?? 0) - (pb?.paragraph ?? 0) || (pa?.start ?? 0) - (pb?.start ?? 0);
  });
  return quotes;
}

/** Does an open quote carry on into `next`? It does when `next` opens with a mark, or closes one it never opened. */
function continuesInto(next: string | undefined): boolean {
  if (next === undefined) return false;
  if (startsWithOpener(next) >= 0) return true;
  if (doubleMarkCount(next) % 2 === 0) return false;
  const first = findFirstDouble(next);
  return first >= 0 && !canOpenDouble(next, first);
}

function findFirstDouble(text: string): number {
  for (let i = 0; i < text.length; i++) if (isDoubleCode(text.charCodeAt(i))) return i;
  return -1;
}

/** What `/\s+/g` → ' ' changes: a run of two or more white-space characters, or one that is not a space. */
const SPACE_RUN = /\s{2,}|[^\S ]/g;

function makeQuote(pieces: QuotePiece[], paragraphs: readonly string[], rule: QuoteRule): RawQuote {
  const kept = pieces.filter((piece) => piece.end > piece.start);
  const text = kept
    .map((piece) => (paragraphs[piece.paragraph] ?? '').slice(piece.start, piece.end))
    .join(' ')
    .replace(SPACE_RUN, ' ');
  return { pieces: kept.length > 0 ? kept : pieces, text, single: rule === 'quote.single-pair', rule };
}

const SINGLE_OPEN_BEFORE = /[\s([{—–\-/:;,]/u;

/**
 * Quotations in single marks outside any double quotation. An opener must follow a space or
 * bracket and precede a letter; the closer must follow a non-space and precede no letter, so
 * apostrophes inside words never pair up. Plural possessives ("the officers' union") could still
 * close a quote, so an opener only pairs with a closer in the same sentence-sized stretch.
 */
function findSingleQuotes(
  text: string,
  p: number,
  doubleRanges: readonly [number, number][],
  out: RawQuote[],
  paragraphs: readonly string[],
): void {
  if (!/['\u2018]/.test(text)) return;
  const inDouble = (i: number): boolean => doubleRanges.some(([s, e]) => i >= s && i < e);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 39 && code !== 0x2018) continue;
    const c = text[i];
    if (inDouble(i)) continue;
    const prev = text[i - 1];
    if (prev !== undefined && !SINGLE_OPEN_BEFORE.test(prev)) continue;
    if (!isWordChar(text[i + 1])) continue;
    let close = -1;
    for (let j = i + 2; j < text.length && j < i + 600; j++) {
      const d = text[j];
      if (isDoubleMark(d) || inDouble(j)) break;
      if (d !== "'" && d !== '\u2019') continue;
      if (isSpace(text[j - 1]) || isWordChar(text[j + 1])) continue;
      // "the officers' union": a plural possessive, not a closer, when a lowercase word follows.
      if (text[j - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(j + 1, j + 4)) && c === "'") continue;
      close = j;
      break;
    }
    if (close < 0) continue;
    const [s, e] = trimRange(text, i + 1, close);
    if (e > s)
      out.push(
        makeQuote([{ paragraph: p, open: i, close, start: s, end: e }], paragraphs, 'quote.single-pair'),
      );
    i = close;
  }
}
