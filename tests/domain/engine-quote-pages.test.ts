/**
 * `/quotes` lists substantive quotes first (fragments last): the result set is split at the
 * fragments once per query, not again for every page. At 100,000 articles (281,438 quotes) the
 * split took 30 ms a page, so an export of the list (14,000 pages) took minutes (app hunt 6).
 */
import { expect, test, vi } from 'vitest';
import * as numberSets from '../../src/lib/engine/number-sets.ts';
import { QueryEngine } from '../../src/lib/engine/query-engine.ts';
import type { Filters } from '../../src/lib/urls.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import type { CorpusSpec } from './engine-fixture.ts';
import { buildLayout, corpusFromSpec, MemoryLoader } from './engine-fixture.ts';

vi.mock('../../src/lib/engine/number-sets.ts', async (original) => {
  const actual = await original<typeof numberSets>();
  return { ...actual, intersect: vi.fn(actual.intersect), difference: vi.fn(actual.difference) };
});

/** The engine tests' corpus (engine.test.ts): every article has a fragment ("No comment"). */
function spec(): CorpusSpec {
  const topics = ['budget', 'harbour', 'election', 'drought', 'vaccine'];
  return {
    organisations: [
      { slug: 'nato', name: 'NATO', parent: null },
      { slug: 'nato-mission-iraq', name: 'NATO Mission Iraq', parent: 'nato' },
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
      organisations: i % 4 === 0 ? ['nato-mission-iraq'] : i % 5 === 0 ? ['united-nations', 'nato'] : [],
      headline: `Story ${i} about the ${topics[i % 5]!}`,
      body: i === 40 ? 'A rare zeppelin appeared.' : `More on the ${topics[(i + 1) % 5]!} today.`,
      quotes: [
        {
          text: `We will act on the ${topics[i % 5]!}`,
          speaker: i % 2 === 0 ? 'tom-goffus' : 'ann-lee',
          role: null,
        },
        { text: 'No comment', speaker: null, role: null },
      ],
    })),
  };
}

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

test.each([
  ['newest first', filters({ fragments: 'last' })],
  ['by relevance', filters({ fragments: 'last', q: 'budget' })],
])('paging through /quotes (%s) splits the results at the fragments once', async (_, request) => {
  const engine = (() => {
    const layout = buildLayout(corpusFromSpec(spec()));
    return new QueryEngine(new MemoryLoader(layout), layout.buildId);
  })();
  const first = await engine.listQuotes({ filters: request, page: 1 });
  expect(first.fragments).toBeGreaterThan(0);
  expect(first.pageCount).toBeGreaterThan(1);
  const calls = () =>
    vi.mocked(numberSets.intersect).mock.calls.length + vi.mocked(numberSets.difference).mock.calls.length;
  const before = calls();
  for (let page = 2; page <= first.pageCount; page++) await engine.listQuotes({ filters: request, page });
  expect(calls() - before).toBe(0);
});
