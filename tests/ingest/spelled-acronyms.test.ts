// A bracketed acronym whose capitals are the initials of the name before it defines that name,
// even when the name holds a place ("Transport for London (TfL)") or a possessive ("Jehovah's
// Witnesses (JWs)"). Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (text: string): [string, string[], string | undefined][] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => [o.name, o.aliases, o.rule]);

test('a name that holds a place is the body its acronym spells', () => {
  expect(orgsOf('Water for Paris (WfP) raised its prices on Monday.')).toEqual([
    ['Water for Paris', ['WfP'], 'org.acronym-definition'],
  ]);
});

test('a name that holds a possessive is the body its acronym spells', () => {
  expect(orgsOf("Quillan's Keepers (QKs) said they would march again.")).toEqual([
    ["Quillan's Keepers", ['QKs'], 'org.acronym-definition'],
  ]);
});

test('a place alone, or initials that are not the acronym’s capitals, make no body', () => {
  expect(orgsOf('Flights to New Zealand (NZ) were cut.')).toEqual([]);
  expect(orgsOf('Water for Paris (WPX) raised its prices on Monday.')).toEqual([]);
});

test('a lowercase word whose initial the acronym spells is inside the name', () => {
  expect(orgsOf('According to Letters from Oslo (LFO), the shops shut early. LFO said more would.')).toEqual([
    ['Letters from Oslo', ['LFO'], 'org.acronym-definition'],
  ]);
});

test('a name the acronym spells goes on past a colon and a shorter name found before it', () => {
  expect(
    orgsOf(
      'Dana Reyes of the Institute for Marine Chemistry: Research and Teaching (I-MCRT) said the research samples were clean.',
    ),
  ).toEqual([
    ['Institute for Marine Chemistry: Research and Teaching', ['I-MCRT'], 'org.acronym-definition'],
  ]);
});

test('an acronym that leaves the lowercase word out, or a first name first, makes no longer body', () => {
  expect(orgsOf('Flights from Oslo (FXO) were cut.')).toEqual([]);
  expect(orgsOf('Maria from Oslo (MFO) was there.')).toEqual([]);
});

test("a title's acronym is no alias of the body the title names", () => {
  expect(
    orgsOf(
      'Member of Parliament (MP) Ama Osei of the Forward Party spoke. The MP said the Parliament would sit.',
    ),
  ).toEqual([
    ['Parliament', [], 'org.head-noun'],
    ['Forward Party', [], 'org.head-noun'],
  ]);
});
