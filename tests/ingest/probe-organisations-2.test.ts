// Defects found by a second round of probing the extractor with ordinary news sentences written
// for the purpose (decision 002, "Probing the language: organisations, second round"). Sentences
// written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const entities = (...paragraphs: string[]) => extractEntities(paragraphs, 'Test Wire');
const orgNames = (...paragraphs: string[]): string[] =>
  entities(...paragraphs).organisations.map((o) => o.name);

test('a known name after a connector runs past the capitalised words', () => {
  // "the Congress party" is the gazetteer's "Congress Party" (Indian National Congress), whether
  // or not a connector joins it to the words before; it is no other country's Congress.
  expect(orgNames('In India the Congress party lost ground on Sunday.')).toEqual([
    'Indian National Congress',
  ]);
  expect(
    orgNames(
      'Leaders of the Congress party met in New Delhi on Friday.',
      'In South Africa the African National Congress kept its majority.',
    ),
  ).toEqual(['Indian National Congress', 'African National Congress']);
});
