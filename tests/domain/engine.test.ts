import { expect, test } from 'vitest';
import type { Article } from '../../src/contract/schema.ts';
import type { MetaDocument } from '../../src/contract/views.ts';
import { viewPaths } from '../../src/contract/views.ts';
import { PromiseCache } from '../../src/lib/engine/promise-cache.ts';
import { QueryEngine } from '../../src/lib/engine/query-engine.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import type { Filters } from '../../src/lib/urls.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import { isSubstantive } from '../../src/contract/quote-substance.ts';
import type { CorpusSpec, LayoutOptions } from './engine-fixture.ts';
import { buildLayout, corpusFromSpec, MemoryLoader, seventyArticles } from './engine-fixture.ts';

function setUp(options: LayoutOptions = {}) {
  const layout = buildLayout(corpusFromSpec(seventyArticles()), options);
  const loader = new MemoryLoader(layout);
  return { layout, loader, engine: new QueryEngine(loader, layout.buildId) };
}

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

test('a word search loads meta, one search document, the page’s article chunks and its articles (for snippets), not the columns', async () => {
  const { engine, loader } = setUp();
  const list = await engine.listArticles({ filters: filters({ q: 'zeppelin' }), page: 1 });
  expect(list.items.map((a) => a.id)).toEqual(['a040']);
  const calls = loader.take();
  expect(calls[0]).toBe('meta.json');
  expect(calls[1]).toMatch(/^search\/articles\/(c\d+|p-[0-9a-f]+)\.json$/);
  expect(calls.slice(2)).toEqual(['articles/1.json', 'articles/a040.json']);
});

test('a page read ahead loads its chunks at low priority, gives the same page, and leaves nothing to load when it is shown', async () => {
  for (const view of ['articles', 'quotes'] as const) {
    const { engine, loader } = setUp();
    const request = { filters: filters({}), page: 2 };
    const list = (r: typeof request & { readAhead?: boolean }) =>
      view === 'articles' ? engine.listArticles(r) : engine.listQuotes(r);
    await engine.meta();
    loader.take();
    const ahead = await list({ ...request, readAhead: true });
    const chunks = loader.take().filter((path) => path.startsWith(`${view}/`));
    expect(chunks.length).toBeGreaterThan(0);
    expect(loader.backgroundCalls.map((path) => path.slice(path.indexOf(`${view}/`)))).toEqual(chunks);
    expect(await list(request)).toEqual(ahead);
    expect(loader.take().filter((path) => path.startsWith(`${view}/`))).toEqual([]);
    // A page asked for as shown loads at the default priority.
    loader.backgroundCalls.length = 0;
    await list({ ...request, page: 3 });
    expect(loader.backgroundCalls).toEqual([]);
  }
});

test('a page read for an export loads its chunks as bulk reads and gives the same page; a page shown does not', async () => {
  for (const view of ['articles', 'quotes'] as const)
    for (const q of ['', 'story']) {
      const { engine, loader } = setUp();
      const request = { filters: filters({ q }), page: 2, snippets: false };
      const list = (r: typeof request & { bulk?: boolean }) =>
        view === 'articles' ? engine.listArticles(r) : engine.listQuotes(r);
      const shown = await list(request);
      expect(loader.bulkCalls).toEqual([]);
      const fresh = setUp();
      const read = (r: typeof request & { bulk?: boolean }) =>
        view === 'articles' ? fresh.engine.listArticles(r) : fresh.engine.listQuotes(r);
      expect(await read({ ...request, bulk: true })).toEqual(shown);
      const calls = fresh.loader.take();
      const chunks = calls.filter((path) => path.startsWith(`${view}/`));
      // The chunks are the export's own reads; meta and the search documents serve the views too.
      expect(fresh.loader.bulkCalls.map((path) => path.slice(path.indexOf(`${view}/`)))).toEqual(chunks);
      expect(chunks.length).toBeGreaterThan(0);
      expect(calls).toContain('meta.json');
    }
});

test('a chunk an export read is read once more, plainly, by the first view that shows it, for the offline cache', async () => {
  for (const view of ['articles', 'quotes'] as const) {
    const { engine, loader } = setUp();
    const request = { filters: filters({}), page: 2, snippets: false };
    const list = (r: typeof request & { bulk?: boolean }) =>
      view === 'articles' ? engine.listArticles(r) : engine.listQuotes(r);
    const exported = await list({ ...request, bulk: true });
    const bulk = loader.take().filter((path) => path.startsWith(`${view}/`));
    expect(bulk.length).toBeGreaterThan(0);
    loader.backgroundCalls.length = 0;
    // The view shows the export's copy and asks each chunk once more, at low priority, not as bulk.
    expect(await list(request)).toEqual(exported);
    expect(loader.take().filter((path) => path.startsWith(`${view}/`))).toEqual(bulk);
    expect(loader.backgroundCalls.map((path) => path.slice(path.indexOf(`${view}/`)))).toEqual(bulk);
    // Once: the next view of the page, and the export's next read of it, load nothing.
    await list(request);
    await list({ ...request, bulk: true });
    expect(loader.take().filter((path) => path.startsWith(`${view}/`))).toEqual([]);
  }
});

test('a list asked without snippets loads no article document; the snippets, asked apart, are the same', async () => {
  const { engine, loader } = setUp();
  const request = { filters: filters({ q: 'zeppelin' }), page: 1 };
  const list = await engine.listArticles({ ...request, snippets: false });
  expect(list.items.map((a) => a.id)).toEqual(['a040']);
  expect(list.snippets).toBeUndefined();
  expect(loader.take().filter((path) => path === 'articles/a040.json')).toEqual([]);
  const snippets = await engine.articleSnippets(request);
  expect(loader.take()).toEqual(['articles/a040.json']);
  expect(snippets).toEqual((await engine.listArticles(request)).snippets);
  expect(snippets).toHaveLength(1);
  // Without a query there is nothing to show and nothing to load.
  expect(await engine.articleSnippets({ filters: EMPTY_FILTERS, page: 1 })).toEqual(
    Array.from({ length: PAGE_SIZE }, () => null),
  );
  expect(loader.take().filter((path) => /^articles\/[a-z]/.test(path))).toEqual([]);
});

