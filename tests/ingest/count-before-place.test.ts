// A number in digits before a place ("all 50 U.S. states") counts or dates something there: it is
// no part of a name, so "50 U.S." is no person who could speak. Sentences written for this test,
// not corpus text.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('"all 50 U.S. states" names nobody who speaks a later short quotation', () => {
  expect(
    quotesOf(
      'The campaign now runs offices in all 50 U.S. states, and the governor promised an end to "gerrymandering" of districts.',
    ),
  ).toEqual([]);
});

test('a count before a place is no speaker after "from" either', () => {
  expect(quotesOf('Students from 30 U.S. states wrote "thanks" on the banner.')).toEqual([]);
});
