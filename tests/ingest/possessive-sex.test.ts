// A possessive "his"/"her" whose owner is plain (the subject of its sentence, or at a sentence's
// start the subject of the sentence before, no other person named between) shows the sex of a
// person whose name and titles show none, so "he"/"she" can prefer them. Sentences written for
// this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"Her deputy" after a chief with a given name of mixed sex: "she" is the chief', () => {
  expect(
    speakers(
      'Police Chief Dana Wells spoke to reporters on Tuesday about the flooding in Marlow.',
      'Her deputy, Tom Rich, stood beside the chief during the briefing.',
      '"We have moved every family out of the low streets," she said.',
    ),
  ).toEqual(['Dana Wells']);
});

test('"his" in the subject\'s own sentence: "he" is the subject, not the woman named later', () => {
  expect(
    speakers(
      'Councillor Robin Hale thanked his staff on Friday. Laura Brennan, the clerk, read the minutes.',
      '"The bridge will stay closed until Friday," he said.',
    ),
  ).toEqual(['Robin Hale']);
});

test('another person named between the subject and the possessive: no evidence', () => {
  expect(
    speakers(
      'Police Chief Dana Wells met Councillor Jo Park on Tuesday. Her deputy, Tom Rich, stood beside them.',
      '"We have moved every family out of the low streets," she said.',
    ),
  ).toEqual(['Tom Rich']);
});

test('"her" before a function word is an object, not a possessive', () => {
  expect(
    speakers(
      'Police Chief Dana Wells spoke on Tuesday. Tom Rich thanked her for the work.',
      '"We have moved every family out of the low streets," she said.',
    ),
  ).toEqual(['Tom Rich']);
});
