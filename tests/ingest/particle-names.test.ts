// Names with a lowercase particle ("de", "van", "la"): a title before one keeps the person, and
// the surname written alone at a sentence start is the person named in full before. Sentences
// written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a title before a particle surname names the person, not a title with nobody', () => {
  expect(
    speakers('Mayor van Dijkhoorn said: "The bridge will reopen on Monday, as we promised last year."'),
  ).toEqual(['van Dijkhoorn']);
});

test('a title before a first name and a particle surname keeps the whole name', () => {
  expect(
    speakers(
      'Governor Maria da Costa told reporters: "We will not cut the school budget this year, whatever it costs."',
    ),
  ).toEqual(['Maria da Costa']);
});

test('the particle surname alone at a sentence start is the person named in full before', () => {
  expect(
    speakers(
      'Maria da Costa, the governor, spoke on Monday.',
      'Da Costa thanked the nurses. "We will not cut the school budget this year, whatever it costs," Da Costa said.',
    ),
  ).toEqual(['Maria da Costa']);
});