/** Articles whose headline or body says a word a different number of times. */
function rankingSpec(): CorpusSpec {
  const article = (id: string, date: string, headline: string, body: string) => ({
    id,
    date,
    source: 'wire',
    organisations: [],
    headline,
    body,
    quotes: [{ text: body, speaker: null, role: null }],
  });
  return {
    organisations: [],
    sources: [{ slug: 'wire', name: 'Wire' }],
    speakers: [],
    articles: [
      article('newest', '2024-03-05', 'Weather report', 'Rain again; the harbour stays open.'),
      article('headline', '2024-03-01', 'Harbour closed by the storm', 'Boats wait outside.'),
      article('body-only', '2024-03-03', 'Town news', 'The harbour master spoke of the harbour fees.'),
      article('other', '2024-03-04', 'Football', 'The match was played in rain.'),
      article('both', '2024-02-01', 'Harbour strike', 'Harbour workers and the harbour board met.'),
    ],
  };
}

function rankingSetUp() {
  const corpus = corpusFromSpec(rankingSpec());
  const layout = buildLayout(corpus);
  const articles = new Map<string, Article>(
    rankingSpec().articles.map((a) => [
      a.id,
      { ...corpus.index.articles.find((s) => s.id === a.id)!, paragraphs: [a.body] } as unknown as Article,
    ]),
  );
  return new QueryEngine(new MemoryLoader(layout, articles), layout.buildId);
}

test('with a query, articles come by relevance (headline matches first), and sort=newest gives the same set newest first', async () => {
  const engine = rankingSetUp();
  const ranked = await engine.listArticles({ filters: filters({ q: 'harbour' }), page: 1 });
  expect(ranked.order).toBe('relevance');
  // Headline matches weigh more than body ones; the shorter headline article ranks higher.
  expect(
    ranked.items
      .map((a) => a.id)
      .slice(0, 2)
      .sort(),
  ).toEqual(['both', 'headline']);
  // Body matches tie (article bodies count a word as present or not): newest first among them.
  expect(ranked.items.map((a) => a.id).slice(2)).toEqual(['newest', 'body-only']);
  const newest = await engine.listArticles({ filters: filters({ q: 'harbour', sort: 'newest' }), page: 1 });
  expect(newest.order).toBe('newest');
  expect(newest.items.map((a) => a.id)).toEqual(['newest', 'body-only', 'headline', 'both']);
  expect(newest.total).toBe(ranked.total);
});

test('a quoted phrase keeps the results and counts; the exact phrase leads, counted, loading one pair document per pair', async () => {
  const corpus = corpusFromSpec(rankingSpec());
  const layout = buildLayout(corpus, { pairShards: 4 });
  const loader = new MemoryLoader(layout);
  const engine = new QueryEngine(loader, layout.buildId);
  const plain = await engine.listArticles({ filters: filters({ q: 'harbour board' }), page: 1 });
  // A query without quotes loads no pair document.
  expect(loader.take().some((call) => call.includes('pairs-'))).toBe(false);
  expect(plain.phrase).toBeUndefined();
  const quoted = await engine.listArticles({ filters: filters({ q: '"harbour master"' }), page: 1 });
  expect(loader.take().filter((call) => call.includes('pairs-'))).toEqual([
    expect.stringMatching(/^search\/articles\/pairs-[0-3]\.json$/),
  ]);
  // Every article with both words, as before; the one saying "harbour master" first.
  const words = await engine.listArticles({ filters: filters({ q: 'harbour master' }), page: 1 });
  expect(quoted.total).toBe(words.total);
  expect(quoted.items.map((a) => a.id)).toEqual(['body-only']);
  expect(quoted.phrase).toEqual({ count: 1, first: true, items: [true] });
  // "the harbour": three of the four articles with both words say it; the fourth comes last.
  const ranked = await engine.listArticles({ filters: filters({ q: '"the harbour"' }), page: 1 });
  const newest = await engine.listArticles({
    filters: filters({ q: '"the harbour"', sort: 'newest' }),
    page: 1,
  });
  expect(ranked.items.map((a) => a.id).sort()).toEqual(newest.items.map((a) => a.id).sort());
  expect(ranked.items.map((a) => a.id).at(-1)).toBe('headline');
  expect(ranked.phrase).toEqual({ count: 3, first: true, items: [true, true, true, false] });
  // Newest first keeps its order; the count is still given.
  expect(newest.items.map((a) => a.id)).toEqual(['newest', 'body-only', 'headline', 'both']);
  expect(newest.phrase).toEqual({ count: 3, first: false, items: [true, true, false, true] });
  const quotes = await engine.listQuotes({ filters: filters({ q: '"harbour fees"' }), page: 1 });
  expect(quotes.phrase).toEqual({ count: 1, first: true, items: [true] });
});

test('a build without a pair index still answers a quoted phrase, with no phrase count', async () => {
  const layout = buildLayout(corpusFromSpec(rankingSpec()), { pairShards: 0 });
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  const list = await engine.listArticles({ filters: filters({ q: '"harbour master"' }), page: 1 });
  expect(list.total).toBe(1);
  expect(list.phrase).toBeUndefined();
});

test('without a query the list stays newest first, whatever sort says', async () => {
  const engine = rankingSetUp();
  const list = await engine.listArticles({ filters: filters({ sort: 'relevance' }), page: 1 });
  expect(list.order).toBe('newest');
  expect(list.items.map((a) => a.id)).toEqual(['newest', 'other', 'body-only', 'headline', 'both']);
  expect(list.snippets).toBeUndefined();
});

test('each ranked article has a snippet of its text with the matches as offsets', async () => {
  const engine = rankingSetUp();
  const list = await engine.listArticles({ filters: filters({ q: 'harb' }), page: 1 });
  const byId = new Map(list.items.map((item, i) => [item.id, list.snippets![i]]));
  const snippet = byId.get('body-only')!;
  expect(snippet.text).toBe('The harbour master spoke of the harbour fees.');
  expect(snippet.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['harb', 'harb']);
  expect(byId.get('headline')).toBeNull(); // its body never says it: the headline shows the match
});

test('quotes with a query come by relevance; ties keep the newest-first order', async () => {
  const engine = rankingSetUp();
  const ranked = await engine.listQuotes({ filters: filters({ q: 'harbour' }), page: 1 });
  expect(ranked.order).toBe('relevance');
  // The quote saying it three times (and in its headline) first.
  expect(ranked.items[0]!.articleId).toBe('both');
  const newest = await engine.listQuotes({ filters: filters({ q: 'harbour', sort: 'newest' }), page: 1 });
  expect(newest.items.map((q) => q.articleId)).toEqual(['newest', 'body-only', 'headline', 'both']);
  expect(new Set(ranked.items.map((q) => q.articleId))).toEqual(
    new Set(newest.items.map((q) => q.articleId)),
  );
});

