// A one-word short name spelt from another name of the article ("RMT" for the National Union of
// Rail, Maritime and Transport Workers, "Phivolcs" for the Philippine Institute of Volcanology
// and Seismology) is that body. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (...paragraphs: string[]): [string, string[]][] =>
  extractEntities(paragraphs, 'Test Wire').organisations.map((o) => [o.name, o.aliases]);

test('an acronym from a run of the name’s initials joins the name', () => {
  expect(
    orgsOf('The chairman of the FTW union (Northern Federation of Tram Workers), Ola Berg, called a strike.'),
  ).toEqual([['Northern Federation of Tram Workers', ['FTW']]]);
});

test('a short name from the first letters of the name’s words joins the name', () => {
  expect(
    orgsOf(
      'The Freedonian Institute of Glaciology and Hydrology measured the river.',
      'Freglahy, the institute, said the water would rise by a metre.',
    ).filter(([name]) => name.startsWith('Fre')),
  ).toEqual([['Freedonian Institute of Glaciology and Hydrology', ['Freglahy']]]);
});

test('an acronym that does not spell the name, or spells two names, stays apart', () => {
  const apart = orgsOf(
    'The chairman of the KPX union (Northern Federation of Tram Workers), Ola Berg, called a strike.',
  ).map(([name]) => name);
  expect(apart).toContain('Northern Federation of Tram Workers');
  expect(apart).toContain('KPX');
  const ambiguous = orgsOf(
    'The chairman of the FTW union, Ola Berg, met the Northern Federation of Tram Workers and the Fjord Tunnel Workers Union.',
  );
  expect(ambiguous).toContainEqual(['FTW', []]);
  expect(ambiguous).toContainEqual(['Northern Federation of Tram Workers', []]);
});

test('a name glossed in brackets by a body’s name is that body, not a person', () => {
  const r = extractEntities(
    [
      'The march was led by Kalpa Dhara Jal Mandal (Green River Water Council) president Ravi Menon on Sunday.',
    ],
    'Test Wire',
  );
  expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([
    ['Green River Water Council', ['Kalpa Dhara Jal Mandal']],
  ]);
  expect(r.people.map((p) => p.name)).not.toContain('Kalpa Dhara Jal Mandal');
});

test('a person’s two-word name with a body in brackets after it stays a person', () => {
  const r = extractEntities(
    ['The march was led by Ravi Menon (Green River Water Council) on Sunday.'],
    'Test Wire',
  );
  expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([['Green River Water Council', []]]);
});
