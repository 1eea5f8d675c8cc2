/**
 * What every speaker sieve works on: where a quotation stands (`QuoteSite`), and what a sieve
 * finds (`Found`: a mention, its paragraph, the attribution rule and the sieve recorded in the
 * output as `speakerRule`).
 */
import type { SpeakerRule } from '../../../contract/schema.ts';
import type { ArticleAnalysis, Paragraph } from '../article-analysis.ts';
import type { Mention } from '../mentions.ts';
import type { Sentence } from '../../language/narration.ts';

/** How a mention was found, before it is resolved. */
export interface Found {
  mention: Mention;
  paragraph: number;
  rule: 'adjacent' | 'sentence';
  sieve: SpeakerRule;
}

/** A mention one of the adjacent rules found, with the name of the pattern that matched. */
export interface Hit {
  mention: Mention;
  sieve: SpeakerRule;
}

export const hit = (mention: Mention | null, sieve: SpeakerRule): Hit | null =>
  mention ? { mention, sieve } : null;

/** Where a quotation stands: its first and last tokens, their paragraphs and sentences. */
export interface QuoteSite {
  doc: ArticleAnalysis;
  qi: number;
  first: { paragraph: number; token: number };
  last: { paragraph: number; token: number };
  pf: Paragraph;
  pl: Paragraph;
  sf: Sentence;
  sl: Sentence;
}

/** A named attribution rule: finds the mention that speaks a quote, or leaves it to the next. */
export interface SpeakerSieve {
  name: string;
  find: (site: QuoteSite) => Found | null;
}

export const adjacent = (h: Hit | null, paragraph: number): Found | null =>
  h ? { mention: h.mention, paragraph, rule: 'adjacent', sieve: h.sieve } : null;

/** Was the quote introduced by a colon or comma inside its sentence? */
export function introducedByPunct({ pf, sf, first }: QuoteSite): boolean {
  const prev = pf.tokens[first.token - 1];
  return (
    prev !== undefined &&
    prev.kind === 'punct' &&
    (prev.text === ':' || prev.text === ',') &&
    first.token - 1 > sf.from
  );
}
