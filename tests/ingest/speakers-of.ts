import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';

/** The speaker of each quote extracted from an article of these paragraphs, in order. */
export const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs).map((q) => q.speaker);
