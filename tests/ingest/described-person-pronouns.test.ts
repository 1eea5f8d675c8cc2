// "he" or "she" after a sentence whose subject describes a person without naming them ("The head
// of the inquiry", "One of the witnesses") refers to that person: someone the article names with
// that title, else nobody, never a person named earlier. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"she" after an unnamed head of a team names nobody, not the person named before', () => {
  expect(
    speakers(
      'Officer Lena Varga was suspended in March.',
      'The head of the city\'s review panel spoke at the hearing. She said "We were called far too late to help."',
    ),
  ).toEqual([null]);
});

test('"she" after "One of the …" names nobody', () => {
  expect(
    speakers(
      'Coach Mira Olsen was banned for life.',
      'One of the players chose to speak out. She said she did it to tell others "you will be believed".',
    ),
  ).toEqual([null]);
});

test('"he" after a title the article gives a named person is that person', () => {
  expect(
    speakers(
      'The harbour was run by director Ole Brandvik for a decade.',
      'Officer Lena Varga was suspended in March.',
      'The director told the hearing that the cranes were old. He said "We asked for new ones every year."',
    ),
  ).toEqual(['Ole Brandvik']);
});
