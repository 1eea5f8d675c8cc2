// A pronoun right after a word that opens a subordinate clause ("the day that he left, X …") is
// that clause's subject, not the sentence's: a later "he said" refers to the main subject.
// Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"he" after a fronted "that he …" clause refers to the main clause\'s subject', () => {
  expect(
    speakers(
      'Former mayor Pavel Rusnak and Governor Ilse Marr both ran in the primary.',
      'Rusnak won two counties. Governor Ilse Marr took the last county, her first win of the year.',
      'On Friday, the same day that he withdrew, Rusnak backed his old rival. "Two weeks ago," he said, "I thought I could win."',
    ),
  ).toEqual(['Pavel Rusnak', 'Pavel Rusnak']);
});

test('a sentence opened by "He" keeps "he" as its subject', () => {
  expect(
    speakers(
      'Pavel Rusnak spoke after Governor Ilse Marr.',
      'He backed the plan. "It is the only plan that pays for itself," he said.',
    ),
  ).toEqual(['Pavel Rusnak']);
});
