// "according to a statement from the Coastal Water Authority", "read a statement from X": a
// document "from" a named body or person speaks for its issuer, as "X's statement" and "a
// statement by X" already do; with "from" the statement named nobody and the quote had no
// speaker. Sentences written for this test (the probes of 2026-12-06, decision 012).
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a statement from a named body speaks for the body', () => {
  expect(
    speakers(
      'According to a statement from the Coastal Water Authority, the damage was “the worst in a generation.”',
      'The damage, according to a statement from the Coastal Water Authority, was “the worst in a generation.”',
      'Jane Miller read a statement from the Coastal Water Authority: “The dam is safe and will hold.”',
    ),
  ).toEqual(['Coastal Water Authority', 'Coastal Water Authority', 'Coastal Water Authority']);
});

test('a statement from an unnamed body names nobody', () => {
  expect(
    speakers(
      'According to a statement from the regional council, the damage was “the worst in a generation.”',
    ),
  ).toEqual([null]);
});
