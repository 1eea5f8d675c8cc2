/**
 * The organisation and speaker pages' documents: per organisation its articles' numbers, timeline,
 * latest articles and quotes; per speaker its quotes' numbers, roles over time, organisations and
 * latest quotes. Each is offered to the carry sink by its input key before it is made.
 */
import { organisationDocumentSchema, speakerDocumentSchema } from '../../../contract/view-schemas.ts';
import {
  encodeDeltas,
  TOP_FACETS,
  VIEW_DATA_VERSION,
  viewPaths,
  type OrganisationDocument,
  type QuoteRow,
  type SpeakerDocument,
  type TimelineRow,
} from '../../../contract/views.ts';
import { DocumentKey } from './document-keys.ts';
import { compareTerms } from './search-index.ts';
import { expandedOrganisations, quoteRow, type ViewCorpus } from './view-corpus.ts';
import type { DocumentSink, Keying } from './view-sinks.ts';

/** How many articles and quotes an organisation's or speaker's page shows. */
const LATEST = 10;
/** Past this many months an organisation's timeline counts by year (as `organisationActivity`). */
const MAX_MONTH_ROWS = 24;

/**
 * The key of a page's latest quotes: each quote's article (by content key) and its place in it,
 * as a quote chunk's key, so those rows need not be parsed to tell the page is unchanged.
 */
function keyQuotes(
  key: DocumentKey,
  corpus: ViewCorpus,
  articleKeys: readonly string[],
  quotes: readonly number[],
): void {
  key.number(quotes.length);
  for (const q of quotes) {
    const a = corpus.quoteArticle[q]!;
    key.text(articleKeys[a]!).number(q - corpus.quoteStart[a]!);
  }
}

export function writeOrganisationDocuments(
  corpus: ViewCorpus,
  emit: DocumentSink,
  keying: Keying | null,
): void {
  const { articles, lookups, buildId } = corpus;
  // An article is an organisation's when it names it or any descendant: the same as naming one
  // of the organisations the article counts for (its own and their ancestors).
  const articlesOf = new Map<string, number[]>(corpus.organisations.map((o) => [o.slug, []]));
  articles.forEach((article, number) => {
    for (const slug of expandedOrganisations(article.organisations, lookups))
      articlesOf.get(slug)?.push(number);
  });
  corpus.organisations.forEach((organisation, i) => {
    const numbers = articlesOf.get(organisation.slug) ?? [];
    let quoteCount = 0;
    const months = new Set<string>();
    for (const a of numbers) {
      quoteCount += articles[a]!.quoteCount;
      months.add(articles[a]!.date.slice(0, 7));
    }
    const granularity = months.size > MAX_MONTH_ROWS ? 'year' : 'month';
    const rows = new Map<string, TimelineRow>();
    for (const a of numbers) {
      const { date, quoteCount: quotes } = articles[a]!;
      const period = granularity === 'year' ? date.slice(0, 4) : date.slice(0, 7);
      const row = rows.get(period) ?? { period, articles: 0, quotes: 0 };
      row.articles++;
      row.quotes += quotes;
      rows.set(period, row);
    }
    const latest: number[] = [];
    for (let j = numbers.length - 1; j >= 0 && latest.length < LATEST; j--) latest.push(numbers[j]!);
    const quotes = newestQuotes(corpus, numbers);
    const path = viewPaths.organisation(buildId, organisation.slug);
    const descendants = lookups.descendantsOf.get(organisation.slug) ?? [];
    const head: Pick<
      OrganisationDocument,
      'version' | 'kind' | 'organisation' | 'parentName' | 'children' | 'descendants'
    > = {
      version: VIEW_DATA_VERSION,
      kind: 'organisation',
      organisation,
      parentName: organisation.parent === null ? null : lookups.name(organisation.parent),
      children: (lookups.childrenOf.get(organisation.slug) ?? []).map((slug) => ({
        slug,
        name: lookups.name(slug),
      })),
      // Left out when there are none (nearly every organisation), as documents before it were.
      ...(descendants.length > 0 && { descendants: [...descendants] }),
    };
    const timeline = [...rows.values()].sort((a, b) => a.period.localeCompare(b.period));
    // Made from the directory's entries (its own, its parent's and children's names), its
    // articles' numbers, tallies and latest summaries (each summary follows from its article's
    // content key) and its latest quotes.
    if (keying) {
      const key = new DocumentKey('organisation')
        .text(JSON.stringify([head, quoteCount, granularity, timeline]))
        .numbers(numbers);
      for (const a of latest) key.text(keying.articleKeys[a]!);
      keyQuotes(key, corpus, keying.articleKeys, quotes);
      if (keying.carry(path, key.digest())) return;
    }
    emit(
      path,
      organisationDocumentSchema,
      {
        ...head,
        articles: encodeDeltas(numbers),
        quoteCount,
        granularity,
        timeline,
        latestArticles: latest.map((a) => articles[a]!),
        latestQuotes: latestQuotes(corpus, quotes),
      },
      i === 0 || i === corpus.organisations.length - 1,
    );
  });
}

