// A quotation completing a passive verb ("was said to be suffering “…”", "is rated “…”") is the
// words of the passive's agent, or of nobody named: the subject is what is described, not the
// speaker. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('a short quote after an agentless passive is not the subject’s, so it is no quote', () => {
  expect(
    quotesOf('Mayor Ilse Varga was said to be feeling "quite unwell" after the long flight home.'),
  ).toEqual([]);
  expect(quotesOf('Mayor Ilse Varga, who was described as "ruthless" in the press, left on Monday.')).toEqual(
    [],
  );
});

test('an agent after the quotation speaks it', () => {
  expect(
    quotesOf(
      'Talks opened in Oslo on Monday. Harbor Fund chair Nora Blix said little. The levy was declared "a dead end" by Tom Kettle.',
    ),
  ).toEqual([['a dead end', 'Tom Kettle']]);
});

test('"was quoted as saying" and a passive inside reported speech keep their speaker', () => {
  expect(quotesOf('Mayor Ilse Varga was quoted as saying "we will rebuild the bridge".')).toEqual([
    ['we will rebuild the bridge', 'Ilse Varga'],
  ]);
  expect(quotesOf('Tom Kettle said the old ferries were considered "far too slow".')).toEqual([
    ['far too slow', 'Tom Kettle'],
  ]);
});
