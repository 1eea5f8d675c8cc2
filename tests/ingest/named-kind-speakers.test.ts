// "The Velmont committee said": a body's kind after a capitalised name, when the article names no
// body of that kind, speaks as written; after a place ("the U.S. embassy") it names nobody.
// Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"The Halvard committee cited “…”" gives the quote to the Halvard committee', () => {
  expect(
    speakers(
      'The Halvard Prize went to the engineer Mira Osei this year.',
      'The Halvard committee cited "her lifetime of work on clean water for small towns" as the reason.',
    ),
  ).toEqual(['Halvard committee']);
});

test('a committee the article names in full is that body', () => {
  expect(
    speakers(
      'The Halvard Prize Committee met in Oslo on Friday.',
      'The Halvard committee cited "her lifetime of work on clean water for small towns" as the reason.',
    ),
  ).toEqual(['Halvard Prize Committee']);
});

test('a place before the kind names no body', () => {
  expect(
    speakers(
      'Talks went on all week.',
      'The U.S. embassy described the talks as "frank and useful for both sides" on Friday.',
    ),
  ).not.toContain('U.S. embassy');
});
