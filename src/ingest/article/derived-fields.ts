/**
 * The fields of an article derived from its text: headline, excerpt, word count, reading minutes
 * and text direction. Seeds carry no headline, so the first sentence stands in for one, without
 * the time phrase news ledes open with.
 */
import danglingWords from '../data/headline/dangling-words.json' with { type: 'json' };
import { HONORIFICS } from '../language/names.ts';
import { splitSentences } from '../language/sentences.ts';
import { countWordRuns } from '../language/words.ts';
import type { Token } from '../language/tokenize.ts';

/** A headline a reader takes in at a glance: about a line and a half of a wide list, two of a phone. */
export const HEADLINE_MAX = 100;
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

/**
 * A headline from the first sentence: no dateline or leading time phrase, at most `HEADLINE_MAX`
 * characters. A longer sentence is cut at the last clause boundary that fits (`cutAtClause`), as a
 * whole statement without an ellipsis; only a sentence with no usable boundary is cut on a word,
 * with an ellipsis. Either way it never ends on a dangling word (`DANGLING`).
 */
export function deriveHeadline(firstParagraph: string, tokens?: readonly Token[]): string {
  const spans = splitSentences(firstParagraph, tokens);
  const first = spans[0] ? firstParagraph.slice(spans[0].start, spans[0].end) : firstParagraph;
  let text = first.trim().replace(DATELINE, '').replace(LEADING_TIME, '');
  text = text.replace(/[.!?]+$/u, '').trim();
  // A sentence that ends on a quotation keeps its closing mark; one that ends after it loses the stop.
  text = text.replace(/^[a-z]/, (c) => c.toUpperCase());
  if (!text) return truncateOnWord(first.trim(), HEADLINE_MAX);
  if (text.length <= HEADLINE_MAX) return text;
  // Too long: the main clause after an opening adverbial says more than the adverbial does.
  const main = withoutOpeningAdverbial(text);
  if (main.length <= HEADLINE_MAX) return main;
  return cutAtClause(main) ?? cutOnWord(main);
}

/** The fallback: a cut on a word with an ellipsis, before any quotation or bracket it would leave open. */
function cutOnWord(text: string): string {
  const cut = truncateOnWord(text, HEADLINE_MAX);
  if (isBalanced(cut)) return cut;
  const open = Math.max(cut.lastIndexOf('\u201c'), cut.lastIndexOf('('), cut.lastIndexOf('"'));
  const before = text.slice(0, open).trimEnd();
  // Cutting before the quotation leaves too little (a word or two): the open quotation it is.
  return before.length >= 20 ? `${withoutDanglingEnd(before)}…` : cut;
}

/**
 * "According to officials on Saturday, ", "In a statement on Wednesday, ", "While talks went on, ":
 * an opening phrase ending at the first comma, dropped only when the sentence is too long anyway
 * and a clause of some length follows.
 */
const OPENING_ADVERBIAL =
  /^(?:according\s+to|in|on|at|with|while|as|after|following|despite|amid|although|since|when|during|speaking|for|under|over)\s[^,;:\u2014\u2013"\u201c(]{3,100},\s+(?=\S)/iu;

function withoutOpeningAdverbial(text: string): string {
  const m = OPENING_ADVERBIAL.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  // "In Paris, France, the council…": a place name goes on after the comma; keep the sentence.
  if (rest.length < CLAUSE_MIN || /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)*,/u.test(rest)) return text;
  return rest.replace(/^[a-z]/, (c) => c.toUpperCase());
}

/**
 * Where a long first sentence may be cut, strongest first; what stands before a boundary is
 * usually a whole statement ("…partnership | by launching…", "…died aged 91 | in a hospital…").
 * Each tier is tried in turn and the last boundary of the first tier that gives a usable prefix
 * wins, so a clause break is preferred to a comma, and a comma to a phrase break.
 */
const CLAUSE_TIERS: readonly { name: string; pattern: RegExp }[] = [
  // A dash, semicolon or colon between clauses.
  { name: 'punctuation', pattern: /\s*[;:\u2014\u2013]\s+|\s+-\s+/gu },
  // A word that opens a trailing clause or adverbial, with or without a comma before it.
  {
    name: 'clause word',
    pattern:
      /(?<!\b(?:days?|weeks?|months?|years?|hours?|minutes?|moments?|shortly|soon|just|long|only|immediately|such|as|so)),?\s+(?=(?:by|after|following|amid|while|which|who|whose|where|when|because|despite|although|though|before|since|until|as|saying|citing|including|leaving|killing|according\s+to|in\s+order\s+to|in\s+response\s+to|due\s+to)\s)/giu,
  },
  // Any comma: an appositive or a list ends there.
  { name: 'comma', pattern: /,\s+/gu },
  // A phrase break: before a preposition or "but"; not right after a participle ("placed | under").
  {
    name: 'phrase',
    pattern:
      /(?<!ed)\s+(?=(?:in|on|at|for|from|to|with|during|over|into|near|under|across|against|through|between|among|but)\s)/giu,
  },
];

/** Shorter cuts than this say too little; the word cut with an ellipsis is better then. */
const CLAUSE_MIN = 45;

