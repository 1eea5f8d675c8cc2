// A person named with their affiliation speaks, not the body they belong to: "X of the advocacy
// group Y said", "X, a lecturer at Y, who said". Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('lowercase words describing the body do not hide the person before "of"', () => {
  expect(
    speakers(
      'Oskar Lindahl of the advocacy group Fair Rivers Network said, "The council must publish every report it has received this year."',
    ),
  ).toEqual(['Oskar Lindahl']);
});

test('"who said" after an appositive ending in a body refers to the person described', () => {
  expect(
    speakers(
      'The work was led by Ines Vidal, a hydrologist and senior lecturer at UPM, who said "Rivers here are drying earlier every summer than they used to."',
    ),
  ).toEqual(['Ines Vidal']);
});

test('a body that is itself the antecedent of "who said" still speaks', () => {
  expect(
    speakers(
      'The report was published by Fair Rivers Network, who said "Rivers here are drying earlier every summer than they used to."',
    ),
  ).toEqual(['Fair Rivers Network']);
});

test('a person described without a body is unchanged', () => {
  expect(
    speakers(
      'The work was led by Ines Vidal, a hydrologist, who said "Rivers here are drying earlier every summer than they used to."',
    ),
  ).toEqual(['Ines Vidal']);
});
