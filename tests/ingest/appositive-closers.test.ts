// An appositive title after a name is closed by a semicolon, as by a comma or a full stop, and
// after a name that opens its sentence by the sentence's verb right after a capitalised title
// (the closing comma left out) (issue #12, h12-round4). Sentences written for this test, not
// corpus text.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a semicolon closes the appositive after the name', () => {
  expect(
    speakersAndRoles(
      '"The bridge reopens on Monday," said Ines Varga, the Transport Secretary; she thanked the crews.',
    ),
  ).toEqual([['Ines Varga', 'Transport Secretary']]);
});

test('a list of names and titles parted by semicolons gives each its own title', () => {
  expect(
    speakersAndRoles(
      'The panel heard Tomas Berg, the harbour master; and Lena Roos, the city engineer. "The pier is sound," Berg said.',
    ),
  ).toEqual([['Tomas Berg', 'harbour master']]);
});

test('the verb right after a capitalised title closes the appositive of a sentence-opening name', () => {
  expect(
    speakersAndRoles(
      'Ruth Okafor, the Finance Minister announced the budget. She said, "Taxes will not rise."',
    ),
  ).toEqual([['Ruth Okafor', 'Finance Minister']]);
  expect(speakersAndRoles('Ruth Okafor, the Finance Minister said, "Taxes will not rise."')).toEqual([
    ['Ruth Okafor', 'Finance Minister'],
  ]);
});

test('no title where the words after the capitalised title carry it on or the name does not open the sentence', () => {
  // "of", "and", "who": the title goes on, and without a closing comma nothing ends it.
  expect(
    speakersAndRoles(
      'Ruth Okafor, the Finance Minister who announced the budget. She said, "Taxes will not rise."',
    ),
  ).toEqual([['Ruth Okafor', null]]);
  // A name after a verb is its object: "the Finance Minister announced" is a clause of its own.
  expect(
    speakersAndRoles(
      'Reporters met Ruth Okafor, the Finance Minister announced. She said, "Taxes will not rise."',
    ),
  ).toEqual([['Ruth Okafor', null]]);
});
