// British forms of prepositions and conjunctions ("Amongst", "Whilst") opening a sentence are not
// names, as "Among" and "While" are not. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNames } from './organisations-of.ts';

test('"Amongst" and "Whilst" opening a sentence name no source', () => {
  expect(orgNames('Amongst reported thefts were two bicycles.')).toEqual([]);
  expect(orgNames('Whilst reported figures rose, sales fell.')).toEqual([]);
});
