// A name with a word of a thing's name ("Hurricane", "Shuttle", "Prize", "County") names no person
// ("Hurricane Dorian", "Space Shuttle Atlantis" were people, issue #12); a surname-like head word
// ("Hall") keeps a person. Sentences written for this test.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const people = (...paragraphs: string[]): string[] =>
  extractEntities(paragraphs, 'Test Wire').people.map((p) => p.name);

test('storms, craft and prizes are no people, though their last word recurs alone', () => {
  expect(
    people(
      'Hurricane Ostrava hit the coast on Monday. Ostrava then weakened over land.',
      'Tim Varga flew on the Space Shuttle Corvina. Corvina landed safely.',
      'Varga won the John Quint Prize for the flight.',
    ),
  ).toEqual(['Tim Varga']);
});

test('a surname that is also a building word stays a person: "Andy Hall"', () => {
  expect(people('Andy Hall opened the building on Monday. Hall said it was ready.')).toEqual(['Andy Hall']);
});
