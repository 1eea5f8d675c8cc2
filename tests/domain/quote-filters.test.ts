import { expect, test } from 'vitest';
import { analyseQuotes, isWeakAttribution } from './reference/quote-filters.ts';
import { queryWords } from '../../src/lib/text-match.ts';
import type { Filters } from '../../src/lib/urls.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import { fixtureIndex, fixtureQuotes } from '../app/fixtures/corpus.ts';

function texts(filters: Partial<Filters>) {
  const all = { ...EMPTY_FILTERS, ...filters };
  return analyseQuotes(fixtureQuotes, fixtureIndex, all, queryWords(all.q)).results.map(
    (quote) => quote.text,
  );
}

test('speaker filter keeps that speaker’s quotes', () => {
  expect(texts({ speaker: 'qasim-al-araji' })).toEqual([
    'We reaffirmed to NATO the long-term partnership.',
    'The dialogue will continue next year.',
  ]);
});

test('text search covers quote, speaker and headline', () => {
  expect(texts({ q: 'goffus' })).toHaveLength(1);
  expect(texts({ q: 'floods' })).toEqual(['Thousands need shelter tonight.']);
});

test('organisation filter counts children for their parent', () => {
  expect(texts({ orgs: ['nato'] })).toHaveLength(4);
});

test('speaker counts apply the other filters but not the speaker itself', () => {
  const { speakerCounts } = analyseQuotes(
    fixtureQuotes,
    fixtureIndex,
    { ...EMPTY_FILTERS, speaker: 'jane-doe', source: 'shafaq-news' },
    [],
  );
  expect(Object.fromEntries(speakerCounts)).toEqual({ 'tom-goffus': 1, 'qasim-al-araji': 2 });
});

test('pronoun and nominal attributions are weak, the others are not', () => {
  expect(isWeakAttribution({ rule: 'pronoun' })).toBe(true);
  expect(isWeakAttribution({ rule: 'nominal' })).toBe(true);
  expect(isWeakAttribution({ rule: 'adjacent' })).toBe(false);
  expect(isWeakAttribution({ rule: 'none' })).toBe(false);
});