test('an organisation filter loads the organisation’s document, and a source filter only the source column', async () => {
  const { engine, loader } = setUp();
  const byOrg = await engine.listArticles({ filters: filters({ orgs: ['nato'] }), page: 1 });
  // nato-mission-iraq counts for NATO: every fourth article, and every fifth that names NATO itself.
  expect(byOrg.total).toBe(
    Array.from({ length: 70 }, (_, i) => i % 4 === 0 || i % 5 === 0).filter(Boolean).length,
  );
  expect(loader.take()).toEqual([
    'meta.json',
    'organisations/nato.json',
    'articles/2.json',
    'articles/1.json',
    'articles/0.json',
  ]);
  await engine.listArticles({ filters: filters({ source: 'wikinews' }), page: 1 });
  const bySource = loader.take();
  expect(bySource).toContain('article-sources.json');
  expect(bySource).not.toContain('columns.json');
});

test('a list filtered by an organisation says which of its items’ organisations that one includes, with no document more', async () => {
  const { engine, loader } = setUp();
  const byNato = await engine.listArticles({ filters: filters({ orgs: ['nato'] }), page: 1 });
  // Items naming only NATO Mission Iraq are in the list because NATO includes it; the card can say so.
  expect(byNato.items.some((item) => item.organisations.includes('nato-mission-iraq'))).toBe(true);
  // Only the included organisation is named: not the others on the page (NATO, United Nations).
  expect(byNato.includedIn).toStrictEqual({ 'nato-mission-iraq': 'nato' });
  expect(byNato.organisationNames).toMatchObject({ nato: 'NATO', 'nato-mission-iraq': 'NATO Mission Iraq' });
  expect(loader.take().filter((path) => path.startsWith('organisations/'))).toEqual([
    'organisations/nato.json',
  ]);
  // Selected itself, the included organisation is no longer "included in" another filter.
  const both = await engine.listArticles({
    filters: filters({ orgs: ['nato', 'nato-mission-iraq'] }),
    page: 1,
  });
  expect(both.includedIn).toBeUndefined();
  // No organisation filter, or one that includes nothing: nothing to say.
  expect((await engine.listArticles({ filters: filters({}), page: 1 })).includedIn).toBeUndefined();
  expect(
    (await engine.listArticles({ filters: filters({ orgs: ['united-nations'] }), page: 1 })).includedIn,
  ).toBeUndefined();
});

test('an organisation further down is marked as included too, by its parent when that is selected', async () => {
  // A three-level body: EU → Council → a working party; each article names one of them.
  const base = seventyArticles();
  const levels = ['eu', 'eu-council', 'eu-working-party'];
  const layout = buildLayout(
    corpusFromSpec({
      ...base,
      organisations: [
        { slug: 'eu', name: 'European Union', parent: null },
        { slug: 'eu-council', name: 'Council of the EU', parent: 'eu' },
        { slug: 'eu-working-party', name: 'Working Party', parent: 'eu-council' },
      ],
      articles: base.articles
        .slice(0, 12)
        .map((article, i) => ({ ...article, organisations: [levels[i % 3]!] })),
    }),
  );
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  const list = (orgs: string[]) => engine.listArticles({ filters: filters({ orgs }), page: 1 });
  const byEu = await list(['eu']);
  expect(byEu.total).toBe(12);
  expect(byEu.includedIn).toEqual({ 'eu-council': 'eu', 'eu-working-party': 'eu' });
  // With the Council selected as well, the working party is the Council's part, whichever comes first.
  expect((await list(['eu', 'eu-council'])).includedIn).toEqual({ 'eu-working-party': 'eu-council' });
  expect((await list(['eu-council', 'eu'])).includedIn).toEqual({ 'eu-working-party': 'eu-council' });
  expect((await list(['eu-working-party'])).includedIn).toBeUndefined();
});

test('facets load the columns and the organisation directory; quote facets the speakers too', async () => {
  const { engine, loader } = setUp();
  await engine.articleFacets(filters({ q: 'budget' }));
  const calls = loader.take();
  expect(calls.filter((call) => !call.startsWith('search/articles/')).sort()).toEqual([
    'article-sources.json',
    'columns.json',
    'meta.json',
    'organisations.json',
    'quote-offsets.json',
    // The article list's speaker facet.
    'speakers.json',
  ]);
  expect(calls).toHaveLength(7);
  await engine.quoteFacets(filters({ q: 'budget' }));
  expect(loader.take().filter((call) => !call.startsWith('search/'))).toEqual([]);
});

test('quick facets with no filter come from meta alone', async () => {
  const { engine, loader, layout } = setUp();
  const meta = layout.documents.get(viewPaths.meta(layout.buildId)) as MetaDocument;
  const articles = await engine.articleFacets(EMPTY_FILTERS, { quick: true });
  const quotes = await engine.quoteFacets(EMPTY_FILTERS, { quick: true });
  expect(loader.take()).toEqual(['meta.json']);
  expect(articles.organisations).toEqual(meta.top.articleOrganisations);
  expect(quotes).toEqual({
    organisations: meta.top.quoteOrganisations,
    sources: meta.top.quoteSources,
    speakers: meta.top.quoteSpeakers,
  });
  // Below TOP_FACETS rows, the full answer is the same; the article list's speaker counts need
  // the columns, so the quick answer has none.
  expect(articles.speakers).toBeNull();
  expect(await engine.articleFacets(EMPTY_FILTERS)).toMatchObject({
    organisations: articles.organisations,
    sources: articles.sources,
  });
  expect(await engine.quoteFacets(EMPTY_FILTERS)).toEqual(quotes);
});

