// A person noun of WordNet's noun.person list (src/ingest/data/quotes/person-nouns.json) heads a
// speaker's role: "herpetologist David Blackburn told", "According to eyewitness Vinnie DeVita"
// and "coauthor Colette Heald told" gave no role, as the hand-written role heads lack those
// nouns. Found by `npm run eval -- --roles` (2026-12-06); sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a lowercase person noun right before the name is the role, with the words that qualify it', () => {
  expect(
    speakersAndRoles(
      'One of the authors, herpetologist Dana Kirk, told reporters "the skulls surprised us."',
      'According to eyewitness Milo Grant, "the bus was on fire within seconds."',
      'Festival committee member Ruth Ambler said "we sold every ticket."',
      '"Our team built it in a week," study co-author Ivo Sand said.',
    ),
  ).toEqual([
    ['Dana Kirk', 'herpetologist'],
    ['Milo Grant', 'eyewitness'],
    ['Ruth Ambler', 'Festival committee member'],
    ['Ivo Sand', 'study co-author'],
  ]);
});

test('a bare person noun after the name, closed by a comma, is the role', () => {
  expect(
    speakersAndRoles(
      'Tessa Lund, ornithologist at the city museum, said "the rock is older than we thought."',
    ),
  ).toEqual([['Tessa Lund', 'ornithologist at the city museum']]);
});

test('a word that is mostly no person noun titles no one', () => {
  expect(
    speakersAndRoles(
      'Their star Ana Ruiz said "we will open on Monday."',
      'On the host Omar Dal said "welcome back."',
    ),
  ).toEqual([
    ['Ana Ruiz', null],
    ['Omar Dal', null],
  ]);
});
