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
