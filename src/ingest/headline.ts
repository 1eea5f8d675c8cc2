/**
 * Derives the headline, excerpt and reading facts of an article. Seeds carry no headline, so the
 * first sentence stands in for one, without the time phrase news ledes open with.
 */
import { splitSentences } from './text/sentences.ts';

export const HEADLINE_MAX = 110;
const EXCERPT_MAX = 220;
const WORDS_PER_MINUTE = 230;

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4}|\\d{4})`;
const WHEN = `(?:(?:early|late|earlier|later)\\s+)?(?:(?:on|this|last|next|by|in|since|until|from)\\s+)?(?:${DAY}(?:,?\\s+${DATE})?(?:\\s+(?:morning|afternoon|evening|night))?|${DATE}|today|yesterday|tonight|tomorrow|this\\s+(?:morning|afternoon|evening|week|month|year)|last\\s+(?:night|week|month|year)|earlier\\s+(?:today|this\\s+week)|(?:earlier|later)\\s+today)`;
/** A leading time phrase and its comma: "On Wednesday,", "Earlier today,", "On 12 March 2024,". */
const LEADING_TIME = new RegExp(`^${WHEN}(?:\\s+(?:morning|afternoon|evening|night))?\\s*,\\s*`, 'i');

/** A wire-style dateline: "MOSCOW —", "BRASÍLIA, Brazil –", "Redwood City, California -". */
const DATELINE = /^\p{Lu}[\p{L}.' ]{1,30}(?:, \p{Lu}[\p{L}.' ]{1,25})?\.?\s+[\u2014\u2013-]\s+/u;

/** A headline from the first sentence: no leading time phrase, at most ~110 characters on a word boundary. */
export function deriveHeadline(firstParagraph: string): string {
  const spans = splitSentences(firstParagraph);
  const first = spans[0] ? firstParagraph.slice(spans[0].start, spans[0].end) : firstParagraph;
  let text = first.trim().replace(DATELINE, '').replace(LEADING_TIME, '');
  text = text.replace(/[.!?]+$/u, '').trim();
  // A sentence that ends on a quotation keeps its closing mark; one that ends after it loses the stop.
  text = text.replace(/^[a-z]/, (c) => c.toUpperCase());
  if (!text) return truncateOnWord(first.trim(), HEADLINE_MAX);
  return text.length <= HEADLINE_MAX ? text : (cutAtClause(text) ?? truncateOnWord(text, HEADLINE_MAX));
}

/**
 * Words that open a trailing clause or adverbial ("…partnership by launching…", "…killed after
 * a storm…"): what stands before them is usually a whole statement, so a long first sentence
 * cut there reads as a headline, with no ellipsis.
 */
const CLAUSE_BREAK =
  /(?:,\s+|\s+)(?=(?:by|after|following|amid|while|which|because|despite|according\s+to|in\s+order\s+to)\s)|\s*[;\u2014\u2013]\s+|\s+-\s+/giu;
const CLAUSE_MIN = 45;

/** The longest whole-clause prefix of `text` that fits the headline limit, if there is one. */
function cutAtClause(text: string): string | null {
  let best: number | null = null;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index > HEADLINE_MAX) break;
    if (m.index >= CLAUSE_MIN) best = m.index;
  }
  if (best === null) return null;
  const head = text.slice(0, best).replace(/[\s,;:]+$/u, '');
  // An unclosed quotation or bracket would be left dangling.
  const opens = (head.match(/[\u201c(]/gu) ?? []).length;
  const closes = (head.match(/[\u201d)]/gu) ?? []).length;
  const straight = (head.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0 ? head : null;
}

/** A teaser: the lede after the headline's sentence (or the next paragraph), cut on a word. */
export function deriveExcerpt(paragraphs: readonly string[]): string {
  const firstParagraph = paragraphs[0] ?? '';
  const spans = splitSentences(firstParagraph);
  const rest = spans.length > 1 && spans[1] ? firstParagraph.slice(spans[1].start) : (paragraphs[1] ?? '');
  return truncateOnWord(rest.trim(), EXCERPT_MAX);
}

/** Cuts `text` to at most `max` characters at a word boundary, ending with an ellipsis if cut. */
export function truncateOnWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // When the cut falls just before a space, the last word is whole and stays.
  const space = /\s/.test(text[max - 1] ?? '') ? cut.length : cut.lastIndexOf(' ');
  let base = space > max * 0.5 ? cut.slice(0, space) : cut;
  if (space > max * 0.5) {
    // "…at the funeral of…" reads as broken: end on a content word, not a dangling "of" or "Mr.".
    for (;;) {
      const trimmed = base.replace(/[\s,;:\u2013\u2014-]+$/u, '');
      const m = /\s(\S+)$/u.exec(trimmed);
      if (!m || !DANGLING.has((m[1] ?? '').toLowerCase()) || m.index <= max * 0.5) break;
      base = trimmed.slice(0, m.index);
    }
  }
  return `${base.replace(/[\s,;:\u2013\u2014-]+$/u, '')}…`;
}

/** Words a cut headline or excerpt should not end on. */
const DANGLING = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'to',
  'from',
  'with',
  'into',
  'onto',
  'as',
  'during',
  'against',
  'after',
  'before',
  'over',
  'under',
  'about',
  'between',
  'among',
  'amid',
  'near',
  'since',
  'until',
  'through',
  'across',
  'via',
  'per',
  'and',
  'or',
  'but',
  'nor',
  'that',
  'which',
  'who',
  'whose',
  'than',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'gen.',
  'sen.',
  'rep.',
  'gov.',
  'st.',
]);

/**
 * Words of the text: runs of letters and digits, joined by an apostrophe, full stop or hyphen
 * between two runs ("al-Araji", "U.S", "Iraq’s"): the count of matches of
 * `[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*` (flags g and u), found by a scan that builds no
 * array of words. A property test holds it to the regex.
 */
export function countWords(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) {
    const len = p.length;
    let i = 0;
    while (i < len) {
      const cp = p.codePointAt(i) ?? 0;
      i += cp > 0xffff ? 2 : 1;
      if (!isAlnum(cp)) continue;
      n++;
      for (;;) {
        while (i < len) {
          const c = p.codePointAt(i) ?? 0;
          if (!isAlnum(c)) break;
          i += c > 0xffff ? 2 : 1;
        }
        const c = p.charCodeAt(i);
        if (
          (c === 39 || c === 0x2019 || c === 46 || c === 45) &&
          i + 1 < len &&
          isAlnum(p.codePointAt(i + 1) ?? 0)
        ) {
          i++;
          continue;
        }
        break;
      }
    }
  }
  return n;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

function isAlnum(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** `rtl` when most letters are in a right-to-left script (Arabic, Hebrew, Kurdish Sorani…). */
export function textDirection(paragraphs: readonly string[]): 'ltr' | 'rtl' {
  const sample = paragraphs.join(' ').slice(0, 2000);
  let rtl = 0;
  let letters = 0;
  for (let i = 0; i < sample.length;) {
    const cp = sample.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    if (cp < 128) {
      if ((cp | 32) >= 97 && (cp | 32) <= 122) letters++;
      continue;
    }
    if ((cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff))
      rtl++;
    if (LETTER.test(String.fromCodePoint(cp))) letters++;
  }
  return letters > 0 && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}
