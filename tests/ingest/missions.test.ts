// Embassies and consulates are bodies, named with the place they are in ("the US Embassy in
// London"). Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgNames = (text: string): string[] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => o.name);

test('an embassy or a consulate is named with the place it is in', () => {
  expect(orgNames('Ama Osei wrote to the Peruvian Embassy in Oslo on Monday.')).toEqual([
    'Peruvian Embassy in Oslo',
  ]);
  expect(orgNames('The Ghanaian Consulate was closed on Monday.')).toEqual(['Ghanaian Consulate']);
});

test('a place that runs on into another name is not the mission’s', () => {
  expect(orgNames('The Peruvian Embassy in Oslo Harbour Street was closed.')).toEqual(['Peruvian Embassy']);
});
