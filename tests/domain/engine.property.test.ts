/**
 * The engine against layout 2's own functions: random corpora and random filters and pages, and
 * every total, page, order and facet row must be what `analyseArticles` / `analyseQuotes` +
 * `paginate` + `facetRows` give over `index.json` and `quotes.json`; with a query (and no
 * `sort=newest`) the order is `byRelevance` of that list, by BM25 impacts computed from the
 * corpus's text (`referenceImpacts`); with `sort=oldest` (with or without a query) the order is
 * that list's oldest first (`reference/oldest.ts`).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { ArticleQuery } from './reference/article-filters.ts';
import { analyseArticles, facetRows, prepareArticleQuery } from './reference/article-filters.ts';
import { corpusLookups } from './reference/corpus-lookups.ts';
import { QueryEngine } from '../../src/lib/engine/query-engine.ts';
import { paginate } from '../../src/lib/pagination.ts';
import { analyseQuotes } from './reference/quote-filters.ts';
import { parseQuery } from '../../src/lib/text-match.ts';
import type { Filters } from '../../src/lib/urls.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import type { QuoteEntry } from '../../src/contract/schema.ts';
import type { Corpus, CorpusSpec } from './engine-fixture.ts';
import {
  buildLayout,
  corpusFromSpec,
  MemoryLoader,
  quoteRowOf,
  referenceImpacts,
  referenceShards,
} from './engine-fixture.ts';
import { byRelevance } from './reference/relevance.ts';
import { holdsPhrases, phraseItemsFirst } from './reference/phrases.ts';
import { articlesOldestFirst, quotesOldestFirst } from './reference/oldest.ts';

const DAYS = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-05', '2024-01-08'];
// Few letters, so words share prefixes and prefix documents occur; é folds to e.
const word = fc
  .array(fc.constantFrom('a', 'b', 'c', 'é', 'd'), { minLength: 2, maxLength: 4 })
  .map((letters) => letters.join(''));
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));

const specArbitrary: fc.Arbitrary<CorpusSpec> = fc
  .record({
    orgCount: fc.integer({ min: 1, max: 6 }),
    sourceCount: fc.integer({ min: 1, max: 4 }),
    speakerCount: fc.integer({ min: 0, max: 4 }),
    names: fc.array(word, { minLength: 14, maxLength: 14 }),
    parents: fc.array(fc.integer({ min: -2, max: 5 }), { minLength: 6, maxLength: 6 }),
    articleCount: fc.integer({ min: 0, max: 45 }),
  })
  .chain(({ orgCount, sourceCount, speakerCount, names, parents, articleCount }) => {
    // Names end with the id so none are equal (ties among equal names are not reproduced).
    const organisations = Array.from({ length: orgCount }, (_, i) => ({
      slug: `o${i}`,
      name: `${names[i]!} ${i}`,
      // -2: a parent the directory does not list; -1: none; cycles are allowed.
      parent:
        parents[i]! === -2
          ? 'ghost'
          : parents[i]! === -1 || parents[i]! >= orgCount
            ? null
            : `o${parents[i]!}`,
    }));
    const sources = Array.from({ length: sourceCount }, (_, i) => ({
      slug: `s${i}`,
      name: `${names[6 + i]!} ${i}`,
    }));
    const speakers = Array.from({ length: speakerCount }, (_, i) => ({
      slug: `p${i}`,
      name: `${names[10 + i]!} Speaker${i}`,
    }));
    const article = fc.record({
      date: fc.constantFrom(...DAYS),
      source: fc.integer({ min: 0, max: sourceCount - 1 }).map((i) => `s${i}`),
      organisations: fc.uniqueArray(fc.integer({ min: 0, max: orgCount - 1 }), { maxLength: 3 }),
      headline: words(3),
      body: fc.oneof(fc.constant(''), words(5)),
      quotes: fc.array(
        fc.record({
          text: words(3),
          speaker:
            speakerCount === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: speakerCount - 1 })),
          role: fc.option(word),
        }),
        { maxLength: 5 },
      ),
    });
    return fc.array(article, { minLength: articleCount, maxLength: articleCount }).map((articles) => ({
      organisations,
      sources,
      speakers,
      articles: articles.map((a, i) => ({
        id: `a${String(i).padStart(2, '0')}`,
        date: a.date,
        source: a.source,
        organisations: a.organisations.map((o) => `o${o}`),
        headline: a.headline,
        body: a.body,
        quotes: a.quotes.map((q) => ({
          text: q.text,
          speaker: q.speaker === null ? null : `p${q.speaker}`,
          role: q.role,
        })),
      })),
    }));
  });

const dateArbitrary = fc.option(fc.constantFrom('2023-12-31', ...DAYS, '2024-01-04', '2024-01-09'));
const filtersArbitrary: fc.Arbitrary<Filters & { page: number; phraseFrom: number | null }> = fc
  .record({
    from: dateArbitrary,
    to: dateArbitrary,
    orgs: fc.array(fc.constantFrom('o0', 'o1', 'o2', 'o3', 'o5', 'ghost', 'Not A Slug', 'o9'), {
      maxLength: 3,
    }),
    source: fc.option(fc.constantFrom('s0', 's1', 's3', 'nowhere')),
    speaker: fc.option(fc.constantFrom('p0', 'p1', 'p3', 'nobody')),
    q: fc.oneof(
      fc.constant(''),
      words(2),
      fc.constantFrom('a', 'AB', 'é', 'b c', 'zz', 'Speaker1', 'speaker'),
      // Quoted phrases (with a word beside, or two phrases): they order and count, never filter.
      fc
        .tuple(fc.array(word, { minLength: 2, maxLength: 3 }), fc.option(word), fc.boolean())
        .map(([phrase, other, curly]) =>
          [curly ? `“${phrase.join(' ')}”` : `"${phrase.join(' ')}"`, other ?? ''].join(' '),
        ),
      fc.tuple(word, word, word).map(([a, b, c]) => `"${a} ${b}" "${b} ${c}"`),
    ),
    page: fc.integer({ min: 1, max: 9 }),
    // Quote a phrase that occurs: two words in a row from the corpus's n-th headline, body or quote.
    phraseFrom: fc.option(fc.nat()),
    sort: fc.constantFrom(undefined, 'relevance' as const, 'newest' as const, 'oldest' as const),
  })
  .map(({ sort, ...f }) => ({ ...f, ...(sort && { sort }) }))
  .map((f) => (f.from !== null && f.to !== null && f.to < f.from ? { ...f, to: null } : f));

/**
 * Requests with one kind of filter of the above (or none) and the rest left out. Drawn alone, the
 * filters above combine into an empty page for nearly every request (in a trial, 47 article
 * pages of 722 had items), so what a non-empty page holds (its items, their order, the names,
 * the marked chips) was seldom compared; these keep about half the requests' pages filled.
 */
