/** The `extract` command's line format: a public contract other tools parse, so only ever extend it. */
import type { Article } from '../../contract/schema.ts';
import { renamedSlug } from '../language/slug.ts';

export interface ExtractLine {
  file: string;
  id: string;
  date: string;
  source: string;
  sourceSlug: string;
  /**
   * Added 2026-12-07, only where it differs from `sourceSlug`: the slug the same name had before
   * letters with no decomposition (ł, ø, æ, ß …) were spelt in ASCII (`legacySlug`, decision 001).
   */
  sourceLegacySlug?: string;
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
  organisations: {
    name: string;
    slug: string;
    /** Added 2026-12-07 (here and on people and places), only where it differs from `slug`, as `sourceLegacySlug`. */
    legacySlug?: string;
    aliases: string[];
    parent: string | null;
    rule?: string;
  }[];
  people: { name: string; slug: string; legacySlug?: string }[];
  places: { name: string; slug: string; legacySlug?: string }[];
}

/** `{ legacySlug }` when the name's slug before 2026-12-07 differs from `slug`, else nothing. */
function legacy(name: string, slug: string): { legacySlug?: string } {
  const old = renamedSlug(name, slug);
  return old === null ? {} : { legacySlug: old };
}

/** One article as the `extract` command prints it. */
export function toExtractLine(article: Article): ExtractLine {
  const sourceLegacySlug = renamedSlug(article.source, article.sourceSlug);
  return {
    file: article.file,
    id: article.id,
    date: article.date,
    source: article.source,
    sourceSlug: article.sourceSlug,
    ...(sourceLegacySlug !== null && { sourceLegacySlug }),
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
      ...legacy(name, slug),
      aliases,
      parent,
      rule,
    })),
    people: article.people.map(({ name, slug }) => ({ name, slug, ...legacy(name, slug) })),
    places: article.places.map(({ name, slug }) => ({ name, slug, ...legacy(name, slug) })),
  };
}
