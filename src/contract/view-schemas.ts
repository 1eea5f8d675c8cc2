/**
 * Runtime schemas of the per-view documents (`views.ts`). The build validates every document
 * against these before writing it; the app does not load them (it checks envelopes only), so they
 * live apart from `views.ts` and cost the app nothing.
 */
import * as z from 'zod/mini';
import { isImpactString } from './search-ranking.ts';
import {
  articleSummarySchema,
  facetEntrySchema,
  organisationEntrySchema,
  quoteEntrySchema,
  slugSchema,
  type Schema,
} from './schema.ts';
import {
  CARRIED_PAGE_SIZE,
  VIEW_DATA_VERSION,
  type ArticleChunkDocument,
  type ColumnsDocument,
  type QuoteGroupsDocument,
  type QuoteOffsetsDocument,
  type RelatedChunkDocument,
  type QuoteFragmentsDocument,
  type RenamedSlugsDocument,
  type SourceColumnDocument,
  type CurrentDocument,
  type MetaDocument,
  type OrganisationDirectoryDocument,
  type OrganisationDocument,
  type QuoteChunkDocument,
  type QuoteRow,
  type SearchChunkDocument,
  type SearchDirectory,
  type SearchPrefixDocument,
  type SearchPairsDocument,
  type SpeakerDirectoryDocument,
  type SpeakerDocument,
} from './views.ts';

const count = z.int().check(z.gte(0));
const nonEmpty = z.string().check(z.minLength(1));

const snippetSchema = z.strictObject({
  text: z.string(),
  ranges: z.array(z.strictObject({ start: count, end: count })),
  cutBefore: z.boolean(),
  cutAfter: z.boolean(),
  paragraph: count,
});
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

/** A delta-encoded list of distinct sorted numbers: every gap after the first value is positive. */
const distinctDeltas = z
  .array(count)
  .check(z.refine((deltas) => deltas.every((d, i) => i === 0 || d > 0), 'expected increasing numbers'));
/** A delta-encoded list of offsets: never decreasing, starting at 0. */
const offsetDeltas = z
  .array(count)
  .check(z.refine((deltas) => deltas.length > 0 && deltas[0] === 0, 'expected offsets starting at 0'));

/** A versioned document's envelope: its build is named by its folder, not inside it. */
function envelope<K extends string>(kind: K) {
  return { version: z.literal(VIEW_DATA_VERSION), kind: z.literal(kind) };
}

/** `meta.json`'s and `current.json`'s envelope: they name their build. */
function buildEnvelope<K extends string>(kind: K) {
  return { ...envelope(kind), buildId: nonEmpty };
}

export const quoteRowSchema: Schema<QuoteRow> = z.omit(quoteEntrySchema, { organisations: true });

const searchDirectorySchema: Schema<SearchDirectory> = z.strictObject({
  chunkStarts: z.array(z.string()),
  prefixes: z.array(z.string().check(z.minLength(2))),
  pairShards: z.optional(z.int().check(z.gte(1))),
});

export const metaDocumentSchema: Schema<MetaDocument> = z.strictObject({
  ...buildEnvelope('meta'),
  articleCount: count,
  quoteCount: count,
  organisationCount: count,
  speakerCount: count,
  days: z.array(isoDate),
  dayCounts: z.array(count),
  dayQuoteCounts: z.array(count),
  sources: z.array(facetEntrySchema),
  top: z.strictObject({
    articleOrganisations: z.array(facetEntrySchema),
    quoteOrganisations: z.array(facetEntrySchema),
    quoteSources: z.array(facetEntrySchema),
    quoteSpeakers: z.array(facetEntrySchema),
  }),
  search: z.strictObject({ articles: searchDirectorySchema, quotes: searchDirectorySchema }),
});

export const searchChunkDocumentSchema: Schema<SearchChunkDocument> = z
  .strictObject({
    ...envelope('search-chunk'),
    terms: z.array(nonEmpty),
    postings: z.array(distinctDeltas),
    impacts: z.optional(z.array(z.string())),
  })
  .check(
    z.refine(
      (chunk) =>
        chunk.impacts === undefined ||
        (chunk.impacts.length === chunk.postings.length &&
          chunk.impacts.every((text, i) => isImpactString(text, chunk.postings[i]!.length))),
      'expected one impact character (1…63) per posting',
    ),
  );

export const searchPrefixDocumentSchema: Schema<SearchPrefixDocument> = z
  .strictObject({
    ...envelope('search-prefix'),
    prefix: z.string().check(z.minLength(2)),
    postings: distinctDeltas,
    impacts: z.optional(z.string()),
    firstPage: z.optional(
      z.strictObject({
        numbers: z.array(count).check(z.maxLength(CARRIED_PAGE_SIZE)),
        summaries: z.array(articleSummarySchema),
        organisationNames: z.record(slugSchema, nonEmpty),
        snippets: z.optional(z.array(z.nullable(snippetSchema))),
      }),
    ),
  })
  .check(
    z.refine(
      (doc) => doc.impacts === undefined || isImpactString(doc.impacts, doc.postings.length),
      'expected one impact character (1…63) per posting',
    ),
    z.refine(
      (doc) => doc.firstPage === undefined || doc.firstPage.numbers.length === doc.firstPage.summaries.length,
      'expected one summary per number of the first page',
    ),
    z.refine(
      (doc) =>
        doc.firstPage?.snippets === undefined ||
        doc.firstPage.snippets.length === doc.firstPage.numbers.length,
      'expected one snippet (or null) per number of the first page',
    ),
  );

