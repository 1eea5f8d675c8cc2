// The entity stage's people: a person noun capitalised before a given name and a surname
// ("Teacher Ahmed Farouk", "Nurse Maria Lopez") is the person's title, not the first word of the
// name, as the quote stage already reads it (gluedTitleWord); a capitalised word that is no listed
// person noun stays inside ("Hyde Park Corner" is no person anyway), and so does a given name
// before another ("Lee Ann Tate"). Sentences written for this test (the probes of 2026-12-06,
// decision 012).
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const peopleOf = (...paragraphs: string[]): string[] =>
  extractEntities(paragraphs, 'Probe News').people.map((p) => p.name);

test('a person noun glued before a name is no part of it', () => {
  expect(
    peopleOf(
      'Teacher Ahmed Farouk, who travelled from Cairo, said the schools were closed.',
      'Farouk added that the children were safe. Nurse Maria Lopez agreed.',
    ),
  ).toEqual(['Ahmed Farouk', 'Maria Lopez']);
});

test('a given name before another stays in the name', () => {
  expect(
    peopleOf('Lee Ann Tate, who travelled from Cairo, said the schools were closed. Tate left.'),
  ).toEqual(['Lee Ann Tate']);
});
