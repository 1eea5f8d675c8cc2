// A French or Italian name keeps its elided article ("d'Intervention", "Giscard d'Estaing"): the
// word after the apostrophe is a name word though the token is lowercase, and a foreign "et" before
// it does not end the name. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const entitiesOf = (text: string): { orgs: string[]; people: string[] } => {
  const e = extractEntities([text], 'Test Wire');
  return { orgs: e.organisations.map((o) => o.name), people: e.people.map((p) => p.name) };
};

test("a body's name goes on over a foreign connector and an elided article", () => {
  expect(
    entitiesOf("The Agence de Surveillance et d'Intervention said on Monday that the port was closed."),
  ).toEqual({
    orgs: ["Agence de Surveillance et d'Intervention"],
    people: [],
  });
});

test("a person's surname with an elided article is part of the name", () => {
  expect(
    entitiesOf(
      'Pierre Valmont d’Aubigny said on Monday that the port was closed. Valmont d’Aubigny added more.',
    ),
  ).toEqual({ orgs: [], people: ['Pierre Valmont d’Aubigny'] });
});
