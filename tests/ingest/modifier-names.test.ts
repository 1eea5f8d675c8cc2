// A name between a determiner and lowercase nouns modifies them ("a Ukrainian passenger jet"): it
// names a thing, not a speaker. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('a name after "a" and before a noun does not speak the words after it', () => {
  expect(
    quotesOf(
      'On Monday, officials from Chile admitted their navy had sunk a Peruvian fishing boat near Arica, blaming "bad radar" and the fog.',
    ),
  ).toEqual([]);
});

test('a name before the nouns that another name heads does not speak for it', () => {
  expect(
    quotesOf(
      'The Vantor security firm Kryptos, has said that 12 percent of the flaws are rated "very severe".',
    ),
  ).toEqual([]);
});

test('a body named before its own kind, and a named person’s campaign, still speak', () => {
  expect(quotesOf('The Vantor security firm said the flaws were "very severe".')).toEqual([
    ['very severe', 'Vantor'],
  ]);
  expect(
    quotesOf(
      'Senator Mara Harlan lost the vote. The Harlan campaign criticised the count as "a disgrace to the county."',
    ),
  ).toEqual([['a disgrace to the county.', 'Harlan']]);
});
