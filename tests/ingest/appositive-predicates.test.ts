// The words after an appositive name's second comma are the sentence's predicate or an
// adverbial, not a title, when they open with a verb or a preposition other than an
// affiliation's "of" ("The minister, Tom Hale, gave a speech …"). Sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a verb after the appositive name: the title before the name is the role', () => {
  expect(
    speakersAndRoles(
      'The minister, Tom Hale, gave a speech to parliament on Tuesday.',
      '"We have listened to the farmers," Hale said.',
    ),
  ).toEqual([['Tom Hale', 'minister']]);
});

test('a preposition opening an adverbial is no title; "of" and "formerly" still open one', () => {
  expect(
    speakersAndRoles('Joe Park, in a message to his donors, said the race was "far from over for us."'),
  ).toEqual([['Joe Park', null]]);
  expect(
    speakersAndRoles('Sam Ortiz, of the provincial council, said the blast was "the worst in years."'),
  ).toEqual([['Sam Ortiz', 'of the provincial council']]);
  expect(
    speakersAndRoles('Ann Lee, formerly the mayor of Marlow, said the plan was "a good one for the town."'),
  ).toEqual([['Ann Lee', 'formerly the mayor of Marlow']]);
});
