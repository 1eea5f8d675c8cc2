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

export function countWords(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.match(/[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return n;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** `rtl` when most letters are in a right-to-left script (Arabic, Hebrew, Kurdish Sorani…). */
export function textDirection(paragraphs: readonly string[]): 'ltr' | 'rtl' {
  const sample = paragraphs.join(' ').slice(0, 2000);
  const rtl = sample.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}