test('quotes by speaker, word or date load no columns; without per-day quote counts a date range needs the quote offsets', async () => {
  const { engine, loader } = setUp();
  const bySpeaker = await engine.listQuotes({ filters: filters({ speaker: 'ann-lee' }), page: 1 });
  expect(bySpeaker.total).toBe(35);
  expect(bySpeaker.items[0]).toMatchObject({ articleId: 'a069', speakerSlug: 'ann-lee' });
  expect(loader.take().filter((call) => !call.startsWith('quotes/'))).toEqual([
    'meta.json',
    'speakers/ann-lee.json',
  ]);
  const dated = await engine.listQuotes({
    filters: filters({ from: '2024-08-03', to: '2024-08-04' }),
    page: 1,
  });
  expect(dated.total).toBe(28);
  expect(loader.take().filter((call) => !call.startsWith('quotes/'))).toEqual([]);

  const withoutDays = setUp({ dayQuoteCounts: false });
  // Without a date range there is nothing to look up: every quote is in range.
  const undated = await withoutDays.engine.listQuotes({ filters: EMPTY_FILTERS, page: 1 });
  expect(undated.total).toBe(140);
  expect(withoutDays.loader.take()).not.toContain('quote-offsets.json');
  const datedToo = await withoutDays.engine.listQuotes({
    filters: filters({ from: '2024-08-03', to: '2024-08-04' }),
    page: 1,
  });
  expect(datedToo.total).toBe(28);
  const calls = withoutDays.loader.take();
  expect(calls).toContain('quote-offsets.json');
  expect(calls).not.toContain('columns.json');
});

test('the quotes of one article keep their reading order, newest article first', async () => {
  const { engine } = setUp();
  const list = await engine.listQuotes({ filters: EMPTY_FILTERS, page: 1 });
  expect(list.items.slice(0, 4).map((q) => `${q.articleId}#${q.anchor}`)).toEqual([
    'a069#quote-1',
    'a069#quote-2',
    'a068#quote-1',
    'a068#quote-2',
  ]);
});

test('unknown slugs are reported, never fetched when malformed, and the query runs without them', async () => {
  const { engine, loader } = setUp();
  const request = {
    filters: filters({
      orgs: ['united-nations', 'Not A Slug', 'no-such-org', 'united-nations', 'nato/../meta'],
      source: 'nowhere',
      speaker: 'nobody',
    }),
    page: 1,
  };
  const list = await engine.listQuotes(request);
  expect(list.unknown).toEqual({
    organisations: ['Not A Slug', 'no-such-org', 'nato/../meta'],
    source: 'nowhere',
    speaker: 'nobody',
  });
  expect(list.total).toBe(await engine.countQuotes(filters({ orgs: ['united-nations'] })));
  expect(loader.calls.some((call) => call.includes('Not A Slug'))).toBe(false);
  // The article list filters by speaker too, so an unknown one is reported there as well.
  const articles = await engine.listArticles(request);
  expect(articles.unknown).toEqual({
    organisations: ['Not A Slug', 'no-such-org', 'nato/../meta'],
    source: 'nowhere',
    speaker: 'nobody',
  });
  expect(await engine.organisation('no-such-org')).toBeNull();
  expect(await engine.speaker('Nobody')).toBeNull();
  expect(await engine.speaker('ann-lee/../../meta')).toBeNull();
  expect(await engine.organisation('nato.json')).toBeNull();
  // A slug that is not one (capitals, spaces, a path) is never turned into a path and fetched.
  expect(loader.calls.filter((call) => /Not A Slug|Nobody|\.\.|nato\.json/.test(call))).toEqual([]);
});

test('a page past the end shows the last page, marked clamped', async () => {
  const { engine } = setUp();
  const list = await engine.listArticles({ filters: EMPTY_FILTERS, page: 99 });
  expect(list).toMatchObject({ total: 70, page: 4, pageCount: 4, clamped: true, firstItemNumber: 61 });
  expect(list.items.map((a) => a.id)).toEqual(
    Array.from({ length: 10 }, (_, i) => `a${String(9 - i).padStart(3, '0')}`),
  );
  const empty = await engine.listArticles({ filters: filters({ q: 'nothingmatches' }), page: 3 });
  expect(empty).toMatchObject({
    total: 0,
    page: 1,
    pageCount: 1,
    clamped: true,
    firstItemNumber: 1,
    items: [],
  });
  expect(PAGE_SIZE).toBe(20);
});

test('a failed load rejects the query, and a retry loads again', async () => {
  const { engine, loader, layout } = setUp();
  loader.failOnce.add(viewPaths.meta(layout.buildId));
  await expect(engine.listArticles({ filters: EMPTY_FILTERS, page: 1 })).rejects.toThrow(/network error/);
  loader.failOnce.add(viewPaths.articleChunk(layout.buildId, 2));
  await expect(engine.listArticles({ filters: EMPTY_FILTERS, page: 1 })).rejects.toThrow(/network error/);
  loader.failOnce.add(viewPaths.columns(layout.buildId));
  await expect(engine.articleFacets(EMPTY_FILTERS)).rejects.toThrow(/network error/);
  const list = await engine.listArticles({ filters: EMPTY_FILTERS, page: 1 });
  expect(list.items[0]!.id).toBe('a069');
  expect((await engine.articleFacets(EMPTY_FILTERS)).sources).toHaveLength(2);
});

test('concurrent queries share every load', async () => {
  const { engine, loader } = setUp();
  let open = () => {};
  loader.gate = new Promise((resolve) => (open = resolve));
  const request = { filters: filters({ q: 'budget', orgs: ['nato'] }), page: 1 };
  const pending = Promise.all([
    engine.listArticles(request),
    engine.listArticles(request),
    engine.articleFacets(request.filters),
    engine.countArticles(request.filters),
    engine.listQuotes(request),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 10));
  open();
  const [first, second, , count] = await pending;
  expect(second).toEqual(first);
  expect(count).toBe(first.total);
  const calls = loader.take();
  expect(calls.length).toBe(new Set(calls).size);
  // Warm: nothing is fetched again.
  await engine.listArticles(request);
  await engine.articleFacets(request.filters);
  expect(loader.take()).toEqual([]);
});

test('neighbours are the articles numbered one either side, across chunks and days', async () => {
  const { engine } = setUp();
  // a031 is the last article of chunk 0 and the last of 2024-08-05.
  const middle = await engine.neighbours('a031', '2024-08-05');
  expect([middle.older?.id, middle.newer?.id]).toEqual(['a030', 'a032']);
  expect((await engine.neighbours('a000', '2024-08-01')).older).toBeNull();
  expect((await engine.neighbours('a069', '2024-08-10')).newer).toBeNull();
  // The oldest article has a newer one; the newest an older one.
  expect((await engine.neighbours('a000', '2024-08-01')).newer?.id).toBe('a001');
  expect((await engine.neighbours('a069', '2024-08-10')).older?.id).toBe('a068');
  // An id its date does not hold names no article, even when the chunk read for that day holds
  // it (a033 is of 2024-08-05 and a035 of 2024-08-06; 2024-08-05 is articles 28…34, chunks 0 and 1).
  for (const [id, date] of [
    ['nope', '2024-08-05'],
    ['a033', '2024-08-06'],
    ['a035', '2024-08-05'],
  ] as const)
    expect(await engine.neighbours(id, date), `${id} ${date}`).toEqual({ older: null, newer: null });
  expect(await engine.neighbours('a031', '2024-08-06')).toEqual({ older: null, newer: null });
  expect(await engine.neighbours('a031', '2030-01-01')).toEqual({ older: null, newer: null });
});