export interface SpeakerTally {
  quotes: number[];
  roles: Map<string, { role: string; count: number; first: string; last: string }>;
  /** Organisations of the articles quoting them, once per article. */
  organisations: Map<string, number>;
  lastArticle: number;
}

function emptyTally(): SpeakerTally {
  return { quotes: [], roles: new Map(), organisations: new Map(), lastArticle: -1 };
}

export function tallySpeaker(
  speakers: Map<string, SpeakerTally>,
  slug: string,
  quoteRole: string | null,
  corpus: ViewCorpus,
  q: number,
): void {
  // A quote's date and organisations are its article's (`toCorpusEntry`).
  const article = corpus.quoteArticle[q]!;
  const { date, organisations } = corpus.articles[article]!;
  let tally = speakers.get(slug);
  if (!tally) {
    tally = emptyTally();
    speakers.set(slug, tally);
  }
  tally.quotes.push(q);
  if (quoteRole !== null) {
    const role = tally.roles.get(quoteRole);
    // Quotes come in number order, so dates never decrease.
    if (role) {
      role.count++;
      role.last = date;
    } else tally.roles.set(quoteRole, { role: quoteRole, count: 1, first: date, last: date });
  }
  // Counted per article, not per quote: ten quotes in one story are one story about that
  // organisation, and per quote one long interview would outweigh every other article.
  if (tally.lastArticle !== article) {
    tally.lastArticle = article;
    for (const org of organisations) tally.organisations.set(org, (tally.organisations.get(org) ?? 0) + 1);
  }
}

export function writeSpeakerDocuments(
  corpus: ViewCorpus,
  speakers: Map<string, SpeakerTally>,
  emit: DocumentSink,
  keying: Keying | null,
): void {
  const { buildId, lookups } = corpus;
  const organisationNames = new Set<string>();
  for (const org of corpus.organisations) {
    organisationNames.add(org.slug);
    for (const name of [org.name, ...org.aliases]) organisationNames.add(name.toLowerCase());
  }
  corpus.speakers.forEach(({ slug, name }, i) => {
    const tally = speakers.get(slug) ?? emptyTally();
    // Most frequent first; then the most recently used; then by code point, so ties are stable.
    const roles = [...tally.roles.values()].sort(
      (a, b) => b.count - a.count || compareTerms(b.last, a.last) || compareTerms(a.role, b.role),
    );
    const organisations = [...tally.organisations]
      .map(([org, count]) => ({ slug: org, name: lookups.name(org), count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || compareTerms(a.slug, b.slug))
      .slice(0, TOP_FACETS);
    // The quotes view's order: newest article first, reading order within an article.
    const inViewOrder: number[] = [];
    for (let j = tally.quotes.length - 1; j >= 0 && inViewOrder.length < LATEST;) {
      const article = corpus.quoteArticle[tally.quotes[j]!]!;
      let from = j;
      while (from > 0 && corpus.quoteArticle[tally.quotes[from - 1]!] === article) from--;
      inViewOrder.push(...tally.quotes.slice(from, j + 1));
      j = from - 1;
    }
    const speakerKind =
      organisationNames.has(slug) || organisationNames.has(name.toLowerCase()) ? 'organisation' : 'person';
    const path = viewPaths.speaker(buildId, slug);
    // Made from its name and kind, its quotes' numbers, roles and organisations (tallied above)
    // and its latest quotes.
    if (keying) {
      const key = new DocumentKey('speaker')
        .text(JSON.stringify([slug, name, speakerKind, roles, organisations]))
        .numbers(tally.quotes);
      keyQuotes(key, corpus, keying.articleKeys, inViewOrder.slice(0, LATEST));
      if (keying.carry(path, key.digest())) return;
    }
    const document: SpeakerDocument = {
      version: VIEW_DATA_VERSION,
      kind: 'speaker',
      speaker: { slug, name },
      speakerKind,
      quotes: encodeDeltas(tally.quotes),
      roles,
      organisations,
      latestQuotes: latestQuotes(corpus, inViewOrder),
    };
    emit(path, speakerDocumentSchema, document, i === 0 || i === corpus.speakers.length - 1);
  });
}

/** The first `LATEST` of these quote numbers (already in view order), as rows. */
function latestQuotes(corpus: ViewCorpus, inViewOrder: readonly number[]): QuoteRow[] {
  return inViewOrder.slice(0, LATEST).map((q) => quoteRow(corpus.quote(q)));
}

/** The first `LATEST` quotes of these articles (sorted numbers) in view order. */
function newestQuotes(corpus: ViewCorpus, articleNumbers: readonly number[]): number[] {
  const out: number[] = [];
  for (let j = articleNumbers.length - 1; j >= 0 && out.length < LATEST; j--) {
    const a = articleNumbers[j]!;
    for (let q = corpus.quoteStart[a]!; q < corpus.quoteStart[a + 1]! && out.length < LATEST; q++)
      out.push(q);
  }
  return out;
}
