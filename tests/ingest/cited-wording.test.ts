// The wording of a question or of a law's article, set after its name and a comma, is cited, not
// spoken: it is no quote. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('"the question, “…”" is the question’s wording', () => {
  expect(
    quotesOf(
      'For months the Ministry of Farms tried to add the question, "Does anyone in this home keep bees?", to the census.',
    ),
  ).toEqual([]);
});

test('"Article 4.1.2, “…”" is the article’s wording', () => {
  expect(
    quotesOf(
      'The league fined striker Tom Kettle. Kettle broke Article 4.1.2, "holding an opponent by the shirt inside the area".',
    ),
  ).toEqual([]);
});

test('a statement after its noun and a comma is still speech', () => {
  expect(quotesOf('Nora Blix said in her statement, "We will not close the harbour this winter."')).toEqual([
    ['We will not close the harbour this winter.', 'Nora Blix'],
  ]);
});

test('an answer attributed right after the question is speech', () => {
  expect(
    quotesOf('In response to the question, "We will keep the harbour open all winter," Nora Blix said.'),
  ).toEqual([['We will keep the harbour open all winter,', 'Nora Blix']]);
});
