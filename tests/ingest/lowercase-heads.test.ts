// News style often writes the head of a body's short name in lower case ("the Commerce
// department"): after "the", a leftover name right before "department", "board", "diocese",
// "archdiocese" or "ministry" is that body. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (text: string): [string, string | undefined][] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => [o.name, o.rule]);

test('a name before a lowercase head that only bodies have is that body', () => {
  expect(orgsOf('The Fisheries department published the catch figures on Monday.')).toEqual([
    ['Fisheries department', 'org.lowercase-head'],
  ]);
  expect(orgsOf('The bishop of the Quarrow diocese retired last year.')).toEqual([
    ['Quarrow diocese', 'org.lowercase-head'],
  ]);
});

test('a place written before the name belongs to it', () => {
  expect(orgsOf('The Norway Salmon board opened a stand at the fair.')).toEqual([
    ['Norway Salmon board', 'org.lowercase-head'],
  ]);
});

test('a demonym, a person or a name without "the" before the head is left alone', () => {
  expect(orgsOf('The Spanish ministry did not comment.')).toEqual([]);
  expect(orgsOf('The Jane Doe board of trustees met.')).toEqual([]);
  expect(orgsOf('She said Fisheries department staff were tired.')).toEqual([]);
});

test('a head that is part of a thing’s name ("department store", "board game") names no body', () => {
  expect(orgsOf('Shoppers queued outside the Selfridges department store on Monday.')).toEqual([]);
  expect(orgsOf('The Monopoly board game sold well.')).toEqual([]);
});
