/**
 * The data contract between build-time ingestion and the reader app.
 *
 * Both sides import this module and nothing else from each other. Ingestion validates every
 * document against these schemas before writing it; the app validates what it fetches, so a stale
 * or hand-edited data folder fails loudly with a message instead of rendering garbage.
 *
 * Offsets are UTF-16 code-unit indices (JavaScript string indices) into `paragraphs[paragraph]`,
 * `start` inclusive and `end` exclusive.
 */
// zod/mini rather than classic zod: the same schemas at a fraction of the app's download.
import * as z from 'zod/mini';
import type { AttributionRule } from './text.ts';
import {
  ARTICLE_ID_PATTERN,
  ATTRIBUTION_RULES,
  WEAK_ATTRIBUTION_RULES,
  foldForSearch,
  searchShardKey,
  searchTerms,
} from './text.ts';

/** Any schema of this contract, for code that validates a document without naming zod. */
export type Schema<T> = z.ZodMiniType<T>;

/** A validation failure as readable lines: each wrong field with its path and what was expected. */
export function describeSchemaError(error: z.core.$ZodError): string {
  return z.prettifyError(error);
}

/** Bumped whenever a document's shape changes incompatibly; the app refuses other versions. */
export const DATA_VERSION = 2;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const count = z.int().check(z.gte(0));
const nonEmpty = z.string().check(z.minLength(1));
/** Lowercase kebab-case, the form used in URLs (`nato-mission-iraq`). */
export const slugSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase kebab-case slug'));
/** Article ids come from file names and appear in URLs, so they keep to URL-safe characters. */
export const articleIdSchema = z
  .string()
  .check(z.regex(ARTICLE_ID_PATTERN, 'expected a URL-safe id (letters, digits, _ . -)'));

/** A stretch of text inside one paragraph. */
export const spanSchema = z.object({
  paragraph: count,
  start: count,
  end: count,
});
export type Span = z.infer<typeof spanSchema>;

/**
 * How the speaker of a quote was decided, from the most to the least certain. `adjacent`: the
 * speaker is named right beside the quote (`"…," said X`, `X said: "…"`); `sentence`: the subject
 * of a reporting verb in the quote's sentence; `continuation`: a quote that carries on the
 * previous speaker; `pronoun`: "he said" resolved to the last person named; `nominal`: "the
 * minister said" resolved through a role; `none`: the article never says who.
 */
export const attributionRuleSchema = z.enum(ATTRIBUTION_RULES);
export type { AttributionRule };
export { WEAK_ATTRIBUTION_RULES };

/**
 * Which rule of the extractor produced a result, for tracing and for scoring rules one by one
 * (`npm run eval -- --by-rule`). Ingestion writes them; the app ignores them. Each list is in the
 * order the extractor tries its rules.
 */
export const QUOTE_RULES = [
  'quote.double-pair',
  'quote.run-on',
  'quote.unclosed',
  'quote.single-pair',
] as const;
export type QuoteRule = (typeof QUOTE_RULES)[number];
export const SPEAKER_RULES = [
  'speaker.according-to',
  'speaker.said-after',
  'speaker.subject-after',
  'speaker.said-before',
  'speaker.split-quote',
  'speaker.relayed',
  'speaker.subject-before',
  'speaker.described-as',
  'speaker.sentence-verb',
  'speaker.reported-that',
  'speaker.document-author',
  'speaker.sentence-subject',
  'speaker.paragraph-intro',
  'speaker.named-after',
  'speaker.previous-quote',
  'speaker.previous-verb',
  'speaker.paragraph-subject',
  'speaker.none',
] as const;
export type SpeakerRule = (typeof SPEAKER_RULES)[number];
export const ORG_RULES = [
  'org.gazetteer',
  'org.known-sub-body',
  'org.known-chapter',
  'org.known-region',
  'org.known-branch',
  'org.foreign-namesake',
  'org.prefix-head',
  'org.foreign-head',
  'org.place-outlet',
  'org.head-noun',
  'org.camel-case',
  'org.legal-suffix',
  'org.hyphen-acronym',
  'org.acronym-definition',
  'org.also-called',
  'org.office',
  'org.cue-word',
  'org.match-side',
  'org.cue-acronym',
  'org.media-verb',
  'org.appositive',
  'org.based',
  'org.cue-list',
  'org.possessive-role',
  'org.source-cue',
  'org.reporting-object',
  'org.lowercase-head',
  'org.list',
  'org.plural-head',
  'org.open-gazetteer',
] as const;
export type OrgRule = (typeof ORG_RULES)[number];

export const quoteSchema = z.object({
  /** `quote-N`, N from 1 in reading order; the fragment of a deep link to the quote. */
  anchor: z.string().check(z.regex(/^quote-[1-9]\d*$/)),
  /** The quoted words without their marks, whitespace collapsed. */
  text: nonEmpty,
  speaker: z.nullable(nonEmpty),
  speakerSlug: z.nullable(slugSchema),
  role: z.nullable(nonEmpty),
  rule: attributionRuleSchema,
  /** The rule that found the quotation marks (absent in documents built before rules were recorded). */
  quoteRule: z.optional(z.enum(QUOTE_RULES)),
  /** The attribution sieve that decided the speaker; `speaker.none` when no sieve named one. */
  speakerRule: z.optional(z.enum(SPEAKER_RULES)),
  /** Where the quoted words stand, one span per paragraph they cover (marks excluded). */
  spans: z.array(spanSchema).check(z.minLength(1)),
});
export type Quote = z.infer<typeof quoteSchema>;

