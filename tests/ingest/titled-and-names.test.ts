// "and" after a titled person ("Prime Minister Boris Johnson and …") joins two people whether a
// title follows or not, and whatever the second title's first word ("British Prime Minister").
// Sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a titled person and an untitled one: two people', () => {
  expect(
    speakersAndRoles(
      'Prime Minister Tom Hale and Ana Ruiz met in Velmont on Monday.',
      '"We agreed on almost everything," Ruiz said.',
    ),
  ).toEqual([['Ana Ruiz', null]]);
});

test('a second title opening with a modifier: the second person keeps only their own title', () => {
  expect(
    speakersAndRoles(
      'The call was backed by German Chancellor Ana Ruiz and British Prime Minister Tom Hale.',
      '"We stand ready to help," said Hale.',
    ),
  ).toEqual([['Tom Hale', 'British Prime Minister']]);
});

test('"and" inside a title still joins it', () => {
  expect(
    speakersAndRoles('Minister of Trade and Industry Ola Berg said "Exports rose by a fifth this year."'),
  ).toEqual([['Ola Berg', 'Minister of Trade and Industry']]);
});
