// A relative clause right after a name with "which" and a verb of making, owning, running or
// selling (or "which is run by …") says the name is a business's: a person would take "who".
// Sentences written for this test, not corpus text (issue #12, eighth round).
import { expect, test } from 'vitest';
import { orgNames } from './organisations-of.ts';

test('"X, which makes …" and "X which owns …" make X a body', () => {
  expect(
    orgNames('Brennick Haulage, which makes trailers, and Osterby Mills which owns two farms, cut jobs.'),
  ).toEqual(['Brennick Haulage', 'Osterby Mills']);
});

test('"X, which is run by …" makes X a body', () => {
  expect(orgNames('A ferry of Tarvon Lines, which is run by the port, sank on Monday.')).toEqual([
    'Tarvon Lines',
  ]);
});

test('"who" after a name, or a verb no business takes, makes no body', () => {
  expect(orgNames('Maren Ostby, who owns two farms, spoke on Monday.')).toEqual([]);
  expect(orgNames('Brennick Haulage, which rained on Monday, was closed.')).toEqual([]);
});