const oneFilterArbitrary = fc
  .tuple(filtersArbitrary, fc.constantFrom('none', 'dates', 'orgs', 'source', 'speaker', 'q', 'phrase'))
  .map(([f, kind]) => ({
    ...EMPTY_FILTERS,
    page: f.page,
    phraseFrom: kind === 'phrase' ? f.phraseFrom : null,
    ...(kind === 'dates' && { from: f.from, to: f.to }),
    ...(kind === 'orgs' && { orgs: f.orgs.slice(0, 2) }),
    ...(kind === 'source' && { source: f.source }),
    ...(kind === 'speaker' && { speaker: f.speaker }),
    ...(kind === 'q' && { q: f.q }),
    // Any order on any kind: `oldest` orders a list without a query too.
    ...(f.sort && { sort: f.sort }),
  }));

/** What `parseListSearch` would have kept: known slugs only, each organisation once. */
function known(corpus: Corpus, filters: Filters): Filters {
  const { known: slugs } = corpusLookups(corpus.index);
  return {
    ...filters,
    orgs: [...new Set(filters.orgs)].filter((slug) => slugs.organisations.has(slug)),
    source: filters.source !== null && slugs.sources.has(filters.source) ? filters.source : null,
    speaker: filters.speaker !== null && slugs.speakers.has(filters.speaker) ? filters.speaker : null,
  };
}

function unknownOf(filters: Filters, kept: Filters) {
  return {
    organisations: [...new Set(filters.orgs)].filter((slug) => !kept.orgs.includes(slug)),
    source: filters.source !== kept.source ? filters.source : null,
    speaker: filters.speaker !== kept.speaker ? filters.speaker : null,
  };
}

/**
 * The article list's `speaker` filter, which layout 2 did not have: the reference analysis run
 * over only the articles quoting the speaker (their positions kept for the body search).
 */
