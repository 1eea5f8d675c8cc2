/**
 * A speaker's roles as the articles give them, one row per role whatever its capitals: "Prime
 * Minister" (8 quotes) and "prime minister" (2) were two rows on Boris Johnson's page (app hunt 6).
 */
import { expect, test } from 'vitest';
import { foldRoles } from '../../src/lib/speaker-roles.ts';

test('roles that differ only in capitals are one row: counts added, dates spanned, the commonest spelling', () => {
  expect(
    foldRoles([
      { role: 'Prime Minister', count: 8, first: '2019-08-29', last: '2019-12-16' },
      { role: 'British Prime Minister', count: 2, first: '2019-08-24', last: '2019-08-24' },
      { role: 'prime minister', count: 2, first: '2019-09-24', last: '2020-02-05' },
      { role: 'United Kingdom Prime Minister', count: 1, first: '2019-09-11', last: '2019-09-11' },
    ]),
  ).toEqual([
    { role: 'Prime Minister', count: 10, first: '2019-08-29', last: '2020-02-05' },
    { role: 'British Prime Minister', count: 2, first: '2019-08-24', last: '2019-08-24' },
    { role: 'United Kingdom Prime Minister', count: 1, first: '2019-09-11', last: '2019-09-11' },
  ]);
});

test('merged rows take their place by their new count, most recent first on a tie', () => {
  expect(
    foldRoles([
      { role: 'Mayor', count: 3, first: '2020-01-01', last: '2020-03-01' },
      { role: 'Governor', count: 2, first: '2021-01-01', last: '2021-02-01' },
      { role: 'governor', count: 2, first: '2021-03-01', last: '2021-04-01' },
      { role: 'Senator', count: 1, first: '2019-01-01', last: '2019-01-01' },
      { role: 'MAYOR', count: 1, first: '2020-04-01', last: '2020-04-01' },
    ]).map(({ role, count, last }) => `${role} ${count} ${last}`),
  ).toEqual(['Governor 4 2021-04-01', 'Mayor 4 2020-04-01', 'Senator 1 2019-01-01']);
});

test('roles with nothing to merge keep their order and their objects', () => {
  const roles = [
    { role: 'President', count: 9, first: '2012-11-23', last: '2020-12-15' },
    { role: 'US President', count: 3, first: '2013-08-13', last: '2020-11-26' },
  ];
  expect(foldRoles(roles)).toBe(roles);
});
