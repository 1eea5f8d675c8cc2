// A title in an appositive after a name ends with its sentence: "“…,” said Paul Reyes, a spokesman
// for the company. He left." gave the role "spokesman for the company. He left.", and a final full
// stop stayed on it. A name that opens its sentence is its subject, so a sentence's end closes no
// appositive after it ("Mia Ruiz, the minister paid tribute to him."). Found by probing invented
// sentences (2026-12-06, decision 012); sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('the appositive after "said X" stops at the sentence end', () => {
  expect(
    speakersAndRoles(
      '"We had no choice," said Paul Reyes, a spokesman for the company. He left without taking questions.',
      '"We had no choice," said Ana Ruiz, a spokeswoman for the union.',
    ),
  ).toEqual([
    ['Paul Reyes', 'spokesman for the company'],
    ['Ana Ruiz', 'spokeswoman for the union'],
  ]);
});

test('a predicate after a sentence-opening name is no title', () => {
  expect(
    speakersAndRoles(
      'Mia Ruiz, the minister paid tribute to him. She said "It is a great loss to all of us."',
    ),
  ).toEqual([['Mia Ruiz', null]]);
});
