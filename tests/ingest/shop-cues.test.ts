// A name written before "chain", "store" or "stores" is a shop's: "the Pellwood chain", "a Marrow
// store". Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (text: string): string[] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => o.name);

test('a name before "chain", "store" or "stores" is a shop', () => {
  expect(orgsOf('The buyer named the Pellwood chain as a bidder.')).toEqual(['Pellwood']);
  expect(orgsOf('Police said he was seen outside a Marrow store on Friday.')).toEqual(['Marrow']);
  expect(orgsOf('Prices rose at Quillan stores across the region.')).toEqual(['Quillan']);
});

test('a chain of islands, or a place before a store, names no shop', () => {
  expect(orgsOf('The boat sailed along the Pellwood Island chain for a week.')).toEqual([]);
  expect(orgsOf('He was seen outside a London store on Friday.')).toEqual([]);
});
