// A capitalised preposition between two capitalised name words is a word of the name
// ("Doctors Without Borders"), not where it ends. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"Medics Without Frontiers said" gives the quotation to the whole name, not to "Frontiers"', () => {
  expect(
    speakers('Medics Without Frontiers said: "Our teams cannot reach the wounded in the north of the town."'),
  ).toEqual(['Medics Without Frontiers']);
});

test('"a spokesman for Medics Without Frontiers said" credits no "Frontiers"', () => {
  expect(
    speakers(
      'A spokesman for Medics Without Frontiers said: "Our teams cannot reach the wounded in the town."',
    ),
  ).not.toContain('Frontiers');
});
