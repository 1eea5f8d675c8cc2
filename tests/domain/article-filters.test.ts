import { expect, test } from 'vitest';
import type { Filters } from '../../src/lib/urls.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import { analyseArticles, facetRows, prepareArticleQuery } from './reference/article-filters.ts';
import { corpusLookups } from './reference/corpus-lookups.ts';
import { queryWords } from '../../src/lib/text-match.ts';
import { fixtureIndex, fixtureShards } from '../app/fixtures/corpus.ts';

const shards = new Map(Object.entries(fixtureShards));

function ids(filters: Partial<Filters>) {
  const all = { ...EMPTY_FILTERS, ...filters };
  const query = prepareArticleQuery(queryWords(all.q), shards, fixtureIndex.articles.length);
  return analyseArticles(fixtureIndex, all, query).results.map((article) => article.id);
}

test('no filters keep every article in index order (newest first)', () => {
  expect(ids({})).toEqual(['floods-2024', '000_ec231f94e2293af6', 'mission-training', 'eu-aid']);
});

test('date bounds are inclusive on both ends', () => {
  expect(ids({ from: '2024-08-01', to: '2024-08-28' })).toEqual(['000_ec231f94e2293af6', 'mission-training']);
  expect(ids({ from: '2024-08-29', to: '2024-09-09' })).toEqual([]);
  expect(ids({ to: '2023-12-15' })).toEqual(['eu-aid']);
});

test('a parent organisation matches articles that mention only its child', () => {
  expect(ids({ orgs: ['nato'] })).toEqual(['000_ec231f94e2293af6', 'mission-training']);
  expect(ids({ orgs: ['nato-mission-iraq'] })).toEqual(['000_ec231f94e2293af6', 'mission-training']);
});

test('several organisations must all be mentioned', () => {
  expect(ids({ orgs: ['nato', 'daesh'] })).toEqual(['000_ec231f94e2293af6']);
  expect(ids({ orgs: ['daesh', 'european-union'] })).toEqual([]);
});

test('source filters by slug', () => {
  expect(ids({ source: 'shafaq-news' })).toEqual(['000_ec231f94e2293af6', 'eu-aid']);
});

test('free text needs every word, by prefix, in headline or body', () => {
  expect(ids({ q: 'shelter' })).toEqual(['floods-2024']);
  expect(ids({ q: 'secur' })).toEqual(['000_ec231f94e2293af6', 'mission-training']);
  expect(ids({ q: 'security training' })).toEqual(['mission-training']);
  expect(ids({ q: 'Européan' })).toEqual(['eu-aid']);
  expect(ids({ q: 'zebra' })).toEqual([]);
});

test('headline words match even when no shard holds them', () => {
  const query = prepareArticleQuery(['announces'], new Map(), fixtureIndex.articles.length);
  const results = analyseArticles(fixtureIndex, EMPTY_FILTERS, query).results;
  expect(results.map((article) => article.id)).toEqual(['eu-aid']);
});

test('organisation counts apply the other filters and say what adding each would leave', () => {
  const { organisationCounts } = analyseArticles(
    fixtureIndex,
    { ...EMPTY_FILTERS, source: 'wikinews' },
    null,
  );
  expect(Object.fromEntries(organisationCounts)).toEqual({
    'united-nations': 1,
    'nato-mission-iraq': 1,
    nato: 1,
  });
  const withNato = analyseArticles(fixtureIndex, { ...EMPTY_FILTERS, orgs: ['nato'] }, null);
  expect(withNato.organisationCounts.get('daesh')).toBe(1);
  expect(withNato.organisationCounts.get('nato')).toBe(2);
  expect(withNato.organisationCounts.has('european-union')).toBe(false);
});

test('source counts ignore the source filter itself but apply the others', () => {
  const { sourceCounts } = analyseArticles(
    fixtureIndex,
    { ...EMPTY_FILTERS, source: 'wikinews', orgs: ['nato'] },
    null,
  );
  expect(Object.fromEntries(sourceCounts)).toEqual({ 'shafaq-news': 1, wikinews: 1 });
});

test('facet rows sort by count and keep selected values even at zero', () => {
  const lookups = corpusLookups(fixtureIndex);
  const rows = facetRows(
    new Map([
      ['nato', 2],
      ['daesh', 1],
    ]),
    lookups.organisationName,
    ['european-union'],
  );
  expect(rows).toEqual([
    { slug: 'nato', name: 'NATO', count: 2 },
    { slug: 'daesh', name: 'Daesh', count: 1 },
    { slug: 'european-union', name: 'European Union', count: 0 },
  ]);
});

test('lookups resolve descendants and ancestors and survive a parent cycle', () => {
  const lookups = corpusLookups(fixtureIndex);
  expect([...lookups.selfAndDescendants('nato')]).toEqual(['nato', 'nato-mission-iraq']);
  expect(lookups.selfAndAncestors('nato-mission-iraq')).toEqual(['nato-mission-iraq', 'nato']);
  expect(lookups.newestDate).toBe('2024-09-10');
  expect(lookups.oldestDate).toBe('2023-12-15');
  const cyclic = {
    ...fixtureIndex,
    organisations: [
      { slug: 'a', name: 'A', aliases: [], parent: 'b', articleCount: 0 },
      { slug: 'b', name: 'B', aliases: [], parent: 'a', articleCount: 0 },
    ],
  };
  const cyclicLookups = corpusLookups(cyclic);
  expect([...cyclicLookups.selfAndDescendants('a')].sort()).toEqual(['a', 'b']);
  expect(cyclicLookups.selfAndAncestors('a')).toEqual(['a', 'b']);
});
