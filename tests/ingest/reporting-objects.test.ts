// A bare one-word name after a cue naming who was told, interviewed or written for ("in an
// interview with Acme", "told Acme", "a contributor to Acme") is an outlet or a body, unless a
// person of the article bears it. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';

test('a name interviewed, told or written for is an organisation', () => {
  expect(orgNamesAndRules('In an interview with Brightwater, the skipper said the nets were empty.')).toEqual(
    [['Brightwater', 'org.reporting-object']],
  );
  expect(orgNamesAndRules('The harbour master told Quillsby that the pier would reopen.')).toEqual([
    ['Quillsby', 'org.reporting-object'],
  ]);
  // A connector before a date does not carry the name on.
  expect(orgNamesAndRules('The harbour master told Quillsby on Monday that the pier would reopen.')).toEqual([
    ['Quillsby', 'org.reporting-object'],
  ]);
  expect(
    orgNamesAndRules('Nadia Kowal, a lawyer and contributor to Ferncastle, wrote that the law was vague.'),
  ).toEqual([['Ferncastle', 'org.reporting-object']]);
});

test('an unknown acronym spoken to is an organisation', () => {
  expect(orgNamesAndRules('The senator, in remarks to KVRT, said the vote would wait.')).toEqual([
    ['KVRT', 'org.reporting-object'],
  ]);
});

test('a person of the article, a first name or a longer name is left alone', () => {
  // "Marlow" is the surname of the person the article named first.
  expect(
    orgNamesAndRules('Jonas Marlow runs the ferry.', 'The mayor told Marlow that the ferry would stop.'),
  ).toEqual([]);
  // A surname the article gave earlier after a courtesy title.
  expect(orgNamesAndRules('Dr. Marlow runs the ferry.', 'The report by Marlow found no fault.')).toEqual([]);
  expect(orgNamesAndRules('The mayor told Sarah that the ferry would stop.')).toEqual([]);
  // The name runs on past the cue's one word: not the body's whole name.
  expect(
    orgNamesAndRules('The study was published in Proceedings of the Harbour Society.'),
  ).not.toContainEqual(['Proceedings', 'org.reporting-object']);
  expect(orgNamesAndRules('The mayor told Quillsby This Week that the ferry would stop.')).not.toContainEqual(
    ['Quillsby', 'org.reporting-object'],
  );
});

test('a deity or a family member told is nobody’s outlet', () => {
  expect(orgNamesAndRules('The harbour master told God that the pier would reopen.')).toEqual([]);
  expect(orgNamesAndRules('The skipper told Mom that the nets were empty.')).toEqual([]);
});

test('a name told is a person’s when the article names that person in full later', () => {
  expect(
    orgNamesAndRules(
      'The harbour master told Quillsby that the pier would reopen.',
      'Anna Quillsby denied it on Monday.',
    ),
  ).toEqual([]);
});

test('the body a spokesperson speaks for is an organisation, a longer name or a titled one too', () => {
  expect(
    orgNamesAndRules(
      'Three pupils were hurt when a Marrowby Coaches bus hit a wall.',
      'A spokesperson for Marrowby Coaches said the driver was unhurt.',
    ),
  ).toEqual([['Marrowby Coaches', 'org.reporting-object']]);
  expect(orgNamesAndRules('Ama Osei, a spokeswoman for The Lanterns, could not be reached.')).toEqual([
    ['Lanterns', 'org.reporting-object'],
  ]);
});

test('a person a spokesperson speaks for is left alone', () => {
  expect(orgNamesAndRules('A spokesman for Governor Ama Osei declined to comment.')).toEqual([]);
  expect(orgNamesAndRules('A spokesman for Peter Quillsby declined to comment.')).toEqual([]);
});
