// A conjunction that opens a sentence ("Whereas", "Nor") is no part of the name after it, as
// "Although" and "While" already are not. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"Whereas Okafor …" gives the quotation to the person the article names, not to "Whereas Okafor"', () => {
  expect(
    speakers(
      'Tessa Lindqvist and Ben Okafor both ran for the harbour board.',
      'Whereas Okafor wanted a vote, Lindqvist said: "The board should decide this on its own."',
      'Whereas Okafor disagreed, saying: "The people who use the harbour should have their say."',
    ),
  ).toEqual(['Tessa Lindqvist', 'Ben Okafor']);
});
