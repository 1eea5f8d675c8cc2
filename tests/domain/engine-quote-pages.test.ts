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
import { buildLayout, corpusFromSpec, MemoryLoader, seventyArticles } from './engine-fixture.ts';
import { quotesOldestFirst } from './reference/oldest.ts';

vi.mock('../../src/lib/engine/number-sets.ts', async (original) => {
  const actual = await original<typeof numberSets>();
  return { ...actual, intersect: vi.fn(actual.intersect), difference: vi.fn(actual.difference) };
});

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

test.each([
  ['newest first', filters({ fragments: 'last' })],
  ['by relevance', filters({ fragments: 'last', q: 'budget' })],
])('paging through /quotes (%s) splits the results at the fragments once', async (_, request) => {
  const engine = (() => {
    const layout = buildLayout(corpusFromSpec(seventyArticles()));
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

test.each(['last', 'inline', 'hide'] as const)(
  '/quotes oldest first (fragments %s) is newest first with its articles reversed, each part alone',
  async (fragments) => {
    const layout = buildLayout(corpusFromSpec(seventyArticles()));
    const engine = new QueryEngine(new MemoryLoader(layout), layout.buildId);
    const all = async (request: Filters) => {
      const first = await engine.listQuotes({ filters: request, page: 1 });
      const rows = [...first.items];
      for (let page = 2; page <= first.pageCount; page++)
        rows.push(...(await engine.listQuotes({ filters: request, page })).items);
      return { first, rows };
    };
    const newest = await all(filters({ fragments }));
    const oldest = await all(filters({ fragments, sort: 'oldest' }));
    expect(oldest.first.order).toBe('oldest');
    expect(oldest.first.total).toBe(newest.first.total);
    expect(oldest.first.fragments).toBe(newest.first.fragments);
    expect(oldest.first.firstFragment).toBe(newest.first.firstFragment);
    // Substantive quotes first (with `last`), then fragments: each part in the oldest-first order.
    const split = fragments === 'last' ? newest.first.firstFragment! - 1 : newest.rows.length;
    if (fragments === 'last') expect(split).toBeLessThan(newest.rows.length);
    expect(oldest.rows).toEqual([
      ...quotesOldestFirst(newest.rows.slice(0, split)),
      ...quotesOldestFirst(newest.rows.slice(split)),
    ]);
  },
);
