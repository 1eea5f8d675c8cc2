// Every quoted speaker is listed among the article's people, but an organisation that speaks
// under two of its names is listed once. Sentences written for this test.
import { expect, test } from 'vitest';
import { buildArticle } from '../../src/ingest/article/build-article.ts';
import { parseSeedText } from '../../src/ingest/seed/parse-seed.ts';

function articleOf(text: string) {
  const parsed = parseSeedText(text, 'test.txt');
  if (!parsed.ok) throw new Error('the seed must parse');
  return buildArticle(parsed.seed);
}

test('a body speaking by its name and by its acronym is one entry of the people list', () => {
  const article = articleOf(
    'date 2024-03-01 Test News/ The Velmont Harbour Authority (VHA) said on Monday that the new forms were "simple to fill in and free of charge for every skipper".\n\n' +
      'Skippers disagreed. VHA said in a second statement that "nobody will be turned away at the harbour office door".\n',
  );
  expect(article.quotes.map((q) => q.speaker)).toEqual(['Velmont Harbour Authority', 'VHA']);
  expect(article.people.map((p) => p.name)).toEqual(['Velmont Harbour Authority']);
});

test('a body quoted by its bare head word speaks under the full name the article gives it', () => {
  const article = articleOf(
    'date 2024-03-01 Test News/ The Commission on Harbour Safety met in Velmont on Monday to review the winter rules.\n\n' +
      'According to the Commission, skippers would need "a second radio on board from next winter" to leave the harbour.\n',
  );
  expect(article.organisations.map((o) => o.name)).toContain('Commission on Harbour Safety');
  expect(article.quotes.map((q) => [q.speaker, q.speakerSlug])).toEqual([
    ['Commission on Harbour Safety', 'commission-on-harbour-safety'],
  ]);
  expect(article.people.map((p) => p.name)).toEqual(['Commission on Harbour Safety']);
});

test('a bare head word shared by two of the article’s bodies is left as it is', () => {
  const article = articleOf(
    'date 2024-03-01 Test News/ The Velmont Department of Fisheries and the Velmont Department of Ports met on Monday.\n\n' +
      'According to the Department, skippers would need "a second radio on board from next winter" to leave the harbour.\n',
  );
  expect(article.quotes.map((q) => q.speaker)).toEqual(['Department']);
});

test('a speaker the quote stage knows by surname only speaks under the full name the article gives', () => {
  // "Jan" is also a month: the quote stage does not take "Jan Tovelund" for a full name.
  const article = articleOf(
    'date 2024-03-01 Test News/ This week Jan Tovelund, the harbour master of Velmont, said the new forms were "far too long for anyone".\n\n' +
      'Tovelund later added that the office would "print a shorter form by spring".\n',
  );
  expect(article.people.map((p) => p.name)).toContain('Jan Tovelund');
  expect(new Set(article.quotes.map((q) => q.speaker))).toEqual(new Set(['Jan Tovelund']));
  expect(article.people.map((p) => p.name)).not.toContain('Tovelund');
});
