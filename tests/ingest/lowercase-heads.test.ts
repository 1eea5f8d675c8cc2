// News style often writes the head of a body's short name in lower case ("the Commerce
// department"): after "the", a leftover name right before "department", "board", "diocese",
// "archdiocese" or "ministry" is that body. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';

test('a name before a lowercase head that only bodies have is that body', () => {
  expect(orgNamesAndRules('The Fisheries department published the catch figures on Monday.')).toEqual([
    ['Fisheries department', 'org.lowercase-head'],
  ]);
  expect(orgNamesAndRules('The bishop of the Quarrow diocese retired last year.')).toEqual([
    ['Quarrow diocese', 'org.lowercase-head'],
  ]);
});

test('a place written before the name belongs to it', () => {
  expect(orgNamesAndRules('The Norway Salmon board opened a stand at the fair.')).toEqual([
    ['Norway Salmon board', 'org.lowercase-head'],
  ]);
});

test('a demonym, a person or a name without "the" before the head is left alone', () => {
  expect(orgNamesAndRules('The Spanish ministry did not comment.')).toEqual([]);
  expect(orgNamesAndRules('The Jane Doe board of trustees met.')).toEqual([]);
  expect(orgNamesAndRules('She said Fisheries department staff were tired.')).toEqual([]);
});

test('a head that is part of a thing’s name ("department store", "board game") names no body', () => {
  expect(orgNamesAndRules('Shoppers queued outside the Selfridges department store on Monday.')).toEqual([]);
  expect(orgNamesAndRules('The Monopoly board game sold well.')).toEqual([]);
});
