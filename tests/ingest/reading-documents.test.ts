/** The build-time reading documents' logic: corroborated-quote groups and related articles. */
import { expect, test } from 'vitest';
import type { ArticleSummary } from '../../src/contract/schema.ts';
import { MAX_BUCKET, QuoteGrouper } from '../../src/ingest/corpus/view-documents/quote-groups.ts';
import { relatedArticles, RELATED_COUNT } from '../../src/ingest/corpus/view-documents/related-articles.ts';

const LONG = 'We are committed to the security and stability of Iraq and its people';

test('the same quotation in two articles is one group, whatever its punctuation, case or accents', () => {
  const grouper = new QuoteGrouper();
  grouper.add(0, 0, LONG);
  grouper.add(1, 0, 'No comment');
  grouper.add(2, 1, `“${LONG.toUpperCase()}!”`);
  grouper.add(3, 2, 'Something else entirely, said at length by someone else today');
  expect(grouper.groups()).toEqual([[0, 2]]);
});

test('a quotation cut short or run on in another article joins the group by its first or last words', () => {
  const grouper = new QuoteGrouper();
  grouper.add(0, 0, LONG);
  grouper.add(1, 1, `${LONG}, the minister added in a statement`);
  grouper.add(2, 2, `Today, as before, ${LONG.split(' ').slice(4).join(' ')}`);
  expect(grouper.groups()).toEqual([[0, 1, 2]]);
});

test('short phrases, repeats within one article and boilerplate shared by very many quotes group nothing', () => {
  const grouper = new QuoteGrouper();
  grouper.add(0, 0, 'We will see');
  grouper.add(1, 1, 'We will see');
  grouper.add(2, 2, LONG);
  grouper.add(3, 2, LONG);
  for (let q = 4; q < 4 + MAX_BUCKET + 1; q++)
    grouper.add(q, q, 'This page was last edited by the editors of the site');
  expect(grouper.groups()).toEqual([]);
});

function summary(id: string, date: string, organisations: string[]): ArticleSummary {
  return {
    id,
    date,
    source: 'Wikinews',
    sourceSlug: 'wikinews',
    headline: `Headline ${id}`,
    excerpt: '',
    wordCount: 0,
    readingMinutes: 1,
    dir: 'ltr',
    organisations,
    quoteCount: 0,
    speakers: [],
  } as unknown as ArticleSummary;
}

test('related articles rank rare shared facets and nearness in time, and say what is shared', () => {
  const articles = [
    summary('a', '2024-01-01', ['nato', 'un']),
    summary('b', '2024-01-02', ['nato', 'un']),
    summary('c', '2024-01-03', ['un']),
    summary('d', '2024-06-01', ['nato', 'un']),
    summary('e', '2024-06-02', ['who']),
    summary('f', '2024-06-03', ['un']),
  ];
  const speakersOf = [['tom-goffus'], ['tom-goffus'], [], [], [], []];
  const related = relatedArticles({
    articles,
    speakersOf,
    organisationName: (slug) => slug.toUpperCase(),
    speakerName: () => 'Tom Goffus',
  });
  expect(related).toHaveLength(6);
  // a and b share NATO (rare) and Tom Goffus, a day apart; d shares NATO but months later.
  expect(related[0]!.map((r) => r.id)).toEqual(['b', 'd']);
  expect(related[0]![0]).toMatchObject({ organisations: ['NATO'], speakers: ['Tom Goffus'] });
  // UN is in four of six articles, more than half: it relates nothing.
  expect(related[2]).toEqual([]);
  // Nothing shared, nothing related.
  expect(related[4]).toEqual([]);
  for (const list of related) expect(list.length).toBeLessThanOrEqual(RELATED_COUNT);
});
