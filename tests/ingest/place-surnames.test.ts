// A one-word place after a given name or a titled word is a person's surname ("Actor Denzel
// Washington" was the place Washington, issue #12), unless the name goes on after it ("the George
// Washington Bridge"). Sentences written for this test.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const entities = (...paragraphs: string[]): { people: string[]; places: string[] } => {
  const e = extractEntities(paragraphs, 'Test Wire');
  return { people: e.people.map((p) => p.name), places: e.places.map((p) => p.name) };
};

test('"Actor Denzal Washington" is a person, not the place Washington', () => {
  expect(entities('Actor Denzal Washington, who paid for the school, attended the gala.')).toEqual({
    people: ['Denzal Washington'],
    places: [],
  });
});

test('a given name before a country makes a surname: "Kevin Jordan"; the country alone stays a place', () => {
  expect(entities('Kevin Jordan met officials in Jordan on Monday.')).toEqual({
    people: ['Kevin Jordan'],
    places: ['Jordan'],
  });
});

test('a name going on after the place is not a person: "the George Washington Bridge"', () => {
  expect(entities('Traffic halted on the George Washington Bridge on Monday.').people).toEqual([]);
});
