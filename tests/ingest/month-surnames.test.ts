// A month right after a name word is a surname ("Theresa May"). Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a month as a surname stays in the name', () => {
  expect(speakers('Councillor Brenda May said the closure was "a betrayal of the whole valley".')).toEqual([
    'Brenda May',
  ]);
});

test("a month surname's possessive is no subject of the verb after it", () => {
  expect(
    speakers('Owen Pryce called Councillor Brenda May\'s proposed budget "a betrayal" and voted against it.'),
  ).toEqual(['Owen Pryce']);
});
