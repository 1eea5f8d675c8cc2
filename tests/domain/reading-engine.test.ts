/**
 * The engine's reading features: the timeline's day counts, the article list's speaker filter and
 * facet, related articles and corroborated quotes (from the documents the build writes for them).
 */
import { expect, test } from 'vitest';
import type { QuoteGroupsDocument, RelatedChunkDocument } from '../../src/contract/views.ts';
import { encodeDeltas, VIEW_DATA_VERSION, viewPaths } from '../../src/contract/views.ts';
import { QueryEngine } from '../../src/lib/engine/query-engine.ts';
import type { Filters } from '../../src/lib/urls.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import type { CorpusSpec } from './engine-fixture.ts';
import { buildLayout, corpusFromSpec, MemoryLoader } from './engine-fixture.ts';

/** 70 articles over 10 days, numbered a000 (oldest) to a069; article n holds quotes 2n and 2n + 1. */
function spec(): CorpusSpec {
  const topics = ['budget', 'harbour', 'election', 'drought', 'vaccine'];
  return {
    organisations: [
      { slug: 'nato', name: 'NATO', parent: null },
      { slug: 'united-nations', name: 'United Nations', parent: null },
    ],
    sources: [
      { slug: 'shafaq-news', name: 'Shafaq News' },
      { slug: 'wikinews', name: 'Wikinews' },
    ],
    speakers: [
      { slug: 'tom-goffus', name: 'Tom Goffus' },
      { slug: 'ann-lee', name: 'Ann Lee' },
    ],
    articles: Array.from({ length: 70 }, (_, i) => ({
      id: `a${String(i).padStart(3, '0')}`,
      date: `2024-08-${String(1 + Math.floor(i / 7)).padStart(2, '0')}`,
      source: i % 3 === 0 ? 'shafaq-news' : 'wikinews',
      organisations: i % 4 === 0 ? ['nato'] : i % 5 === 0 ? ['united-nations'] : [],
      headline: `Story ${i} about the ${topics[i % 5]!}`,
      body: `More on the ${topics[(i + 1) % 5]!} today.`,
      quotes: [
        {
          text: `We will act on the ${topics[i % 5]!}`,
          speaker: i % 2 === 0 ? 'tom-goffus' : 'ann-lee',
          role: null,
        },
        // Ann Lee speaks twice in every tenth article: that article still counts once for her.
        { text: 'No comment', speaker: i % 10 === 1 ? 'ann-lee' : null, role: null },
      ],
    })),
  };
}

function setUp() {
  const layout = buildLayout(corpusFromSpec(spec()));
  const loader = new MemoryLoader(layout);
  return { layout, loader, engine: new QueryEngine(loader, layout.buildId) };
}

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const DAYS = Array.from({ length: 10 }, (_, d) => `2024-08-${String(d + 1).padStart(2, '0')}`);

test('the histogram counts, per day, the articles the filters give without their date range', async () => {
  const { engine } = setUp();
  expect(await engine.histogram('articles', EMPTY_FILTERS)).toEqual(DAYS.map(() => 7));
  const byNato = await engine.histogram(
    'articles',
    filters({ orgs: ['nato'], from: '2024-08-03', to: '2024-08-03' }),
  );
  const expected = await Promise.all(
    DAYS.map((day) => engine.countArticles(filters({ orgs: ['nato'], from: day, to: day }))),
  );
  expect(byNato).toEqual(expected);
  expect(byNato.reduce((a, b) => a + b, 0)).toBe(await engine.countArticles(filters({ orgs: ['nato'] })));
  // Quotes: the articles holding matching quotes.
  const byWord = await engine.histogram('quotes', filters({ q: 'budget' }));
  expect(byWord.reduce((a, b) => a + b, 0)).toBe(14);
});

test('a range outside the corpus gives an empty list, not an error, and the histogram is unchanged', async () => {
  const { engine } = setUp();
  const outside = filters({ from: '1990-01-01', to: '1990-12-31' });
  expect((await engine.listArticles({ filters: outside, page: 1 })).total).toBe(0);
  expect(await engine.histogram('articles', outside)).toEqual(DAYS.map(() => 7));
});

