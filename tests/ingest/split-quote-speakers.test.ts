// The second half of a quotation split by its attribution has the first half's speaker, also when
// a phrase trails the speaker ("on Facebook") or no comma sets the attribution off. Sentences
// written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a phrase after the speaker does not cut the second half off', () => {
  expect(
    speakers(
      '"We are ready to help," wrote Ilse Marten on Facebook, "and we will not wait for the ministry to act first."',
    ),
  ).toEqual(['Ilse Marten', 'Ilse Marten']);
});

test('an attribution without commas between the halves still splits one quotation', () => {
  expect(
    speakers('"We stand ready" posted Ilse Marten "to help the valley in whatever way the council asks."'),
  ).toEqual(['Ilse Marten', 'Ilse Marten']);
});

test('a quoted name after a preposition is not a second half', () => {
  const paragraph =
    '"The old portal closes next year and every user has to move before then," the Ministry of Water says on "The Portal Countdown".';
  // One quotation only: the site's name is a title, not speech.
  expect(speakers(paragraph)).toEqual(['Ministry of Water']);
});

test('a sentence between two quotations stops the split', () => {
  expect(
    speakers(
      '"The valley will flood again this winter," said Ilse Marten. "Nobody in the council has read the report yet," a farmer added.',
    ),
  ).toEqual(['Ilse Marten', null]);
});
