// A middle initial's full stop is inside a person's name ("Chief Justice John G. Roberts" was
// "John G", issue #12), not after a common word ("Plan B. Researchers"). Sentences written for
// this test.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const people = (...paragraphs: string[]): string[] =>
  extractEntities(paragraphs, 'Test Wire').people.map((p) => p.name);

test('"Chief Justice Marcus H. Delacroix" names Marcus H. Delacroix, not "Marcus H"', () => {
  expect(people('"We mourn a colleague," wrote Chief Justice Marcus H. Delacroix on Monday.')).toEqual([
    'Marcus H. Delacroix',
  ]);
});

test('a titled name and a known first name keep their initials, two of them too', () => {
  expect(
    people(
      'U.S. Attorney Jessie K. Okonkwo filed the case. The mathematician Michael J. T. Brandt wrote to her.',
    ),
  ).toEqual(['Jessie K. Okonkwo', 'Michael J. T. Brandt']);
});

test('a capital letter after a common word ends its sentence: "Plan B. Researchers"', () => {
  expect(people('The council chose Plan B. Researchers said Tim Varga agreed.')).toEqual(['Tim Varga']);
});