export const mentionSchema = z.extend(spanSchema, { text: nonEmpty });
export type Mention = z.infer<typeof mentionSchema>;

export const organisationSchema = z.object({
  slug: slugSchema,
  /** Canonical name, the same in every article (`NATO`). */
  name: nonEmpty,
  /** Other names this article uses plus well-known equivalents, canonical name excluded. */
  aliases: z.array(nonEmpty),
  /** Slug of the parent organisation where known (`nato-mission-iraq` → `nato`). */
  parent: z.nullable(slugSchema),
  mentions: z.array(mentionSchema),
  /** The most certain recognition rule among those that found its mentions. */
  rule: z.optional(z.enum(ORG_RULES)),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const entitySchema = z.object({
  slug: slugSchema,
  name: nonEmpty,
  mentions: z.array(mentionSchema),
});
export type Person = z.infer<typeof entitySchema>;
export type Place = z.infer<typeof entitySchema>;
export const personSchema = entitySchema;
export const placeSchema = entitySchema;

export const textDirectionSchema = z.enum(['ltr', 'rtl']);

/** One article, as `articles/<id>.json`. */
export const articleSchema = z.object({
  id: articleIdSchema,
  /** Base name of the seed file it came from. */
  file: nonEmpty,
  date: isoDate,
  source: nonEmpty,
  sourceSlug: slugSchema,
  headline: nonEmpty,
  excerpt: z.string(),
  paragraphs: z.array(nonEmpty).check(z.minLength(1)),
  wordCount: count,
  readingMinutes: z.int().check(z.gt(0)),
  dir: textDirectionSchema,
  quotes: z.array(quoteSchema),
  organisations: z.array(organisationSchema),
  people: z.array(entitySchema),
  places: z.array(entitySchema),
});
export type Article = z.infer<typeof articleSchema>;

/** What the list needs of an article, without its body. */
export const articleSummarySchema = z.extend(
  z.pick(articleSchema, {
    id: true,
    date: true,
    source: true,
    sourceSlug: true,
    headline: true,
    excerpt: true,
    wordCount: true,
    readingMinutes: true,
    dir: true,
  }),
  {
    quoteCount: count,
    /**
     * Slugs of the organisations the article mentions (parents are not added here), most relevant
     * first: named in the headline, then the most mentioned, then the first mentioned.
     */
    organisations: z.array(slugSchema),
    /** Slugs of the people quoted in the article. */
    speakers: z.array(slugSchema),
  },
);
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** One organisation across the corpus, for facets and the organisation page. */
export const organisationEntrySchema = z.object({
  slug: slugSchema,
  name: nonEmpty,
  aliases: z.array(nonEmpty),
  parent: z.nullable(slugSchema),
  articleCount: count,
});
export type OrganisationEntry = z.infer<typeof organisationEntrySchema>;

export const facetEntrySchema = z.object({
  slug: slugSchema,
  name: nonEmpty,
  count: count,
});
export type FacetEntry = z.infer<typeof facetEntrySchema>;

/**
 * Per kind, the slugs names had before 2026-12-07 that are now others, old → new: letters NFKD does
 * not decompose (ł, ø, æ …) were dropped (`ukasz-szumowski`) and are now spelt (`lukasz-szumowski`;
 * `legacySlug`, decision 001). Only old slugs that name nothing in this corpus now.
 */
export const renamedSlugsSchema = z.object({
  organisations: z.record(slugSchema, slugSchema),
  speakers: z.record(slugSchema, slugSchema),
  sources: z.record(slugSchema, slugSchema),
});
export type RenamedSlugs = z.infer<typeof renamedSlugsSchema>;

/** `index.json`: everything the list, filters and facets need, newest article first. */
export const corpusIndexSchema = z.object({
  version: z.literal(DATA_VERSION),
  /** Changes whenever any content changes; used to key caches of the other documents. */
  buildId: nonEmpty,
  articles: z.array(articleSummarySchema),
  organisations: z.array(organisationEntrySchema),
  sources: z.array(facetEntrySchema),
  speakers: z.array(facetEntrySchema),
  /** Added 2026-12-07 (absent from earlier builds' index). */
  renamedSlugs: z.optional(renamedSlugsSchema),
});
export type CorpusIndex = z.infer<typeof corpusIndexSchema>;
/** The index without its article list: what a build validates when only some summaries are new. */
export const corpusIndexFacetsSchema = z.omit(corpusIndexSchema, { articles: true });

/** One row of `quotes.json`: every quote in the corpus, newest article first. */
export const quoteEntrySchema = z.extend(
  z.pick(quoteSchema, { anchor: true, text: true, speaker: true, speakerSlug: true, role: true, rule: true }),
  {
    articleId: articleIdSchema,
    date: isoDate,
    headline: nonEmpty,
    sourceSlug: slugSchema,
    organisations: z.array(slugSchema),
  },
);
export type QuoteEntry = z.infer<typeof quoteEntrySchema>;
export const quoteListSchema = z.array(quoteEntrySchema);

/**
 * `search/<key>.json`: an inverted index shard. Terms are folded words (lowercase, accents
 * removed); values are article numbers counted from the oldest: the article at position `i` of
 * `index.json`'s `articles` (newest first) has number `articles.length - 1 - i`. Counting from the
 * oldest keeps every number in place when newer articles arrive, so adding today's article
 * rewrites only the shards of its own words. A term lives in the shard named by
 * `searchShardKey(term)`, so a query fetches only the shards of its own words.
 */
export const searchShardSchema = z.record(z.string(), z.array(count));
export type SearchShard = z.infer<typeof searchShardSchema>;

export { foldForSearch, searchShardKey, searchTerms };
