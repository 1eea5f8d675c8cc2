/** Finds direct quotations and decides who said them. */
import type { AttributionRule, Span } from '../contract/schema.ts';

export interface ExtractedQuote {
  text: string;
  speaker: string | null;
  role: string | null;
  rule: AttributionRule;
  spans: Span[];
}

/** Every direct quotation in reading order, with its speaker where the article says who. */
export function extractQuotes(paragraphs: readonly string[]): ExtractedQuote[] {
  void paragraphs;
  return [];
}
