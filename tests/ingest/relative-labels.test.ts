// A quotation inside a relative clause with its own subject ("the reform, which critics call
// “…”") is that subject's label, not the words of the main clause's speaker: with people the
// article does not name it is left out (the gold's convention for terms from unnamed sources),
// with a named or pronoun subject it is theirs. Sentences written for this test.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('unnamed people calling or describing: the label is no quote of the main speaker', () => {
  expect(
    quotesOf('Ana Ruiz said the reform, which critics call "a tax on bread and milk," would hurt farmers.'),
  ).toEqual([]);
  expect(
    quotesOf(
      'Ana Ruiz said the reform, which critics have described as "a tax on bread and milk," would hurt farmers.',
    ),
  ).toEqual([]);
  expect(
    quotesOf('Ana Ruiz said what opponents call "a tax on bread and milk" would in fact help farmers.'),
  ).toEqual([]);
});

test('a named or pronoun subject of the relative clause keeps the words as its own', () => {
  expect(
    quotesOf(
      'Ana Ruiz said the reform, which Luis Ortega calls "a tax on bread and milk," would hurt farmers.',
    ),
  ).toEqual([['a tax on bread and milk,', 'Luis Ortega']]);
  expect(
    quotesOf('Ana Ruiz said the reform, which she calls "a fair deal for everyone," would help farmers.'),
  ).toEqual([['a fair deal for everyone,', 'Ana Ruiz']]);
  expect(
    quotesOf('Ana Ruiz attacked the reform that Luis Ortega described as "the best law in a generation."'),
  ).toEqual([['the best law in a generation.', 'Luis Ortega']]);
});
