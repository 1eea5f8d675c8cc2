// A short quotation between a definite opener and a noun it labels ("the “…” policy") names that
// thing: it is no quote. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('"the “…” policy" labels the policy, with nobody said to speak', () => {
  expect(
    quotesOf(
      'Since 1990 the island has been run under the "two keys, one door" policy, which limits ferries.',
    ),
  ).toEqual([]);
});

test('a label stays a label inside what a named source says', () => {
  expect(
    quotesOf('Mayor Lena Brill said the bridge fits the regional "green corridor" strategy of the council.'),
  ).toEqual([]);
});

test('a possessive name opens a label too ("the mayor’s “…” plan")', () => {
  expect(quotesOf('Rita Moss said the mayor\'s "open harbour" plan had failed twice.')).toEqual([]);
});

test('quotations coordinated before the noun are labels alike ("the alleged “…” and “…” remark")', () => {
  expect(
    quotesOf(
      'Rita Moss said the governor had denied the alleged "cowards" and "fools" remark printed last week.',
    ),
  ).toEqual([]);
});

test('after "a" the quoted words are the source’s judgement and stay a quote', () => {
  expect(quotesOf('Rita Moss said the toll was a "reckless" policy.')).toEqual([['reckless', 'Rita Moss']]);
});

test('a quotation before a noun that is no label stays a quote', () => {
  expect(quotesOf('Rita Moss said the "deeply shameful" decision would be appealed.')).toEqual([
    ['deeply shameful', 'Rita Moss'],
  ]);
});

test('a quotation opening with a tensed auxiliary is the source’s predicate, not a label of the noun after it', () => {
  expect(quotesOf('Rita Moss said the council "will publish" plans next week.')).toEqual([
    ['will publish', 'Rita Moss'],
  ]);
  expect(quotesOf('Rita Moss said the ministry "is still reviewing" claims from residents.')).toEqual([
    ['is still reviewing', 'Rita Moss'],
  ]);
});

test('an imperative label opening with a base form stays a label ("the “do no harm” principle")', () => {
  expect(quotesOf('Rita Moss said the "do no harm" principle guided the council.')).toEqual([]);
});

test('an opener before an auxiliary belongs to the subject: the quotation after the verb stays a quote', () => {
  expect(quotesOf('Rita Moss said the town had "no real" plan for winter.')).toEqual([
    ['no real', 'Rita Moss'],
  ]);
  expect(quotesOf('Rita Moss said the mayor has "bold new" plans.')).toEqual([['bold new', 'Rita Moss']]);
});

test('a past form between the opener and the quotation is the subject’s verb: the opener is no label’s', () => {
  expect(quotesOf('Rita Moss said the council rejected "racist" comments.')).toEqual([
    ['racist', 'Rita Moss'],
  ]);
  expect(quotesOf('Rita Moss said the club cancelled "bold new" plans for the pier.')).toEqual([
    ['bold new', 'Rita Moss'],
  ]);
});

test('a number word ending in -ed is no verb: the label after it stays a label', () => {
  expect(quotesOf('Rita Moss said the first hundred "open door" plans had failed.')).toEqual([]);
});
