// A company's legal suffix ends its name: past a comma ("…, Inc.") or a number ("… 101 LLC"), and
// two companies joined by "and" stay two. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';

test('a name before ", Inc." is a company', () => {
  expect(orgNamesAndRules('The mill was sold to Brindle Asset Management, Inc. in May.')).toEqual([
    ['Brindle Asset Management, Inc', 'org.legal-suffix'],
  ]);
});

test('a number inside a name does not cut it before "LLC"', () => {
  expect(orgNamesAndRules('Records show that Harbor 77 LLC paid for the adverts.')).toEqual([
    ['Harbor 77 LLC', 'org.legal-suffix'],
  ]);
});

test('two companies joined by "and" after a legal suffix stay two', () => {
  expect(
    orgNamesAndRules('The shares were bought by Vexa Holdings LLC and Torvik Partners Ltd last year.'),
  ).toEqual([
    ['Vexa Holdings LLC', 'org.head-noun'],
    ['Torvik Partners Ltd', 'org.head-noun'],
  ]);
});

test('a number alone before a suffix names no company, and "Co" is not a legal suffix here', () => {
  expect(orgNamesAndRules('In 2019 LLC filings rose sharply.')).toEqual([]);
  expect(orgNamesAndRules('Anna Berg, Co. Kerry, won the race.').map(([name]) => name)).not.toContain(
    'Anna Berg, Co',
  );
});

test('a legal form written with dots names a company as its plain spelling does', () => {
  expect(orgNamesAndRules('She worked for Marrowby S.A., which owns the hotel, for ten years.')).toEqual([
    ['Marrowby S.A.', 'org.head-noun'],
  ]);
  expect(orgNamesAndRules('The port was sold to Quillan N.V. in May.')).toEqual([
    ['Quillan N.V.', 'org.head-noun'],
  ]);
});
