/** The `extract` command's line format: a public contract other tools parse, so only ever extend it. */
import type { Article } from '../../contract/schema.ts';

export interface ExtractLine {
  file: string;
  id: string;
  date: string;
  source: string;
  sourceSlug: string;
  headline: string;
  quotes: {
    anchor: string;
    text: string;
    speaker: string | null;
    role: string | null;
    rule: string;
    /** Added with rule tracing: the rule that found the quotation marks, and the sieve that named the speaker. */
    quoteRule?: string;
    speakerRule?: string;
  }[];
  /** `rule`, added with rule tracing: the recognition rule that found the organisation. */
  organisations: { name: string; slug: string; aliases: string[]; parent: string | null; rule?: string }[];
  people: { name: string; slug: string }[];
  places: { name: string; slug: string }[];
}

/** One article as the `extract` command prints it. */
export function toExtractLine(article: Article): ExtractLine {
  return {
    file: article.file,
    id: article.id,
    date: article.date,
    source: article.source,
    sourceSlug: article.sourceSlug,
    headline: article.headline,
    quotes: article.quotes.map(({ anchor, text, speaker, role, rule, quoteRule, speakerRule }) => ({
      anchor,
      text,
      speaker,
      role,
      rule,
      quoteRule,
      speakerRule,
    })),
    organisations: article.organisations.map(({ name, slug, aliases, parent, rule }) => ({
      name,
      slug,
      aliases,
      parent,
      rule,
    })),
    people: article.people.map(({ name, slug }) => ({ name, slug })),
    places: article.places.map(({ name, slug }) => ({ name, slug })),
  };
}
