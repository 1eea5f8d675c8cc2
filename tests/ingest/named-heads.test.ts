// A known body named by one head word ("Times", "Congress") is another body when a proper word
// the chunk rules left unclaimed comes right before that head: "the Military Times" is not The
// Times, "the National Congress" of another country is not the United States Congress. Sentences
// written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (text: string): string[] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => o.name);

test('a proper word before a one-word known head names another body', () => {
  expect(orgsOf('A navy officer told the Harbour Times that the pier was safe.')).toEqual(['Harbour Times']);
  expect(orgsOf('Farmers marched to the National Congress in the capital.')).toEqual(['National Congress']);
});

test('the head alone, or after a demonym or a role, is still the known body', () => {
  expect(orgsOf('A navy officer told The Times that the pier was safe.')).toEqual(['The Times']);
  expect(orgsOf('The bill now goes to Congress.')).toEqual(['United States Congress']);
});