function analyseArticlesBySpeaker(corpus: Corpus, filters: Filters, query: ArticleQuery | null) {
  const { index, quotes } = corpus;
  if (filters.speaker === null) return analyseArticles(index, filters, query);
  const quoting = new Set(quotes.filter((q) => q.speakerSlug === filters.speaker).map((q) => q.articleId));
  const position = new Map(index.articles.map((article, i) => [article, i]));
  const kept = { ...index, articles: index.articles.filter((article) => quoting.has(article.id)) };
  const shifted: ArticleQuery | null = query && {
    words: query.words,
    matches: (_, article) => query.matches(position.get(article)!, article),
  };
  return analyseArticles(kept, { ...filters, speaker: null }, shifted);
}

/** Per speaker, the articles (of those the filters without `speaker` give) quoting them. */
function articleSpeakerCounts(corpus: Corpus, filters: Filters, query: ArticleQuery | null) {
  const { results } = analyseArticles(corpus.index, { ...filters, speaker: null }, query);
  const ids = new Set(results.map((article) => article.id));
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const quote of corpus.quotes) {
    if (quote.speakerSlug === null || !ids.has(quote.articleId)) continue;
    const key = `${quote.articleId} ${quote.speakerSlug}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(quote.speakerSlug, (counts.get(quote.speakerSlug) ?? 0) + 1);
  }
  return counts;
}

test('the engine gives the layout-2 results, pages and facets for any corpus and filters', async () => {
  await fc.assert(
    fc.asyncProperty(
      specArbitrary,
      fc.array(fc.oneof(filtersArbitrary, oneFilterArbitrary), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 2, max: 4 }),
      fc.boolean(),
      async (spec, requests, chunkTerms, dayQuoteCounts) => {
        const corpus = corpusFromSpec(spec);
        const layout = buildLayout(corpus, { chunkTerms, dayQuoteCounts });
        const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
        const { index, quotes } = corpus;
        const lookups = corpusLookups(index);
        const shards = referenceShards(corpus);
        const impacts = referenceImpacts(corpus);
        const numbered = [...index.articles].reverse();
        const articleImpacts = new Map(numbered.map((a, n) => [a.id, impacts.articles[n]!]));
        const quoteKey = (q: { articleId: string; anchor: string }) => `${q.articleId}#${q.anchor}`;
        const quoteImpacts = new Map(
          numbered
            .flatMap((a) => quotes.filter((q) => q.articleId === a.id))
            .map((q, number) => [quoteKey(q), impacts.quotes[number]!]),
        );
        // Several requests on one engine, so warm caches are exercised too.
        // Every field a phrase can be drawn from: headlines, bodies, quote texts.
        const texts = [
          ...spec.articles.flatMap((a) => [a.headline, a.body]),
          ...spec.articles.flatMap((a) => a.quotes.map((q) => q.text)),
        ].filter((text) => text.split(' ').length >= 2);
        for (const { page, phraseFrom, ...asked } of requests) {
          const source = phraseFrom === null || texts.length === 0 ? null : texts[phraseFrom % texts.length]!;
          const filters: Filters = source
            ? { ...asked, q: `"${source.split(' ').slice(0, 2).join(' ')}" ${asked.q}` }
            : asked;
          const kept = known(corpus, filters);
          const { words, phrases } = parseQuery(kept.q);
          const oldest = filters.sort === 'oldest';
          const ranked = words.length > 0 && filters.sort !== 'newest' && !oldest;
          const phraseFields = (a: { id: string }) => corpus.phraseFields.get(a.id) ?? [];
          const quoteFields = (q: QuoteEntry) => [q.text, q.speaker ?? '', q.role ?? '', q.headline];
          const order = ranked ? 'relevance' : oldest ? 'oldest' : 'newest';

          const articleQuery = prepareArticleQuery(words, shards, index.articles.length);
          const articles = analyseArticlesBySpeaker(corpus, kept, articleQuery);
          const articleHolds = (a: { id: string }) => holdsPhrases(phraseFields(a), phrases);
          const articleOrder = ranked
            ? phraseItemsFirst(
                byRelevance(articles.results, words, (a) => articleImpacts.get(a.id)!),
                articleHolds,
              )
            : oldest
              ? articlesOldestFirst(articles.results)
              : articles.results;
          const expectedPage = paginate(articleOrder, page);
          const list = await engine.listArticles({ filters, page });
          expect(list).toEqual({
            total: articles.results.length,
            page: expectedPage.page,
            pageCount: expectedPage.pageCount,
            clamped: expectedPage.clamped,
            firstItemNumber: expectedPage.firstItemNumber,
            items: expectedPage.items,
            organisationNames: Object.fromEntries(
              [...expectedPage.items.flatMap((a) => a.organisations), ...kept.orgs].map((s) => [
                s,
                lookups.organisationName(s),
              ]),
            ),
            speakerNames: kept.speaker ? { [kept.speaker]: lookups.speakerName(kept.speaker) } : {},
            unknown: unknownOf(filters, kept),
            order,
            ...includedIn(index.organisations, kept.orgs, expectedPage.items),
            // The loader has no article documents, so no snippets.
            ...(words.length > 0 && { snippets: expectedPage.items.map(() => null) }),
            ...(phrases.length > 0 && {
              phrase: {
                count: articles.results.filter(articleHolds).length,
                first: ranked,
                items: expectedPage.items.map(articleHolds),
              },
            }),
          });
          expect(await engine.countArticles(filters)).toBe(articles.results.length);
          expect(await engine.articleFacets(filters)).toEqual({
            organisations: facetRows(articles.organisationCounts, lookups.organisationName, kept.orgs),
            sources: facetRows(articles.sourceCounts, lookups.sourceName, kept.source ? [kept.source] : []),
            speakers: facetRows(
              articleSpeakerCounts(corpus, kept, articleQuery),
              lookups.speakerName,
              kept.speaker ? [kept.speaker] : [],
            ),
          });

          const quoteAnalysis = analyseQuotes(quotes, index, kept, words);
          const quoteHolds = (q: QuoteEntry) => holdsPhrases(quoteFields(q), phrases);
          const quoteOrder = ranked
            ? phraseItemsFirst(
                byRelevance(quoteAnalysis.results, words, (q) => quoteImpacts.get(quoteKey(q))!),
                quoteHolds,
              )
            : oldest
              ? quotesOldestFirst(quoteAnalysis.results)
              : quoteAnalysis.results;
          const expectedQuotes = paginate(quoteOrder, page);
          const quoteList = await engine.listQuotes({ filters, page });
          expect(quoteList).toEqual({
            total: quoteAnalysis.results.length,
            page: expectedQuotes.page,
            pageCount: expectedQuotes.pageCount,
            clamped: expectedQuotes.clamped,
            firstItemNumber: expectedQuotes.firstItemNumber,
            items: expectedQuotes.items.map(quoteRowOf),
            organisationNames: Object.fromEntries(kept.orgs.map((s) => [s, lookups.organisationName(s)])),
            speakerNames: kept.speaker ? { [kept.speaker]: lookups.speakerName(kept.speaker) } : {},
            unknown: unknownOf(filters, kept),
            order,
            ...(phrases.length > 0 && {
              phrase: {
                count: quoteAnalysis.results.filter(quoteHolds).length,
                first: ranked,
                items: expectedQuotes.items.map(quoteHolds),
              },
            }),
          });
          expect(await engine.countQuotes(filters)).toBe(quoteAnalysis.results.length);
          expect(await engine.quoteFacets(filters)).toEqual({
            organisations: facetRows(quoteAnalysis.organisationCounts, lookups.organisationName, kept.orgs),
            sources: facetRows(
              quoteAnalysis.sourceCounts,
              lookups.sourceName,
              kept.source ? [kept.source] : [],
            ),
            speakers: facetRows(
              quoteAnalysis.speakerCounts,
              lookups.speakerName,
              kept.speaker ? [kept.speaker] : [],
            ),
          });
        }
      },
    ),
    { numRuns: 300 },
  );
}, 60_000);

