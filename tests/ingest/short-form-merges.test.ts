// A shorter or differently spelt name of a body named in full in the same article is that body,
// not another one. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (text: string): [string, string[]][] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => [o.name, o.aliases]);

test('British and American spellings of one name are one body', () => {
  expect(
    orgsOf(
      'The Norwegian Self-Defence League marched on Monday. Later the Self-Defense League said it would march again.',
    ),
  ).toEqual([['Norwegian Self-Defence League', ['Self-Defense League']]]);
});

test('names that differ by more than a spelling stay apart', () => {
  expect(
    orgsOf('The Norwegian Self-Defence League marched on Monday. The Self-Help League stayed home.'),
  ).toEqual([
    ['Norwegian Self-Defence League', []],
    ['Self-Help League', []],
  ]);
});

test('a committee named without its chamber is the chamber’s committee', () => {
  expect(
    orgsOf(
      'The House Fisheries and Rivers Committee met on Monday. The Fisheries Committee said it would meet again.',
    ),
  ).toEqual([['House Fisheries and Rivers Committee', ['Fisheries Committee']]]);
});

test('two chambers’ committees of one name stay apart', () => {
  expect(
    orgsOf('The House Fisheries Committee met on Monday. The Senate Fisheries Committee met on Tuesday.'),
  ).toEqual([
    ['House Fisheries Committee', []],
    ['Senate Fisheries Committee', []],
  ]);
});

test('a one-word name and its web domain are the body named "<head> of" that word', () => {
  expect(
    orgsOf(
      'The Church of Veritology opened a hall. Critics of the group Veritology marched outside, and the Veritology.org site went down.',
    ),
  ).toEqual([['Church of Veritology', ['Veritology', 'Veritology.org']]]);
});

test('a one-word name that two bodies end with stays apart from both', () => {
  expect(
    orgsOf(
      'The Church of Veritology and the Museum of Veritology opened. Critics of the group Veritology marched outside.',
    ).map(([name]) => name),
  ).toEqual(['Church of Veritology', 'Museum of Veritology', 'Veritology']);
});
