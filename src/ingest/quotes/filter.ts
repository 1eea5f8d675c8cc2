/**
 * Which quotations are direct speech: scare quotes, titles and short quoted names are left out
 * unless a named source is clearly quoted (gold guidelines: fewer than three words needs a speaker).
 */
import type { Attribution } from './attribute.ts';
import type { ArticleAnalysis } from './document.ts';
import { TITLE_CUES } from './lexicon.ts';

const WORDS = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'but',
  'with',
  'by',
  'from',
  'as',
  'is',
  'vs',
]);

/** Words of a quote, as the scorer counts them. */
export function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/** Headline-style capitalisation without sentence punctuation: a title ("Band on the Run"), not speech. */
export function isTitleLike(text: string): boolean {
  if (/[.!?,;:]$/.test(text)) return false;
  const words = text.match(WORDS) ?? [];
  if (words.length < 2 || words.length > 10) return false;
  return words.every((w, i) => (i > 0 && MINOR_WORDS.has(w.toLowerCase())) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** Is the quotation direct speech worth listing? */
export function keepQuote(doc: ArticleAnalysis, qi: number, text: string, attribution: Attribution): boolean {
  const words = wordCount(text);
  if (words === 0) return false;
  const attributed = attribution.speaker !== null && attribution.rule !== 'continuation';
  const first = doc.quoteTokens[qi]?.[0];
  if (first) {
    const para = doc.paragraphs[first.paragraph]!;
    // "the so-called “peace plan”", "the film “Dune”", "a sign reading “…”".
    for (let k = first.token - 1; k >= 0 && k >= first.token - 2; k--) {
      const t = para.tokens[k]!;
      if (t.kind === 'word' && TITLE_CUES.has(t.lower) && (words < 3 || isTitleLike(text))) {
        if (!attributed || t.lower !== 'called' || words >= 3) return false;
      }
      if (t.kind === 'word' && t.lower !== 'as' && t.lower !== 'the' && t.lower !== 'a') break;
    }
  }
  if (isTitleLike(text) && attribution.rule !== 'adjacent') return false;
  if (words < 3) return attributed;
  return true;
}
