/** Finds direct quotations and decides who said them. */
import type { AttributionRule, QuoteRule, Span, SpeakerRule } from '../../contract/schema.ts';
import { attributeAll } from './attribute.ts';
import { analyseArticle } from './article-analysis.ts';
import { keepQuote } from './filter.ts';
import { findQuotations } from './marks.ts';
import type { Token } from '../language/tokenize.ts';

export interface ExtractedQuote {
  text: string;
  speaker: string | null;
  role: string | null;
  rule: AttributionRule;
  /** The rule that found the quotation marks. */
  quoteRule: QuoteRule;
  /** The attribution sieve that named the speaker (`speaker.none` without one). */
  speakerRule: SpeakerRule;
  spans: Span[];
}

/**
 * Every direct quotation in reading order, with its speaker where the article says who. `tokens`
 * are the paragraphs' tokens when the caller has them (`tokenizeParagraphs`, shared with entity
 * extraction); without them the paragraphs are tokenized here.
 */
export function extractQuotes(
  paragraphs: readonly string[],
  tokens?: readonly (readonly Token[])[],
): ExtractedQuote[] {
  const raw = findQuotations(paragraphs);
  if (raw.length === 0) return [];
  const doc = analyseArticle(paragraphs, raw, tokens);
  const attributions = attributeAll(doc, raw.length);
  const out: ExtractedQuote[] = [];
  raw.forEach((q, qi) => {
    const a = attributions[qi];
    if (!a || !keepQuote(doc, qi, q.text, a)) return;
    const speaker = a.speaker?.trim() || null;
    out.push({
      text: q.text,
      speaker,
      role: a.role?.trim() || null,
      rule: speaker === null ? 'none' : a.rule,
      quoteRule: q.rule,
      speakerRule: speaker === null ? 'speaker.none' : a.speakerRule,
      spans: q.pieces.map((piece) => ({ paragraph: piece.paragraph, start: piece.start, end: piece.end })),
    });
  });
  return out;
}
