// A title of address alone ("Professor") names no function: an appositive after the name
// says more, and a lowercase function right before it is read with it (issue #12, h12-round3).
// Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a function right before "Professor" is read with it', () => {
  expect(
    speakersAndRoles(
      '"The reef recovered in two years," said lead author Professor Ilse Brandt of Velmont University.',
    ),
  ).toEqual([['Ilse Brandt', 'lead author Professor']]);
});

test('an appositive after the name says more than "Professor" before it', () => {
  expect(
    speakersAndRoles(
      'Professor Omar Haddad, director of the Velmont Fever Clinic, said, "Every bed is full."',
    ),
  ).toEqual([['Omar Haddad', 'director of the Velmont Fever Clinic']]);
});

test('the title of address stays without either, and another title keeps its place', () => {
  expect(speakersAndRoles('Professor Ilse Brandt said, "The reef recovered in two years."')).toEqual([
    ['Ilse Brandt', 'Professor'],
  ]);
  expect(
    speakersAndRoles('Senator Ruth Lane, a member of the harbour board, said, "The pier stays open."'),
  ).toEqual([['Ruth Lane', 'Senator']]);
});
