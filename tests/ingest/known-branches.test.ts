// A place or demonym right before a known body names that body's branch there, not the body
// itself: a state's party, a country's Red Cross society. A country before a national body is not
// a branch (the body is that country's own). Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (text: string): { name: string; rule: string | undefined; parent: string | null }[] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => ({
    name: o.name,
    rule: o.rule,
    parent: o.parent,
  }));

test("a region's party is a body of its own, with the national party as parent", () => {
  expect(orgsOf('The Ohio Republican Party chose its chair on Saturday.')).toEqual([
    { name: 'Ohio Republican Party', rule: 'org.known-branch', parent: 'republican-party' },
  ]);
});

test('a demonym before a body the gazetteer gives national branches names the branch', () => {
  expect(orgsOf('Volunteers of the Chilean Red Cross handed out water.')).toEqual([
    { name: 'Chilean Red Cross', rule: 'org.known-branch', parent: 'red-cross' },
  ]);
});

test('a country before a national body is that body, not a branch', () => {
  expect(orgsOf('The U.S. Environmental Protection Agency fined the mill.').map((o) => o.name)).toEqual([
    'Environmental Protection Agency',
  ]);
});

test('a branch the gazetteer lists keeps its own entry', () => {
  expect(orgsOf('The British Red Cross opened a shelter.')).toEqual([
    { name: 'British Red Cross', rule: 'org.gazetteer', parent: 'red-cross' },
  ]);
});

test("a demonym before a country's body named without its country is another country's body", () => {
  expect(orgsOf('The Libyan House of Representatives rejected the deal on Monday.')).toEqual([
    { name: 'Libyan House of Representatives', rule: 'org.foreign-namesake', parent: null },
  ]);
  // Without the demonym the alias still names the body the gazetteer gives it.
  expect(orgsOf('The House of Representatives passed the bill on Monday.').map((o) => o.name)).toEqual([
    'United States House of Representatives',
  ]);
});

test("a chamber after another country's demonym is that country's, after the body's own demonym it is the body", () => {
  expect(orgsOf('The Mexican Congress passed the bill on Monday.')).toEqual([
    { name: 'Mexican Congress', rule: 'org.foreign-namesake', parent: null },
  ]);
  expect(orgsOf('The American Congress passed the bill on Monday.').map((o) => o.name)).toEqual([
    'United States Congress',
  ]);
});

test("a region's branch and the national body named beside it are two bodies; a country's branch takes its bare name", () => {
  expect(orgsOf('The Republican Party lost. The Ohio Republican Party chose a chair.')).toEqual([
    { name: 'Republican Party', rule: 'org.gazetteer', parent: null },
    { name: 'Ohio Republican Party', rule: 'org.known-branch', parent: 'republican-party' },
  ]);
  expect(orgsOf('The British Red Cross opened a shelter. The Red Cross said it was full.')).toEqual([
    { name: 'British Red Cross', rule: 'org.gazetteer', parent: 'red-cross' },
  ]);
});

test("another party named with a word before a known party's members' plural is that other party", () => {
  expect(orgsOf('In Sweden the Social Democrats won the most seats on Sunday.')).toEqual([
    { name: 'Social Democrats', rule: 'org.foreign-namesake', parent: null },
  ]);
});

test("the known party's members stay the known party: a demonym, a sentence's first word, a longer run", () => {
  const names = (text: string) => orgsOf(text).map((o) => o.name);
  expect(names('Many American Democrats voted early.')).toEqual(['Democratic Party']);
  expect(names('Lawmakers met on Monday. Fellow Democrats said the bill would pass.')).toEqual([
    'Democratic Party',
  ]);
  expect(names('He wrote that "the Radical Left Democrats have failed" again.')).toEqual([
    'Democratic Party',
  ]);
});