test('speaker= on the article list keeps the articles quoting them, loading their document and the quote offsets only', async () => {
  const { engine, loader } = setUp();
  const list = await engine.listArticles({ filters: filters({ speaker: 'ann-lee' }), page: 1 });
  expect(list.total).toBe(35);
  expect(list.items.every((article) => Number(article.id.slice(1)) % 2 === 1)).toBe(true);
  expect(list.speakerNames).toEqual({ 'ann-lee': 'Ann Lee' });
  const calls = loader.take();
  expect(calls).toContain('speakers/ann-lee.json');
  expect(calls).toContain('quote-offsets.json');
  expect(calls).not.toContain('columns.json');
  // Combined with another filter: the intersection.
  const both = await engine.countArticles(filters({ speaker: 'ann-lee', source: 'shafaq-news' }));
  expect(both).toBe(Array.from({ length: 70 }, (_, i) => i).filter((i) => i % 2 === 1 && i % 3 === 0).length);
});

test('the article list counts speakers per article, each article once however often they speak in it', async () => {
  const { engine } = setUp();
  const facets = await engine.articleFacets(EMPTY_FILTERS);
  expect(facets.speakers).toEqual([
    { slug: 'ann-lee', name: 'Ann Lee', count: 35 },
    { slug: 'tom-goffus', name: 'Tom Goffus', count: 35 },
  ]);
  // The speaker facet drops its own filter and keeps the others.
  const bySource = await engine.articleFacets(filters({ source: 'shafaq-news', speaker: 'tom-goffus' }));
  expect(bySource.speakers).toEqual([
    { slug: 'ann-lee', name: 'Ann Lee', count: 12 },
    { slug: 'tom-goffus', name: 'Tom Goffus', count: 12 },
  ]);
});

function withReadingDocuments() {
  const context = setUp();
  const { layout } = context;
  const envelope = { version: VIEW_DATA_VERSION, buildId: layout.buildId } as const;
  // "We will act on the budget" in a000 (quote 0), a005 (quote 10) and a010 (quote 20).
  const groups: QuoteGroupsDocument = {
    ...envelope,
    kind: 'quote-groups',
    groups: [encodeDeltas([0, 10, 20])],
  };
  layout.documents.set(viewPaths.quoteGroups(layout.buildId), groups);
  const related: RelatedChunkDocument = {
    ...envelope,
    kind: 'related-chunk',
    first: 0,
    related: Array.from({ length: 32 }, (_, i) =>
      i === 3
        ? [
            {
              id: 'a007',
              headline: 'Story 7 about the election',
              date: '2024-08-02',
              sourceSlug: 'wikinews',
              organisations: ['NATO'],
              speakers: ['Ann Lee'],
            },
          ]
        : [],
    ),
  };
  layout.documents.set(viewPaths.relatedChunk(layout.buildId, 0), related);
  return context;
}

test('related articles come from the article’s related chunk; none when the build wrote none', async () => {
  const { engine } = withReadingDocuments();
  expect((await engine.related('a003', '2024-08-01')).map((r) => r.id)).toEqual(['a007']);
  expect(await engine.related('a004', '2024-08-01')).toEqual([]);
  // Chunk 1 was not written; an unknown article or a wrong date finds nothing either.
  expect(await engine.related('a040', '2024-08-06')).toEqual([]);
  expect(await engine.related('nope', '2024-08-01')).toEqual([]);
  expect(await engine.related('a003', '2024-08-09')).toEqual([]);
});

