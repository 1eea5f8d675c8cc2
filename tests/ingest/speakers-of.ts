import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';

/** The speaker of each quote extracted from an article of these paragraphs, in order. */
export const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs).map((q) => q.speaker);

/** Each quote extracted from an article of these paragraphs, as its text and speaker, in order. */
export const quotesOf = (...paragraphs: string[]): [string, string | null][] =>
  extractQuotes(paragraphs).map((q) => [q.text, q.speaker]);

/** Each quote extracted from an article of these paragraphs, as its speaker and role, in order. */
export const speakersAndRoles = (...paragraphs: string[]): [string | null, string | null][] =>
  extractQuotes(paragraphs).map((q) => [q.speaker, q.role]);
