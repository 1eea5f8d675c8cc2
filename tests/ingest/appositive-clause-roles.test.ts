// "Sarah Klein met her brother, David Klein, at the airport": the words before an appositive name
// may hold a clause whose subject is another person; that clause is no part of the name's title
// (the role was "Sarah Klein met her brother"). Titles that name a person inside them ("brother of
// Sarah Klein", "Sarah Klein's brother") keep them. Found by probing invented sentences
// (2026-12-06, decision 012); sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a clause before the appositive is left out of the role', () => {
  expect(
    speakersAndRoles(
      'Sarah Klein met her brother, David Klein, at the airport. "It feels strange to be home," David Klein said.',
    ),
  ).toEqual([['David Klein', 'her brother']]);
});

test('a person inside the title stays in it', () => {
  expect(
    speakersAndRoles(
      'The brother of Sarah Klein, David Klein, said, "It feels strange to be home."',
      'Sarah Klein\'s brother, David Klein, said, "It feels strange to be home."',
    ),
  ).toEqual([
    ['David Klein', 'brother of Sarah Klein'],
    ['David Klein', "Sarah Klein's brother"],
  ]);
});
