// "President Ursula von der Leyen": a run of name particles after a title and a given name opens
// the surname, as one particle does ("Mayor Bill de Blasio"); the title stays the role. Sentences
// written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a title before a name with two particles: the person, the title as role', () => {
  expect(
    speakersAndRoles(
      'European Commission President Ursula von der Leyen met the farmers on Monday.',
      '"The talks were open and honest," von der Leyen said.',
    ),
  ).toEqual([['Ursula von der Leyen', 'European Commission President']]);
  expect(speakersAndRoles('Mayor Anna van der Berg said the port was "open again for every ship."')).toEqual([
    ['Anna van der Berg', 'Mayor'],
  ]);
});

test('one particle still works as before', () => {
  expect(speakersAndRoles('Mayor Bill de Blasio said the city was "ready for the storm."')).toEqual([
    ['Bill de Blasio', 'Mayor'],
  ]);
});
