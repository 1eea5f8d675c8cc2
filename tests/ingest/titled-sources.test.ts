// A capitalised "The" in mid-sentence after a source cue ("told The X", "a report by The X", "a
// writer for The X") marks a publication's title, even when the name is also a region's or opens
// with a demonym. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';
import { orgNamesAndRules } from './organisations-of.ts';

const placesOf = (text: string): string[] => extractEntities([text], 'Test Wire').places.map((p) => p.name);

test('a region named as a title after "told" or "a report by" is a publication', () => {
  expect(orgNamesAndRules('A trawler captain told The Pacific that the catch had halved.')).toEqual([
    ['Pacific', 'org.source-cue'],
  ]);
  expect(orgNamesAndRules('According to a report by The Pacific, the catch had halved.')).toEqual([
    ['Pacific', 'org.source-cue'],
  ]);
});

test('a name opening with a demonym after "a writer for The" is a publication', () => {
  expect(
    orgNamesAndRules('The essay won praise from a writer for The Danish Conservative last week.'),
  ).toEqual([['Danish Conservative', 'org.source-cue']]);
});

test('the region in lower-case "the", or without a source cue, stays a place', () => {
  const text = 'The trawler crossed the Pacific, and a storm over The Pacific delayed it.';
  expect(orgNamesAndRules(text)).toEqual([]);
  expect(placesOf(text)).toContain('Pacific Ocean');
  expect(orgNamesAndRules('The mayor told the Pacific fleet to stay in port.')).toEqual([]);
});

test('a person after "told The" is not made a publication', () => {
  expect(orgNamesAndRules('He told The Reverend John Smith about the fire.')).toEqual([]);
});
