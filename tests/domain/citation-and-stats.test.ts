import { expect, test } from 'vitest';
import { formatCitation } from '../../src/lib/citation.ts';
import { organisationActivity } from './reference/organisation-stats.ts';
import { paginate } from '../../src/lib/pagination.ts';
import { articleSchema, corpusIndexSchema, quoteListSchema } from '../../src/contract/schema.ts';
import { fixtureArticles, fixtureIndex, fixtureQuotes } from '../app/fixtures/corpus.ts';

test('the fixtures satisfy the contract', () => {
  expect(corpusIndexSchema.safeParse(fixtureIndex).success).toBe(true);
  expect(quoteListSchema.safeParse(fixtureQuotes).success).toBe(true);
  for (const article of fixtureArticles) expect(articleSchema.safeParse(article).success).toBe(true);
});

test('a citation names the quote, speaker, source, date and link', () => {
  expect(
    formatCitation({
      text: 'We work hand-in-hand.',
      speaker: 'Tom Goffus',
      role: 'NATO Assistant Secretary General for Operations',
      source: 'Shafaq News',
      headline: 'NATO and Iraq open a dialogue',
      date: '2024-08-28',
      url: 'https://example.org/articles/x#quote-1',
    }),
  ).toBe(
    '“We work hand-in-hand.” — Tom Goffus, NATO Assistant Secretary General for Operations. Shafaq News, “NATO and Iraq open a dialogue”, 28 August 2024. https://example.org/articles/x#quote-1',
  );
  expect(
    formatCitation({
      text: 'x',
      speaker: null,
      role: null,
      source: 'S',
      headline: 'H',
      date: '2024-01-02',
      url: 'u',
    }),
  ).toBe('“x” — Unattributed. S, “H”, 2 January 2024. u');
});

test('organisation activity counts articles and quotes per month, children included', () => {
  const activity = organisationActivity(fixtureIndex, fixtureQuotes, 'nato');
  expect(activity.articles.map((article) => article.id)).toEqual([
    '000_ec231f94e2293af6',
    'mission-training',
  ]);
  expect(activity.quotes).toHaveLength(4);
  expect(activity.granularity).toBe('month');
  expect(activity.timeline).toEqual([{ period: '2024-08', articles: 2, quotes: 4 }]);
});

test('pagination clamps past the end and numbers items from the page start', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  expect(paginate(items, 2, 20)).toMatchObject({
    page: 2,
    pageCount: 3,
    clamped: false,
    firstItemNumber: 21,
  });
  expect(paginate(items, 9, 20)).toMatchObject({ page: 3, clamped: true, items: [40, 41, 42, 43, 44] });
  expect(paginate([], 1, 20)).toMatchObject({ page: 1, pageCount: 1, items: [] });
});
