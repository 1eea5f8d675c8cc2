// A document with no owner of its own, right after a sentence naming an owned document ("The
// Church's website …. … a message stating “…”"), is that owner's. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a message right after the body’s website is named speaks for the body', () => {
  expect(
    speakers(
      'The Freedonia Rowing Club was founded in 1890.',
      'The club\'s website was down on Sunday. Visitors who reached it got only a message stating, "The club is closed for repairs until further notice."',
    ),
  ).toEqual(['Freedonia Rowing Club']);
});

test('an owned document two sentences back is too far', () => {
  expect(
    speakers(
      'The Freedonia Rowing Club was founded in 1890.',
      'The club\'s website was down on Sunday. The river was high. Visitors on the bank saw a notice stating, "The path is closed for repairs until further notice."',
    ),
  ).toEqual([null]);
});
