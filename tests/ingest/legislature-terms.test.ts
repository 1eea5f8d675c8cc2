// An ordinal before a legislature numbers its term ("the 43rd Canadian Parliament"): the body is
// the legislature, named once however many terms the article names. Sentences written for this
// test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgNames = (...paragraphs: string[]): string[] =>
  extractEntities(paragraphs, 'Test Wire').organisations.map((o) => o.name);

test('terms of one legislature are that legislature', () => {
  expect(
    orgNames('The 12th Ruritanian Parliament was dissolved.', 'Voters chose the 13th Ruritanian Parliament.'),
  ).toEqual(['Ruritanian Parliament']);
});

test('an ordinal before another body stays in its name', () => {
  expect(orgNames('The 3rd Fleet Command moved north.')).toEqual(['3rd Fleet Command']);
});
