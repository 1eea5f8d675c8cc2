// A phrase of fewer than four words that carries on the article's sentence keeps its final stop
// inside the marks (American style) without becoming a sentence of its own: unattributed, or a
// term beside a named term, it is not a quote. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('an unattributed short phrase ending the sentence inside its marks is not a quote', () => {
  expect(
    quotesOf(
      'The harbour board granted the permit on the grounds that the tower would be a "lasting civic asset."',
    ),
  ).toEqual([]);
});

test('the second of two named terms is a term even with the stop inside its marks', () => {
  expect(
    quotesOf(
      'The Riksdag debated two drafts. It selected the one posed by the cabinet over the drafts posed by the opposition, which used the terms "household partnership" and "civil companionship."',
    ),
  ).toEqual([]);
});

test('a named source’s short words and a short sentence after a verb of saying stay quotes', () => {
  expect(
    quotesOf(
      'Mayor Ola Brenn said the tower plan was "simply wrong." Asked again on Monday, Brenn replied "Never again."',
    ),
  ).toEqual([
    ['simply wrong.', 'Ola Brenn'],
    ['Never again.', 'Ola Brenn'],
  ]);
});
