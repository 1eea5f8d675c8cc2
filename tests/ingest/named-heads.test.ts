// A known body named by one head word ("Times", "Congress") is another body when a proper word
// the chunk rules left unclaimed comes right before that head: "the Military Times" is not The
// Times, "the National Congress" of another country is not the United States Congress. Sentences
// written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';
import { orgNames } from './organisations-of.ts';

test('a proper word before a one-word known head names another body', () => {
  expect(orgNames('A navy officer told the Harbour Times that the pier was safe.')).toEqual([
    'Harbour Times',
  ]);
  expect(orgNames('Farmers marched to the National Congress in the capital.')).toEqual(['National Congress']);
});

test('the head alone, or after a demonym, is still the known body', () => {
  expect(orgNames('A navy officer told The Times that the pier was safe.')).toEqual(['The Times']);
  expect(orgNames('The bill now goes to Congress.')).toEqual(['United States Congress']);
  expect(orgNames('The bill now goes to the American Congress.')).toEqual(['United States Congress']);
});

test('a sentence opener the article also writes in lower case still opens a name before a head', () => {
  const paragraphs = [
    'The debate was held. Humanist Party presidential nominee Jo Bloggs spoke first.',
    '"My humanist friends will vote," she said.',
  ];
  expect(extractEntities(paragraphs, 'Test Wire').organisations.map((o) => o.name)).toEqual([
    'Humanist Party',
  ]);
  // Without a capitalised head after it, the opener is still an ordinary word.
  const plain = ['Humanist groups met.', '"My humanist friends came," she said.'];
  expect(extractEntities(plain, 'Test Wire').organisations).toEqual([]);
});

test('a head of several words names the body its name words open ("… Hall of Fame")', () => {
  expect(orgNames('The quartet was inducted into the Swing and Jive Hall of Fame in 1999.')).toEqual([
    'Swing and Jive Hall of Fame',
  ]);
  expect(orgNames('She was named to the Regional Podcast Hall of Fame last year.')).toEqual([
    'Regional Podcast Hall of Fame',
  ]);
  // Alone it says not which, and its first word alone is still a building's.
  expect(orgNames('He toured the Hall of Fame on Monday.')).toEqual([]);
  expect(orgNames('They met at the Riverside Hall on Monday.')).toEqual([]);
});
