// A name written before "chain", "store" or "stores" is a shop's: "the Pellwood chain", "a Marrow
// store". Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNames } from './organisations-of.ts';

test('a name before "chain", "store" or "stores" is a shop', () => {
  expect(orgNames('The buyer named the Pellwood chain as a bidder.')).toEqual(['Pellwood']);
  expect(orgNames('Police said he was seen outside a Marrow store on Friday.')).toEqual(['Marrow']);
  expect(orgNames('Prices rose at Quillan stores across the region.')).toEqual(['Quillan']);
});

test('a chain of islands, or a place before a store, names no shop', () => {
  expect(orgNames('The boat sailed along the Pellwood Island chain for a week.')).toEqual([]);
  expect(orgNames('He was seen outside a London store on Friday.')).toEqual([]);
});