test('a corroborated quote lists the other articles holding it, newest first, on its article and on /quotes', async () => {
  const { engine } = withReadingDocuments();
  const onArticle = await engine.articleCorroborations('a005', '2024-08-01');
  expect(Object.keys(onArticle)).toEqual(['quote-1']);
  expect(onArticle['quote-1']!.articleCount).toBe(2);
  expect(onArticle['quote-1']!.others.map((o) => `${o.articleId}#${o.anchor}`)).toEqual([
    'a010#quote-1',
    'a000#quote-1',
  ]);
  expect(await engine.articleCorroborations('a001', '2024-08-01')).toEqual({});
  // The next article's corroborated quote-1 is not this one's.
  expect(await engine.articleCorroborations('a004', '2024-08-01')).toEqual({});

  // /quotes?q=budget, every page (in the list's own order): the three quotes, and only they,
  // each name the other two articles.
  const marked: string[] = [];
  for (let page = 1; page <= 3; page++) {
    const request = { filters: filters({ q: 'budget' }), page };
    const list = await engine.listQuotes(request);
    const marks = await engine.quoteCorroborations(request);
    const keys = new Set(list.items.map((q) => `${q.articleId}#${q.anchor}`));
    for (const [key, corroboration] of Object.entries(marks)) {
      expect(keys.has(key)).toBe(true);
      expect(corroboration.articleCount).toBe(2);
      marked.push(key);
    }
  }
  expect(marked.sort()).toEqual(['a000#quote-1', 'a005#quote-1', 'a010#quote-1']);
});

test('/quotes shows a corroborated quotation once, at its first place, with its sources; later places fold into it', async () => {
  const { engine } = withReadingDocuments();
  const PAGE = 20;
  for (const extra of [
    {},
    { sort: 'newest' as const },
    { fragments: 'last' as const },
    { q: 'budget' },
    { q: 'budget', fragments: 'last' as const },
    { sort: 'oldest' as const },
    { sort: 'oldest' as const, fragments: 'last' as const },
    { q: 'budget', sort: 'oldest' as const },
  ]) {
    const asked = filters(extra);
    const first = await engine.listQuotes({ filters: asked, page: 1 });
    const rows: string[] = [];
    const grouped = new Map<string, { kind: string; position?: number }>();
    let distinct = 0;
    for (let page = 1; page <= first.pageCount; page++) {
      const request = { filters: asked, page };
      const [list, grouping] = await Promise.all([engine.listQuotes(request), engine.quoteGrouping(request)]);
      rows.push(...list.items.map((q) => `${q.articleId}#${q.anchor}`));
      for (const [key, item] of Object.entries(grouping.items)) {
        // Only the page's own quotes are grouped.
        expect(list.items.some((q) => `${q.articleId}#${q.anchor}` === key)).toBe(true);
        grouped.set(
          key,
          item.kind === 'first' ? { kind: 'first' } : { kind: 'folded', position: item.position },
        );
        if (item.kind === 'folded') {
          expect(item.page).toBe(Math.ceil(item.position / PAGE));
          expect(`${item.first.articleId}#${item.first.anchor}`).toBe(rows[item.position - 1]);
        } else expect(item.sources.articleCount).toBe(2);
      }
      distinct = grouping.distinct;
    }
    // The three occurrences: the first in the list's order shows them; the others point at it.
    const places = ['a000#quote-1', 'a005#quote-1', 'a010#quote-1']
      .map((key) => rows.indexOf(key))
      .sort((a, b) => a - b);
    expect(places.every((place) => place >= 0)).toBe(true);
    expect(grouped.get(rows[places[0]!]!)).toEqual({ kind: 'first' });
    // Oldest first, the quotation is shown at its oldest article; otherwise at its newest.
    expect(rows[places[0]!]).toBe(extra.sort === 'oldest' ? 'a000#quote-1' : 'a010#quote-1');
    for (const place of places.slice(1))
      expect(grouped.get(rows[place]!)).toEqual({ kind: 'folded', position: places[0]! + 1 });
    expect(grouped.size).toBe(3);
    // The count stays the list's own; the distinct count folds the two later places.
    expect(rows.length).toBe(first.total);
    expect(distinct).toBe(first.total - 2);
  }
});

test('without quote-groups.json (an older build) nothing is corroborated', async () => {
  const { engine } = setUp();
  expect(await engine.articleCorroborations('a005', '2024-08-01')).toEqual({});
  expect(await engine.quoteCorroborations({ filters: EMPTY_FILTERS, page: 7 })).toEqual({});
  const all = await engine.listQuotes({ filters: EMPTY_FILTERS, page: 1 });
  expect(await engine.quoteGrouping({ filters: EMPTY_FILTERS, page: 1 })).toEqual({
    distinct: all.total,
    items: {},
  });
});
