// "According to him, …": an object pronoun standing alone as the source is the person "he" or
// "she" would be. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"according to him" gives the quote to the person "he" refers to', () => {
  expect(
    speakers(
      'Army spokesman Tarek Saleh said the depot had been hit by ten drones. According to him, the strike was carried out with the help of "friends inside the city".',
    ),
  ).toEqual(['Tarek Saleh']);
});

test('"according to her" followed by a noun is a possessive, not the pronoun', () => {
  expect(
    speakers(
      'Nora Vance wrote a memoir about the move. According to her diaries, the family had "no regrets at all about leaving".',
    ),
  ).toEqual([null]);
});
