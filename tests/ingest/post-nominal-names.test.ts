// Letters after a full name for an office or honour ("QC", "OBE") close the name: the person
// speaks, with or without a title before the name. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a title, a full name and "QC" before the verb name the person', () => {
  expect(
    speakers('Judge Tamsin Okafor QC said the fines were "far too low for a firm of that size".'),
  ).toEqual(['Tamsin Okafor']);
});

test('an honour after a name before a colon names the person', () => {
  expect(
    speakers('Ivo Brandt OBE told the inquiry: "Nobody warned the crew that the hatch was faulty."'),
  ).toEqual(['Ivo Brandt']);
});

test('the letters alone name nobody as a person', () => {
  expect(
    speakers(
      'Tamsin Okafor QC led the defence.',
      'The jury heard that the firm "ignored every warning it was given".',
    ),
  ).toEqual([null]);
});

test('a surname alone with "QC" after it is the person too', () => {
  expect(
    speakers(
      'The court heard from barrister Alan Pryce.',
      'The jury was told by Pryce QC that the claim was "wholly without merit from start to end".',
    ),
  ).toEqual(['Alan Pryce']);
});

test('"MP" after a full name closes it; after one word it is still a title', () => {
  expect(speakers('Ivo Brandt MP told the house: "The ferry subsidy must stay in the budget."')).toEqual([
    'Ivo Brandt',
  ]);
  expect(speakers('Velmont North MP Ivo Brandt said "The ferry subsidy must stay in the budget."')).toEqual([
    'Ivo Brandt',
  ]);
});