export const searchPairsDocumentSchema: Schema<SearchPairsDocument> = z
  .strictObject({
    ...envelope('search-pairs'),
    pairs: z.array(z.string().check(z.regex(/^\S+ \S+$/))),
    postings: z.array(distinctDeltas),
  })
  .check(z.refine((doc) => doc.pairs.length === doc.postings.length, 'expected one posting list per pair'));

export const articleChunkDocumentSchema: Schema<ArticleChunkDocument> = z.strictObject({
  ...envelope('article-chunk'),
  first: count,
  summaries: z.array(articleSummarySchema),
  organisationNames: z.record(slugSchema, nonEmpty),
});

export const quoteChunkDocumentSchema: Schema<QuoteChunkDocument> = z.strictObject({
  ...envelope('quote-chunk'),
  first: count,
  quotes: z.array(quoteRowSchema),
});

export const organisationDirectoryDocumentSchema: Schema<OrganisationDirectoryDocument> = z.strictObject({
  ...envelope('organisation-directory'),
  organisations: z.array(z.omit(organisationEntrySchema, { articleCount: true })),
});

const namedSlugSchema = z.strictObject({ slug: slugSchema, name: nonEmpty });

export const speakerDirectoryDocumentSchema: Schema<SpeakerDirectoryDocument> = z.strictObject({
  ...envelope('speaker-directory'),
  speakers: z.array(namedSlugSchema),
});

export const columnsDocumentSchema: Schema<ColumnsDocument> = z
  .strictObject({
    ...envelope('columns'),
    organisationOffsets: offsetDeltas,
    articleOrganisations: z.array(count),
    quoteSpeaker: z.array(count),
  })
  .check(
    z.refine(
      (doc) => doc.organisationOffsets.reduce((a, b) => a + b, 0) === doc.articleOrganisations.length,
      'expected offsets covering every organisation id',
    ),
  );

export const sourceColumnDocumentSchema: Schema<SourceColumnDocument> = z.strictObject({
  ...envelope('source-column'),
  articleSource: z.array(count),
});

export const quoteOffsetsDocumentSchema: Schema<QuoteOffsetsDocument> = z.strictObject({
  ...envelope('quote-offsets'),
  quoteOffsets: offsetDeltas,
});

export const quoteFragmentsDocumentSchema: Schema<QuoteFragmentsDocument> = z.strictObject({
  ...envelope('quote-fragments'),
  fragments: distinctDeltas,
});

const timelineRowSchema = z.strictObject({
  period: z.string().check(z.regex(/^\d{4}(-\d{2})?$/)),
  articles: count,
  quotes: count,
});

export const organisationDocumentSchema: Schema<OrganisationDocument> = z.strictObject({
  ...envelope('organisation'),
  organisation: organisationEntrySchema,
  parentName: z.nullable(nonEmpty),
  children: z.array(namedSlugSchema),
  descendants: z.optional(z.array(slugSchema).check(z.minLength(1))),
  articles: distinctDeltas,
  quoteCount: count,
  granularity: z.enum(['month', 'year']),
  timeline: z.array(timelineRowSchema),
  latestArticles: z.array(articleSummarySchema),
  latestQuotes: z.array(quoteRowSchema),
});

export const speakerDocumentSchema: Schema<SpeakerDocument> = z.strictObject({
  ...envelope('speaker'),
  speaker: namedSlugSchema,
  speakerKind: z.enum(['person', 'organisation']),
  quotes: distinctDeltas,
  roles: z.array(z.strictObject({ role: nonEmpty, count, first: isoDate, last: isoDate })),
  organisations: z.array(facetEntrySchema),
  latestQuotes: z.array(quoteRowSchema),
});

export const relatedChunkDocumentSchema: Schema<RelatedChunkDocument> = z.strictObject({
  ...envelope('related-chunk'),
  first: count,
  related: z.array(
    z.array(
      z.strictObject({
        id: nonEmpty,
        headline: z.string(),
        date: isoDate,
        sourceSlug: slugSchema,
        organisations: z.array(nonEmpty),
        speakers: z.array(nonEmpty),
      }),
    ),
  ),
});

export const quoteGroupsDocumentSchema: Schema<QuoteGroupsDocument> = z.strictObject({
  ...envelope('quote-groups'),
  groups: z.array(distinctDeltas.check(z.minLength(2))),
});

const renamedSchema = z.record(slugSchema, slugSchema);

export const renamedSlugsDocumentSchema: Schema<RenamedSlugsDocument> = z.strictObject({
  ...envelope('renamed-slugs'),
  organisations: renamedSchema,
  speakers: renamedSchema,
  sources: renamedSchema,
});

export const currentDocumentSchema: Schema<CurrentDocument> = z.strictObject(buildEnvelope('current'));