/** The longest whole-clause prefix of `text` that fits the headline limit, if there is one. */
function cutAtClause(text: string): string | null {
  for (const { pattern } of CLAUSE_TIERS) {
    let best: string | null = null;
    for (const m of text.matchAll(pattern)) {
      if (m.index > HEADLINE_MAX) break;
      if (m.index < CLAUSE_MIN) continue;
      const head = text.slice(0, m.index).replace(/[\s,;:]+$/u, '');
      if (head.length <= HEADLINE_MAX && isWholeCut(head)) best = head;
    }
    if (best !== null) return best;
  }
  return null;
}

/** A cut is usable when it leaves no quotation or bracket open and ends on no dangling word. */
function isWholeCut(head: string): boolean {
  return isBalanced(head) && !endsOnDanglingWord(head);
}

/** No quotation mark or bracket left open. */
export function isBalanced(text: string): boolean {
  const opens = (text.match(/[\u201c(]/gu) ?? []).length;
  const closes = (text.match(/[\u201d)]/gu) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}

/** True when the last word of `text` (ignoring an ellipsis and trailing punctuation) is in `DANGLING`. */
export function endsOnDanglingWord(text: string): boolean {
  const trimmed = text.replace(/[\s,;:\u2013\u2014\u2026-]+$/u, '');
  const m = /(?:^|\s)(\S+)$/u.exec(trimmed);
  return m !== null && DANGLING.has((m[1] ?? '').toLowerCase());
}

/**
 * A teaser: the lede after the headline's sentence (or the next paragraph), cut on a word.
 * `tokens` are the first paragraph's, when the caller has them.
 */
export function deriveExcerpt(paragraphs: readonly string[], tokens?: readonly Token[]): string {
  const firstParagraph = paragraphs[0] ?? '';
  const spans = splitSentences(firstParagraph, tokens);
  const rest = spans.length > 1 && spans[1] ? firstParagraph.slice(spans[1].start) : (paragraphs[1] ?? '');
  return truncateOnWord(rest.trim(), EXCERPT_MAX);
}

/** Cuts `text` to at most `max` characters at a word boundary, ending with an ellipsis if cut. */
export function truncateOnWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // When the cut falls just before a space, the last word is whole and stays.
  const space = /\s/.test(text[max - 1] ?? '') ? cut.length : cut.lastIndexOf(' ');
  const base = space > max * 0.5 ? withoutDanglingEnd(cut.slice(0, space)) : cut;
  return `${base.replace(/[\s,;:\u2013\u2014-]+$/u, '')}…`;
}

/** `text` without trailing dangling words ("…at the funeral of" → "…at the funeral"), keeping its first word. */
function withoutDanglingEnd(text: string): string {
  let base = text;
  for (;;) {
    const trimmed = base.replace(/[\s,;:\u2013\u2014-]+$/u, '');
    const m = /\s(\S+)$/u.exec(trimmed);
    if (!m || !DANGLING.has((m[1] ?? '').toLowerCase())) return trimmed;
    base = trimmed.slice(0, m.index);
  }
}

/**
 * Words a cut headline or excerpt should not end on (`data/headline/dangling-words.json`), and the
 * name lexicon's honorifics with their full stop ("Mr.", "Gen.").
 */
export const DANGLING: ReadonlySet<string> = new Set([
  ...Object.entries(danglingWords).flatMap(([key, words]) =>
    key.startsWith('$') ? [] : (words as string[]),
  ),
  ...[...HONORIFICS].map((h) => `${h}.`),
]);

/**
 * Words of the text: runs of letters and digits, joined by an apostrophe, full stop or hyphen
 * between two runs ("al-Araji", "U.S", "Iraq’s"): the count of matches of
 * `[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*` (flags g and u), found by a scan that builds no
 * array of words. A property test holds it to the regex.
 */
export function countWords(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += countWordRuns(p, true);
  return n;
}

const LETTER = /^\p{L}$/u;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** `rtl` when most letters are in a right-to-left script (Arabic, Hebrew, Kurdish Sorani…). */
export function textDirection(paragraphs: readonly string[]): 'ltr' | 'rtl' {
  // The first 2,000 characters of the paragraphs joined by spaces, read in place (no joined copy).
  let left = SAMPLE;
  let rtl = 0;
  let letters = 0;
  for (let k = 0; k < paragraphs.length && left > 0; k++) {
    // The joining space: one character of the sample, no letter.
    if (k > 0) left--;
    const p = paragraphs[k] ?? '';
    const end = Math.min(p.length, left);
    left -= end;
    for (let i = 0; i < end;) {
      let cp = p.charCodeAt(i);
      if (cp < 128) {
        i++;
        if ((cp | 32) >= 97 && (cp | 32) <= 122) letters++;
        continue;
      }
      cp = p.codePointAt(i) ?? 0;
      // A pair cut by the sample's end counts as its first half alone, as in a cut string.
      if (cp > 0xffff && i + 1 >= end) cp = p.charCodeAt(i);
      i += cp > 0xffff ? 2 : 1;
      if ((cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff))
        rtl++;
      if (LETTER.test(String.fromCodePoint(cp))) letters++;
    }
    // Settled: even if every character left were right-to-left (and no letter), rtl / letters
    // could not pass 0.5.
    if (2 * (rtl + left) <= letters) return 'ltr';
  }
  return letters > 0 && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}

/** How many characters `textDirection` reads. */
const SAMPLE = 2000;
