// Brands from the open-licence list (decision 018) are organisations when a text names them whole
// with no cue word; never inside a longer name, never a person's name. Sentences written for this
// test, not corpus text; the brands are entries of src/ingest/data/entities/open-organisations.json.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';
import openOrganisations from '../../src/ingest/data/entities/open-organisations.json' with { type: 'json' };

test('the list records where it comes from and its licence', () => {
  expect(openOrganisations.source).toMatch(/name-suggestion-index/);
  expect(openOrganisations.licence).toMatch(/^BSD-3-Clause/);
  expect(openOrganisations.names).toEqual(
    expect.arrayContaining(['Kaufland', 'Biedronka', 'The Home Depot']),
  );
});

test('a listed brand named with no cue word is an organisation', () => {
  expect(orgNamesAndRules('Prices of butter rose by a tenth at Kaufland and Biedronka in March.')).toEqual([
    ['Kaufland', 'org.open-gazetteer'],
    ['Biedronka', 'org.open-gazetteer'],
  ]);
  expect(orgNamesAndRules('Analysts expect Home Depot to hire more staff.')).toEqual([
    ['Home Depot', 'org.open-gazetteer'],
  ]);
});

test('a listed brand inside a longer name is not taken out of it', () => {
  expect(orgNamesAndRules('The Kaufland Foundation paid for the new playground.')).toEqual([
    ['Kaufland Foundation', 'org.head-noun'],
  ]);
});

test("a brand's name that is a person's surname here is the person's", () => {
  expect(orgNamesAndRules('Anna Kaufland won the race. Kaufland said she had trained for years.')).toEqual(
    [],
  );
});

test('ordinary words and short names are not in the list', () => {
  const names = new Set(openOrganisations.names.map((n) => n.toLowerCase()));
  for (const word of ['target', 'boots', 'leo', 'national']) expect(names.has(word)).toBe(false);
});

test('an acronym the article defines is its own, not a listed brand', () => {
  expect(
    orgNamesAndRules('The Bottled Water Society (BWS) met on Monday. BWS members voted.'),
  ).not.toContainEqual(['BWS', 'org.open-gazetteer']);
});

test('a short listed brand is an organisation only where it is written in capitals', () => {
  expect(openOrganisations.capitalsOnly).toEqual(expect.arrayContaining(['Jysk', 'Rewe']));
  expect(orgNamesAndRules('Garden chairs sold out at JYSK and REWE by noon.')).toEqual([
    ['JYSK', 'org.open-gazetteer'],
    ['REWE', 'org.open-gazetteer'],
  ]);
  // Written as a name, a short word is a person's as often; an acronym-like brand is an acronym.
  expect(orgNamesAndRules('Garden chairs sold out, Rewe told reporters.')).toEqual([]);
  expect(openOrganisations.capitalsOnly).not.toContain('GdP');
});