/**
 * The reference for `ListResult.includedIn`: each organisation of the page's items that a selected
 * organisation includes (its parent, or one further up) and which is not selected itself, with
 * its parent when that is selected, else the first selected organisation (in the link's order)
 * among its ancestors.
 */
function includedIn(
  organisations: readonly { slug: string; parent: string | null }[],
  selected: readonly string[],
  items: readonly { organisations: readonly string[] }[],
): { includedIn?: Record<string, string> } {
  const parents = new Map(organisations.map((o) => [o.slug, o.parent]));
  const ancestors = (slug: string): string[] => {
    const chain: string[] = [];
    let up = parents.get(slug) ?? null;
    // Up to a cycle, as the build's chain stops.
    while (up !== null && up !== slug && !chain.includes(up)) {
      chain.push(up);
      up = parents.get(up) ?? null;
    }
    return chain;
  };
  const found: Record<string, string> = {};
  for (const slug of items.flatMap((item) => item.organisations)) {
    if (selected.includes(slug)) continue;
    const chain = ancestors(slug);
    const by = selected.includes(chain[0] ?? '') ? chain[0] : selected.find((s) => chain.includes(s));
    if (by !== undefined) found[slug] = by;
  }
  return Object.keys(found).length > 0 ? { includedIn: found } : {};
}