test('articles come from the loader and are kept', async () => {
  const corpus = corpusFromSpec(seventyArticles());
  const layout = buildLayout(corpus);
  const article = { id: 'a001', headline: 'Story 1' } as Article;
  const loader = new MemoryLoader(layout, new Map([['a001', article]]));
  const engine = new QueryEngine(loader, layout.buildId);
  expect(await engine.article('a001')).toBe(article);
  expect(await engine.article('a001')).toBe(article);
  expect(await engine.article('nope')).toBeNull();
  expect(loader.take()).toEqual(['articles/a001.json', 'articles/nope.json']);
});

test('fragments: inline keeps the list order; last moves fragments after the substantive quotes; hide leaves them out and counts them', async () => {
  const { engine } = setUp();
  const corpus = corpusFromSpec(seventyArticles());
  const inline = await engine.listQuotes({ filters: EMPTY_FILTERS, page: 1 });
  const explicit = await engine.listQuotes({ filters: filters({ fragments: 'inline' }), page: 1 });
  expect(explicit.items).toEqual(inline.items);
  expect(inline.fragments).toBeUndefined();

  const key = (q: { articleId: string; anchor: string }) => `${q.articleId}#${q.anchor}`;
  const everything: string[] = [];
  const pageCount = inline.pageCount;
  for (let page = 1; page <= pageCount; page++)
    everything.push(...(await engine.listQuotes({ filters: EMPTY_FILTERS, page })).items.map(key));
  const rows = new Map(corpus.quotes.map((q) => [key(q), q]));
  const expected = [
    ...everything.filter((k) => isSubstantive(rows.get(k)!)),
    ...everything.filter((k) => !isSubstantive(rows.get(k)!)),
  ];
  const fragmentCount = everything.length - everything.filter((k) => isSubstantive(rows.get(k)!)).length;
  expect(fragmentCount).toBeGreaterThan(0);

  const last: string[] = [];
  for (let page = 1; page <= pageCount; page++) {
    const list = await engine.listQuotes({ filters: filters({ fragments: 'last' }), page });
    expect(list.total).toBe(everything.length);
    expect(list.fragments).toBe(fragmentCount);
    expect(list.firstFragment).toBe(everything.length - fragmentCount + 1);
    last.push(...list.items.map(key));
  }
  expect(last).toEqual(expected);

  const hidden = await engine.listQuotes({ filters: filters({ fragments: 'hide' }), page: 1 });
  expect(hidden.total).toBe(everything.length - fragmentCount);
  expect(hidden.fragments).toBe(fragmentCount);
  expect(hidden.items.every((q) => isSubstantive(q))).toBe(true);
  expect(await engine.countQuotes(filters({ fragments: 'hide' }))).toBe(hidden.total);
  const facets = await engine.quoteFacets(filters({ fragments: 'hide' }));
  const speakerTotal = facets.speakers!.reduce((n, row) => n + row.count, 0);
  expect(speakerTotal).toBe(hidden.total);
});

test('/quotes without `fragments` asks for the fragments beside meta, not after it', async () => {
  const { engine, loader } = setUp();
  let open = () => {};
  loader.gate = new Promise((resolve) => (open = resolve));
  const pending = engine.listQuotes({ filters: filters({ fragments: 'last' }), page: 1 });
  await new Promise((resolve) => setTimeout(resolve, 10));
  // Both requests are out before either has answered.
  expect(loader.take()).toEqual(['quote-fragments.json', 'meta.json']);
  open();
  const list = await pending;
  expect(list.fragments).toBeGreaterThan(0);
  expect(loader.take()).not.toContain('quote-fragments.json');
});

test('quick facets with any one filter are counted, never meta’s corpus-wide rows, and leave the unfiltered counts alone', async () => {
  const { layout } = setUp();
  const meta = layout.documents.get(viewPaths.meta(layout.buildId)) as MetaDocument;
  const corpusQuotes = await setUp().engine.quoteFacets(EMPTY_FILTERS);
  for (const partial of [
    { q: 'budget' },
    { orgs: ['united-nations'] },
    { source: 'wikinews' },
    { speaker: 'tom-goffus' },
    { from: '2024-08-03' },
    { to: '2024-08-05' },
    { fragments: 'hide' as const },
  ]) {
    const request = filters(partial);
    // `fragments` is the quotes view's alone: the article list is unfiltered by it.
    if (!('fragments' in partial)) {
      const quickArticles = await setUp().engine.articleFacets(request, { quick: true });
      expect(quickArticles, JSON.stringify(partial)).toEqual(await setUp().engine.articleFacets(request));
      expect(quickArticles.organisations, JSON.stringify(partial)).not.toEqual(meta.top.articleOrganisations);
    }
    const { engine } = setUp();
    const quickQuotes = await engine.quoteFacets(request, { quick: true });
    expect(quickQuotes, JSON.stringify(partial)).toEqual(await setUp().engine.quoteFacets(request));
    expect(quickQuotes.organisations, JSON.stringify(partial)).not.toEqual(meta.top.quoteOrganisations);
    // The same engine, asked next without a filter, counts the whole corpus.
    expect(await engine.quoteFacets(EMPTY_FILTERS)).toEqual(corpusQuotes);
  }
});

