// Defects found by probing the extractor with ordinary news sentences written for the purpose
// (decision 002, "Probing the language: organisations"). Sentences written for this test, not
// corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const entities = (...paragraphs: string[]) => extractEntities(paragraphs, 'Test Wire');
const orgNames = (...paragraphs: string[]): string[] =>
  entities(...paragraphs).organisations.map((o) => o.name);

test('a body named after a person keeps the middle initial and the first name', () => {
  const e = entities(
    'The concert was held at the Walter P. Brandt Center for the Arts on Friday.',
    'The plane is on display at the Steven F. Okonkwo-Hale Center in Virginia.',
  );
  expect(e.organisations.map((o) => o.name)).toEqual([
    'Walter P. Brandt Center for the Arts',
    'Steven F. Okonkwo-Hale Center',
  ]);
  expect(e.people.map((p) => p.name)).toEqual([]);
});

test("another country's chamber named like a known body's alias is another body", () => {
  // "Congress" and "House of Representatives" are aliases of United States bodies; followed by
  // "of" and another name they name another country's chamber (aliases never cross countries).
  const e = entities(
    "Ruritania's Congress of Deputies rejected the motion on Tuesday.",
    'The House of Representatives of Ruritania passed a similar bill.',
  );
  expect(e.organisations.map((o) => [o.name, o.parent])).toEqual([
    ['Congress of Deputies', null],
    ['House of Representatives of Ruritania', null],
  ]);
  // …but the known body's own country after "of" keeps the known body.
  const own = entities('The Congress of the United States passed the bill.').organisations;
  expect(own.map((o) => o.rule)).not.toContain('org.foreign-namesake');
});

test('a known name ending in its head, with a complement of its own, is another body', () => {
  // "Royal Society" is known; these are other societies, not it with the complement dropped.
  expect(
    orgNames(
      'The Royal Society for the Care of Lighthouses welcomed the decision.',
      'The Royal Society of Glassmakers disagreed.',
    ),
  ).toEqual(['Royal Society for the Care of Lighthouses', 'Royal Society of Glassmakers']);
  // …but a known body after "of" is the known body's own complement.
  expect(orgNames('The Security Council of the United Nations met.')).toContain(
    'United Nations Security Council',
  );
});

test("a known party followed by another country's name is that country's party, not a chapter", () => {
  const e = entities('The Democratic Party of Mongolia and the Conservative Party of Chile sent delegates.');
  expect(e.organisations.map((o) => [o.name, o.parent])).toEqual([
    ['Democratic Party of Mongolia', null],
    ['Conservative Party of Chile', null],
  ]);
  // A region still names a chapter; the known body's own country names the body itself.
  expect(entities('The Republican Party of Texas met.').organisations[0]?.parent).toBe('republican-party');
  expect(orgNames('The Congress of the United States passed the bill.')).toEqual(['United States Congress']);
});

test('a chamber is a body: "Chamber of Deputies", "Chamber of Commerce"', () => {
  expect(
    orgNames(
      "Ruritania's Chamber of Deputies approved the law on Tuesday.",
      'The Kestrel Valley Chamber of Commerce welcomed it.',
    ),
  ).toEqual(['Chamber of Deputies', 'Kestrel Valley Chamber of Commerce']);
});

test("a role's plural right after 'of' names the body's members", () => {
  expect(
    orgNames('The Council of Ministers met in Ruritania on Monday.', 'The Board of Governors raised rates.'),
  ).toEqual(['Council of Ministers', 'Board of Governors']);
});

test("another country's demonym before a known party whose names tell its country is another party", () => {
  // The gazetteer's Labour Party is the United Kingdom's ("British Labour Party", "UK Labour Party").
  const e = entities('The Estonian Labour Party won the vote. The British Labour Party welcomed the result.');
  expect(e.organisations.map((o) => [o.name, o.rule])).toEqual([
    ['Estonian Labour Party', 'org.foreign-namesake'],
    ['Labour Party', 'org.gazetteer'],
  ]);
  // A body the gazetteer gives national branches is still branched.
  expect(entities('The Philippine Red Cross sent aid.').organisations[0]?.parent).toBe('red-cross');
});
