// The source after "according to": a document's author past its participle ("a memo posted online
// by X"), and never the subject of the clause after the phrase's comma. Sentences written for this
// test, not corpus text.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('"according to a memo posted online by X" names X', () => {
  expect(
    quotesOf(
      'According to a memo posted online by Senator Ilse Varga, the council delayed the vote because the mayor did "not accept the authority of this council in the matter."',
    ),
  ).toEqual([['not accept the authority of this council in the matter.', 'Ilse Varga']]);
});

test('a person opening the clause after the source’s comma is not the source', () => {
  expect(
    quotesOf(
      'According to harbour police and county officials, Pavel Dorn was steering the ferry "far too fast and far too close to the pier" on Friday night.',
    ),
  ).toEqual([['far too fast and far too close to the pier', null]]);
});

test('a person named in an appositive after the source’s comma still speaks', () => {
  expect(
    quotesOf('"The old rate cannot pay for the new pier," according to the Harbor Fund chair, Nora Blix.'),
  ).toEqual([['The old rate cannot pay for the new pier,', 'Nora Blix']]);
});