/** 48 articles, one a day (n00 oldest), whose bodies say `plain`, `planned`, both, or neither; four say a `zep…` word. */
function prefixSpec(): CorpusSpec {
  const zep: Record<number, string> = {
    2: 'The zephyr blew.',
    5: 'A zeppelin, then zeppelins.',
    11: 'Zeppelins overhead.',
    19: 'The zeppelin again.',
  };
  const plain = (i: number) =>
    i % 6 === 0
      ? 'Plain and planned.'
      : i % 3 === 0
        ? 'Plain words.'
        : i % 3 === 1
          ? 'Planned words.'
          : 'Other words.';
  return {
    organisations: [],
    sources: [{ slug: 'wire', name: 'Wire' }],
    speakers: [],
    articles: Array.from({ length: 48 }, (_, i) => ({
      id: `n${String(i).padStart(2, '0')}`,
      date: `2024-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      source: 'wire',
      organisations: [],
      headline: 'Item',
      body: `${zep[i] ?? ''} ${plain(i)}`,
      quotes: [],
    })),
  };
}

test('a word matches every term it starts: each such article once, newest first, in a build with or without impacts', async () => {
  const articles = prefixSpec().articles;
  // Newest first: n47 … n00.
  const saying = (pattern: RegExp) =>
    articles
      .filter((a) => pattern.test(a.body))
      .map((a) => a.id)
      .reverse();
  // One search chunk holds every term (no prefix documents): the chunk's terms starting with the
  // word are united. `zep`: 3 terms in 5 postings of 48 articles; `pla`: 2 terms in most of them.
  for (const impacts of [false, true]) {
    const layout = buildLayout(corpusFromSpec(prefixSpec()), { chunkTerms: 100, impacts });
    const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
    for (const [q, pattern] of [
      ['zep', /\bzep/i],
      ['pla', /\bpla/i],
      ['zeppelins', /zeppelins/i],
    ] as const) {
      const expected = saying(pattern);
      const ids: string[] = [];
      for (let page = 1; page <= Math.ceil(expected.length / PAGE_SIZE); page++) {
        const list = await engine.listArticles({ filters: filters({ q, sort: 'newest' }), page });
        expect(list.total, q).toBe(expected.length);
        ids.push(...list.items.map((a) => a.id));
      }
      expect(ids, `${q}, impacts: ${impacts}`).toEqual(expected);
    }
    expect(saying(/\bzep/i)).toEqual(['n19', 'n11', 'n05', 'n02']);
    // A word no term starts with: nothing, and no relevance order to give.
    const none = await engine.listArticles({ filters: filters({ q: 'zzz' }), page: 1 });
    expect(none).toMatchObject({ total: 0, order: impacts ? 'relevance' : 'newest' });
  }
});

test('an article counts for its organisation and every ancestor, however deep the hierarchy', async () => {
  // o00 is the root; o(k) is a child of o(k - 1), 24 levels down.
  const depth = 24;
  const slug = (k: number) => `o${String(k).padStart(2, '0')}`;
  const layout = buildLayout(
    corpusFromSpec({
      organisations: Array.from({ length: depth }, (_, k) => ({
        slug: slug(k),
        name: `Level ${String(k).padStart(2, '0')}`,
        parent: k === 0 ? null : slug(k - 1),
      })),
      sources: [{ slug: 'wire', name: 'Wire' }],
      speakers: [],
      articles: [
        { id: 'deep', date: '2024-01-02', organisations: [slug(depth - 1)] },
        { id: 'shallow', date: '2024-01-01', organisations: [slug(1)] },
      ].map((a) => ({
        ...a,
        source: 'wire',
        headline: 'Item',
        body: '',
        quotes: [{ text: 'Said so', speaker: null, role: null }],
      })),
    }),
  );
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  const expected = Array.from({ length: depth }, (_, k) => ({
    slug: slug(k),
    name: `Level ${String(k).padStart(2, '0')}`,
    // Both articles count for o00 and o01; only the deep one below.
    count: k <= 1 ? 2 : 1,
  }));
  expect((await engine.articleFacets(EMPTY_FILTERS)).organisations).toEqual(expected);
  expect((await engine.quoteFacets(EMPTY_FILTERS)).organisations).toEqual(expected);
  const under = await engine.listArticles({ filters: filters({ orgs: [slug(5)] }), page: 1 });
  expect(under.items.map((a) => a.id)).toEqual(['deep']);
});

test('facet rows come by count, then by name as the reader sorts it, then by slug for equal names', async () => {
  const organisations = [
    // Listed out of order on purpose: three ministries of one name, and names that sort differently
    // by code unit ("agency" before "Zeta" for a reader, after it by code unit).
    { slug: 'health-kenya', name: 'Ministry of Health', parent: null },
    { slug: 'zeta', name: 'Zeta', parent: null },
    { slug: 'health-iraq', name: 'Ministry of Health', parent: null },
    { slug: 'agency', name: 'agency', parent: null },
    { slug: 'health-syria', name: 'Ministry of Health', parent: null },
    { slug: 'busy', name: 'Busy Office', parent: null },
  ];
  const layout = buildLayout(
    corpusFromSpec({
      organisations,
      sources: [
        { slug: 'wire-b', name: 'Wire' },
        { slug: 'wire-a', name: 'Wire' },
      ],
      speakers: [],
      articles: ['health-kenya', 'zeta', 'health-iraq', 'agency', 'busy', 'busy', 'health-syria', 'busy'].map(
        (org, i) => ({
          id: `x${i}`,
          date: '2024-01-01',
          source: i % 2 === 0 ? 'wire-b' : 'wire-a',
          organisations: [org],
          headline: 'Item',
          body: '',
          quotes: [{ text: 'Said so', speaker: null, role: null }],
        }),
      ),
    }),
  );
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  const rows = (list: { slug: string; count: number }[] | null) =>
    list!.map((row) => `${row.slug} ${row.count}`);
  for (const facets of [await engine.articleFacets(EMPTY_FILTERS), await engine.quoteFacets(EMPTY_FILTERS)]) {
    expect(rows(facets.organisations)).toEqual([
      'busy 3',
      'agency 1',
      'health-iraq 1',
      'health-kenya 1',
      'health-syria 1',
      'zeta 1',
    ]);
    expect(rows(facets.sources)).toEqual(['wire-a 4', 'wire-b 4']);
  }
  // A selected organisation with no article left in the list keeps its row, counted 0, last.
  const none = await engine.articleFacets(filters({ orgs: ['zeta'], source: 'wire-b' }));
  expect(rows(none.organisations)).toEqual(['zeta 0']);
  expect(rows(none.sources)).toEqual(['wire-a 1', 'wire-b 0']);
});

test('blank slugs are no filter and nothing unknown', async () => {
  const { engine } = setUp();
  const blank = filters({ orgs: [''], source: '', speaker: '' });
  for (const list of [
    await engine.listArticles({ filters: blank, page: 1 }),
    await engine.listQuotes({ filters: blank, page: 1 }),
  ])
    expect(list.unknown).toEqual({ organisations: [], source: null, speaker: null });
  expect(await engine.countArticles(blank)).toBe(70);
  expect(await engine.countQuotes(blank)).toBe(140);
});

test('`fragments` leaves the article list unfiltered: its quick facets still come from meta alone', async () => {
  const { engine, loader } = setUp();
  const quick = await engine.articleFacets(EMPTY_FILTERS, { quick: true });
  expect(await engine.articleFacets(filters({ fragments: 'hide' }), { quick: true })).toEqual(quick);
  expect(quick.speakers).toBeNull();
  expect(loader.take()).toEqual(['meta.json']);
});

test('one engine ranks each filter’s results anew: the same words under another organisation give that organisation’s articles', async () => {
  const { engine } = setUp();
  const ids = async (orgs: string[]) =>
    (await engine.listArticles({ filters: filters({ q: 'budget', orgs }), page: 1 })).items.map((a) => a.id);
  const un = await ids(['united-nations']);
  const mission = await ids(['nato-mission-iraq']);
  // Fresh engines, each asked once.
  const alone = async (orgs: string[]) =>
    (await setUp().engine.listArticles({ filters: filters({ q: 'budget', orgs }), page: 1 })).items.map(
      (a) => a.id,
    );
  expect(un).toEqual(await alone(['united-nations']));
  expect(mission).toEqual(await alone(['nato-mission-iraq']));
  expect(mission).not.toEqual(un);
  expect(await ids(['united-nations'])).toEqual(un);
});

test('the engine’s caches keep their most recently used keys up to their capacity, and forget only their own failed load', async () => {
  const loads: string[] = [];
  const cache = new PromiseCache<string>(2);
  const get = (key: string) =>
    cache.get(key, () => {
      loads.push(key);
      return Promise.resolve(key.toUpperCase());
    });
  await get('a');
  await get('b');
  expect(await get('a')).toBe('A'); // a is now the most recently used
  await get('c'); // past capacity: b, the least recently used, is dropped
  expect(cache.size).toBe(2);
  await get('a');
  await get('c');
  expect(loads).toEqual(['a', 'b', 'c']);
  await get('b');
  expect(loads).toEqual(['a', 'b', 'c', 'b']);

  // A load that throws is a rejection, not kept: the next ask loads again.
  const throwing = new PromiseCache<string>();
  await expect(
    throwing.get('k', () => {
      throw new Error('no such key');
    }),
  ).rejects.toThrow('no such key');
  expect(await throwing.get('k', () => Promise.resolve('loaded'))).toBe('loaded');

  // A failed load dropped for capacity and loaded again meanwhile: its failure leaves the new load.
  const one = new PromiseCache<string>(1);
  let fail: (error: Error) => void = () => {};
  const first = one.get('k', () => new Promise((_, reject) => (fail = reject)));
  await one.get('x', () => Promise.resolve('x'));
  expect(await one.get('k', () => Promise.resolve('second'))).toBe('second');
  fail(new Error('late failure'));
  await expect(first).rejects.toThrow('late failure');
  expect(await one.get('k', () => Promise.resolve('third'))).toBe('second');
});

/** A layout of one-source articles with only an id, a date and a body (headline "Item"). */
function wireLayout(articles: [id: string, date: string, body: string][], options: LayoutOptions = {}) {
  return buildLayout(
    corpusFromSpec({
      organisations: [],
      sources: [{ slug: 'wire', name: 'Wire' }],
      speakers: [],
      articles: articles.map(([id, date, body]) => ({
        id,
        date,
        source: 'wire',
        organisations: [],
        headline: 'Item',
        body,
        quotes: [],
      })),
    }),
    options,
  );
}

test('a phrase leads a ranked list: its articles first, then the others, each in relevance order', async () => {
  const layout = wireLayout([
    ['apart-1', '2024-01-05', 'The car was red.'],
    ['phrase-1', '2024-01-04', 'A red car passed.'],
    ['apart-2', '2024-01-03', 'A car, then a red door.'],
    ['phrase-2', '2024-01-02', 'One red car.'],
    ['apart-3', '2024-01-01', 'Car and red.'],
  ]);
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  const words = await engine.listArticles({ filters: filters({ q: 'red car' }), page: 1 });
  const phrase = await engine.listArticles({ filters: filters({ q: '"red car"' }), page: 1 });
  const ids = (list: typeof words) => list.items.map((a) => a.id);
  const inPhrase = (id: string) => id.startsWith('phrase');
  expect(ids(phrase)).toEqual([...ids(words).filter(inPhrase), ...ids(words).filter((id) => !inPhrase(id))]);
  expect(ids(phrase).slice(0, 2).sort()).toEqual(['phrase-1', 'phrase-2']);
  expect(ids(phrase).slice(2).sort()).toEqual(['apart-1', 'apart-2', 'apart-3']);
  expect(phrase.phrase).toEqual({ count: 2, first: true, items: [true, true, false, false, false] });
});

test('one engine filters the article list by each speaker in turn: each speaker’s own articles', async () => {
  const { engine } = setUp();
  for (const [speaker, first] of [
    ['tom-goffus', 'a068'],
    ['ann-lee', 'a069'],
    ['tom-goffus', 'a068'],
  ] as const) {
    const list = await engine.listArticles({ filters: filters({ speaker }), page: 1 });
    expect(list.total, speaker).toBe(35);
    expect(list.items[0]!.id, speaker).toBe(first);
    expect(
      list.items.every((a) => a.speakers.includes(speaker)),
      speaker,
    ).toBe(true);
  }
});

test('a failed load of an organisation’s or a speaker’s document rejects the query, never reports the slug unknown', async () => {
  const { engine, loader, layout } = setUp();
  loader.failOnce.add(viewPaths.speaker(layout.buildId, 'ann-lee'));
  await expect(engine.listQuotes({ filters: filters({ speaker: 'ann-lee' }), page: 1 })).rejects.toThrow(
    /network error/,
  );
  loader.failOnce.add(viewPaths.organisation(layout.buildId, 'nato'));
  await expect(engine.listArticles({ filters: filters({ orgs: ['nato'] }), page: 1 })).rejects.toThrow(
    /network error/,
  );
  // Asked again, both load.
  const list = await engine.listQuotes({ filters: filters({ orgs: ['nato'], speaker: 'ann-lee' }), page: 1 });
  expect(list.unknown).toEqual({ organisations: [], source: null, speaker: null });
  expect(list.total).toBe(await setUp().engine.countQuotes(filters({ orgs: ['nato'], speaker: 'ann-lee' })));
  expect(list.total).toBeGreaterThan(0);
});

test('the organisation finder gets the other names of the organisations that have some', async () => {
  const layout = buildLayout(
    corpusFromSpec({
      ...seventyArticles(),
      organisations: [
        { slug: 'nato', name: 'NATO', parent: null, aliases: ['North Atlantic Treaty Organization', 'OTAN'] },
        { slug: 'united-nations', name: 'United Nations', parent: null, aliases: ['UN'] },
        { slug: 'nato-mission-iraq', name: 'NATO Mission Iraq', parent: 'nato' },
      ],
    }),
  );
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  expect(await engine.organisationAliases()).toEqual({
    nato: ['North Atlantic Treaty Organization', 'OTAN'],
    'united-nations': ['UN'],
  });
});

test('a word’s score in an article is its best term there: a rare term said beside a common one counts as the rare one', async () => {
  const layout = wireLayout(
    [
      // Only "both" says the rare "harbour"; all three say the common "harbours".
      ['both', '2024-01-01', 'harbour harbours quay boats'],
      ['plural', '2024-01-02', 'harbours quay boats nets'],
      ['plural-newer', '2024-01-03', 'harbours ships nets quay'],
    ],
    // One search chunk holds every term: `harb` unites `harbour` and `harbours` there.
    { chunkTerms: 100 },
  );
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  const list = await engine.listArticles({ filters: filters({ q: 'harb' }), page: 1 });
  expect(list.order).toBe('relevance');
  expect(list.items.map((a) => a.id)).toEqual(['both', 'plural-newer', 'plural']);
});

test('a quote row holds a phrase only when it holds every pair of the phrase’s words in a row', async () => {
  const layout = buildLayout(
    corpusFromSpec({
      organisations: [],
      sources: [{ slug: 'wire', name: 'Wire' }],
      speakers: [],
      articles: [
        {
          id: 'street',
          date: '2024-01-01',
          source: 'wire',
          organisations: [],
          headline: 'Item',
          body: '',
          quotes: [
            { text: 'A red car passed us.', speaker: null, role: null },
            // "red car" and "passed", but never "car passed".
            { text: 'One red car; then it passed.', speaker: null, role: null },
          ],
        },
      ],
    }),
  );
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  const list = await engine.listQuotes({
    filters: filters({ q: '"red car passed"', sort: 'newest' }),
    page: 1,
  });
  expect(list.items.map((q) => q.anchor)).toEqual(['quote-1', 'quote-2']);
  expect(list.phrase).toEqual({ count: 1, first: false, items: [true, false] });
});

test('fragments=last with a query: the substantive quotes in relevance order, then the fragments in relevance order', async () => {
  const quote = (text: string, speaker: string | null) => ({ text, speaker, role: null });
  const layout = buildLayout(
    corpusFromSpec({
      organisations: [],
      sources: [{ slug: 'wire', name: 'Wire' }],
      speakers: [{ slug: 'mayor', name: 'The Mayor' }],
      articles: ['2024-01-01', '2024-01-02', '2024-01-03'].map((date, i) => ({
        id: `h${i}`,
        date,
        source: 'wire',
        organisations: [],
        headline: 'Item',
        body: '',
        quotes: [
          quote(`The harbour will reopen next week after ${i + 1} months of repairs`, 'mayor'),
          // Unattributed: fragments; the two short ones outrank the long quotes, the long one not.
          quote(
            [
              'The harbour.',
              'Harbour, harbour!',
              'Nobody here could say when the harbour would open again to boats',
            ][i]!,
            null,
          ),
        ],
      })),
    }),
  );
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  const key = (q: { articleId: string; anchor: string }) => `${q.articleId}#${q.anchor}`;
  const inline = await engine.listQuotes({
    filters: filters({ q: 'harbour', fragments: 'inline' }),
    page: 1,
  });
  expect(inline.order).toBe('relevance');
  // Fragments lead, and a substantive quote outranks a fragment.
  expect(inline.items.map((q) => (isSubstantive(q) ? 's' : 'f')).join('')).toMatch(/^f.*s.*f/);
  const last = await engine.listQuotes({ filters: filters({ q: 'harbour', fragments: 'last' }), page: 1 });
  expect(last.items.map(key)).toEqual([
    ...inline.items.filter((q) => isSubstantive(q)).map(key),
    ...inline.items.filter((q) => !isSubstantive(q)).map(key),
  ]);
  expect(last).toMatchObject({ total: 6, fragments: 3, firstFragment: 4, order: 'relevance' });
});

test('quote pages cut through articles’ quotes: every quote once, newest article first and in reading order, loading only the chunks around the page', async () => {
  // 30 articles of three quotes: 90 quotes in chunks of 32; pages of 20 end inside an article.
  const spec: CorpusSpec = {
    organisations: [],
    sources: [{ slug: 'wire', name: 'Wire' }],
    speakers: [],
    articles: Array.from({ length: 30 }, (_, i) => ({
      id: `t${String(i).padStart(2, '0')}`,
      date: `2024-02-${String(1 + i).padStart(2, '0')}`,
      source: 'wire',
      organisations: [],
      headline: 'Item',
      body: '',
      quotes: [1, 2, 3].map((n) => ({ text: `Quote ${n}`, speaker: null, role: null })),
    })),
  };
  const layout = buildLayout(corpusFromSpec(spec));
  const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
  const expected = spec.articles
    .map((a) => a.id)
    .reverse()
    .flatMap((id) => [1, 2, 3].map((n) => `${id}#quote-${n}`));
  const seen: string[] = [];
  for (let page = 1; page <= 5; page++) {
    const list = await engine.listQuotes({ filters: EMPTY_FILTERS, page });
    seen.push(...list.items.map((q) => `${q.articleId}#${q.anchor}`));
  }
  expect(seen).toEqual(expected);
  // Page 2 is quotes 50…69 (chunks 1 and 2), page 4 quotes 10…29 (chunk 0): with the article
  // either side, nothing further up or down the list is read (each on an engine of its own).
  const fresh = new MemoryLoader(layout);
  await new QueryEngine(fresh, layout.buildId).listQuotes({ filters: EMPTY_FILTERS, page: 4 });
  expect(fresh.take().filter((call) => call.startsWith('quotes/'))).toEqual(['quotes/0.json']);
  const second = new MemoryLoader(layout);
  await new QueryEngine(second, layout.buildId).listQuotes({ filters: EMPTY_FILTERS, page: 2 });
  expect(
    second
      .take()
      .filter((call) => call.startsWith('quotes/'))
      .sort(),
  ).toEqual(['quotes/1.json', 'quotes/2.json']);
});
