/** Turns a parsed seed into a validated article: headline, reading facts, quotes and entities. */
import { articleSchema, type Article, type Organisation, type Person } from '../../contract/schema.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { ORG_HEADS } from '../quotes/lexicon.ts';
import {
  countWords,
  deriveExcerpt,
  deriveHeadline,
  readingMinutes,
  textDirection,
} from './derived-fields.ts';
import type { ParsedSeed } from '../seed/parse-seed.ts';
import { familyNameFirst } from '../language/names.ts';
import { slugify } from '../language/slug.ts';
import { tokenizeParagraphs } from '../language/tokenize.ts';

/** Builds the article document for one parsed seed; throws if it breaks the contract (a bug, not bad input). */
export function buildArticle(seed: ParsedSeed): Article {
  const { paragraphs } = seed;
  const wordCount = countWords(paragraphs);
  // Tokenized once: entities and quotes read the same tokens.
  const tokens = tokenizeParagraphs(paragraphs);
  const entities = extractEntities(paragraphs, seed.source, tokens);
  const quotes = extractQuotes(paragraphs, tokens).map((q, i) => {
    const speaker =
      q.speaker === null ? null : speakerInFull(q.speaker, entities.organisations, entities.people);
    return {
      anchor: `quote-${i + 1}`,
      text: q.text,
      speaker,
      speakerSlug: speaker === null ? null : slugify(speaker),
      role: q.role,
      rule: q.rule,
      quoteRule: q.quoteRule,
      speakerRule: q.speakerRule,
      spans: q.spans,
    };
  });
  const article: Article = {
    id: seed.id,
    file: seed.file,
    date: seed.date,
    source: seed.source,
    sourceSlug: slugify(seed.source),
    headline: deriveHeadline(paragraphs[0] ?? '', tokens[0]),
    excerpt: deriveExcerpt(paragraphs, tokens[0]),
    paragraphs,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    dir: textDirection(paragraphs),
    quotes,
    organisations: entities.organisations,
    people: withSpeakers(entities.people, quotes, entities.organisations),
    places: entities.places,
  };
  return articleSchema.parse(article);
}

/**
 * A speaker the quote stage left as one word, where the entity stage read the whole name: a body's
 * bare head word ("the Commission said", "according to the Department") is the one organisation
 * of the article whose name holds that word ("Commission on Presidential Debates"); a surname
 * ("Egeland later recanted") is the one person of the article with that surname ("Jan Egeland",
 * whom the quote stage missed because "Jan" is also a month; "Kim" after "Kim Jong Un's envoy", a
 * name written family name first). Kept as it is when no name or more than one fits (two
 * departments, two Bidens: which one is for the quote stage's context to say, not for a guess
 * here).
 */
function speakerInFull(
  speaker: string,
  organisations: readonly Organisation[],
  people: readonly Person[],
): string {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(speaker)) return speaker;
  const body = ORG_HEADS.has(speaker.toLowerCase());
  const names = body
    ? organisations.filter((org) => org.name.split(/\s+/).includes(speaker)).map((org) => org.name)
    : people.filter((person) => isSurnameOf(speaker, person.name.split(/\s+/))).map((person) => person.name);
  const longer = new Set(names.filter((name) => name !== speaker));
  return longer.size === 1 ? [...longer][0]! : speaker;
}

/** The name's surname: its last word, or its first when written family name first ("Kim Jong-un"). */
function isSurnameOf(word: string, name: readonly string[]): boolean {
  return name.at(-1) === word || (name[0] === word && familyNameFirst(name));
}

/**
 * Every quoted speaker is a person of the article, even when the entity pass missed them; an
 * organisation that speaks under two of its names ("United Kingdom Home Office", "Home Office")
 * is listed once, under the first.
 */
function withSpeakers(
  people: Person[],
  quotes: ReadonlyArray<{ speaker: string | null; speakerSlug: string | null }>,
  organisations: readonly Organisation[],
): Person[] {
  const out = [...people];
  const known = new Set(people.map((p) => p.slug));
  const bodiesListed = new Set<string>();
  const bodyOf = new Map<string, string>();
  for (const org of organisations) {
    bodyOf.set(org.slug, org.slug);
    for (const alias of org.aliases) bodyOf.set(slugify(alias), org.slug);
  }
  for (const q of quotes) {
    if (q.speaker === null || q.speakerSlug === null || known.has(q.speakerSlug)) continue;
    known.add(q.speakerSlug);
    const body = bodyOf.get(q.speakerSlug);
    if (body !== undefined) {
      if (bodiesListed.has(body)) continue;
      bodiesListed.add(body);
    }
    out.push({ slug: q.speakerSlug, name: q.speaker, mentions: [] });
  }
  return out;
}
