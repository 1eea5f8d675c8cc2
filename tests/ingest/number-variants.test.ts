// One body written once in the singular and once in the plural ("Railway"/"Railways") is one
// organisation. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

test('a name written once in the singular and once in the plural is one body', () => {
  const orgs = extractEntities(
    ['The Dravian Railways ran late on Monday.', 'A Dravian Railway spokesman apologised.'],
    'Test Wire',
  ).organisations;
  expect(orgs.map((o) => [o.name, o.aliases])).toEqual([['Dravian Railways', ['Dravian Railway']]]);
});

test('names that differ by more than the plural stay two bodies', () => {
  const orgs = extractEntities(
    ['The Dravian Railways ran late on Monday.', 'A Dravian Railway Union spokesman apologised.'],
    'Test Wire',
  ).organisations;
  expect(orgs.map((o) => o.name).sort()).toEqual(['Dravian Railway Union', 'Dravian Railways']);
});
