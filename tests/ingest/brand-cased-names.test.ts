// A leftover one-word name written with capitals after a lowercase letter ("RepresentUS",
// "PCdoB") is a brand's or a body's, as CamelCase names are. Sentences written for this test,
// not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (text: string): [string, string | undefined][] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => [o.name, o.rule]);

test('a word with capitals after a lowercase letter is an organisation', () => {
  expect(orgsOf('Lena Ortiz of ShieldUS marched on Monday.')).toEqual([['ShieldUS', 'org.camel-case']]);
  expect(orgsOf('Voters backed the PCvoR in the north.')).toEqual([['PCvoR', 'org.camel-case']]);
});

test('degrees, surnames and short codes with inner capitals are not', () => {
  expect(orgsOf('Lena Ortiz holds a PhD in physics.')).toEqual([]);
  expect(orgsOf('Voters in the north backed a DeWitt aide.')).toEqual([]);
  expect(orgsOf('Tests for SARS-CoV found nothing.')).toEqual([]);
});
