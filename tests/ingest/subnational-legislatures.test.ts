// A legislature named bare after the possessive of a unit below a country is that unit's, never
// the national body the gazetteer gives the bare name to (issue #12: aliases never cross
// countries; h12-kinds). Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNames } from './organisations-of.ts';

test('"the commonwealth’s House of Representatives" is another body than the U.S. House', () => {
  expect(
    orgNames(
      'On Monday the commonwealth’s House of Representatives passed the budget.',
      'A week later the U.S. House of Representatives voted on the aid bill.',
    ),
  ).toEqual(['House of Representatives', 'United States House of Representatives']);
});

test('"<state>’s state Senate" is named with its state', () => {
  expect(orgNames('Before running for Congress she served two terms in Oregon’s state Senate.')).toContain(
    'Oregon Senate',
  );
  expect(orgNames('She served in Oregon’s state Senate and later in the U.S. Senate.')).toEqual([
    'Oregon Senate',
    'United States Senate',
  ]);
});

test('"the state’s Senate" is the state’s', () => {
  expect(orgNames('The bill passed the state’s Senate on Monday and the U.S. Senate in May.')).toEqual([
    'Senate',
    'United States Senate',
  ]);
});

test('a country’s possessive or a person’s does not make a legislature a state’s', () => {
  expect(
    orgNames("The bill now goes to America's Senate for a vote, after the U.S. Senate committee agreed."),
  ).toEqual(['United States Senate']);
  expect(orgNames("Kristen Oakes's Senate career began in 1990 in the U.S. Senate.")).toEqual([
    'United States Senate',
  ]);
});

test('a state’s legislature still merges with the same body named in full', () => {
  expect(
    orgNames(
      'The bill passed the province’s Legislative Assembly in June.',
      'Members of the Legislative Assembly of Manitoba then went home.',
    ),
  ).toEqual(['Legislative Assembly of Manitoba']);
});
