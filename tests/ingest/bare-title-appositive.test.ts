// A title without an article in an appositive is the person's role: "Kathryn Waters, director of
// the gallery, said" and "said Kristen Wilkins, assistant professor of photography." gave no role,
// so every later "Waters said" showed none either. Found by `npm run eval -- --roles` (2026-12-06);
// sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a bare title after the name, closed by a comma or the sentence, is the role', () => {
  expect(
    speakersAndRoles(
      'Nora Patel, director of the city museum, opened the show on Friday.',
      '"We waited ten years for this collection," Patel said.',
      '"It is the finest of its kind," said Owen Hart, senior curator of prints.',
    ),
  ).toEqual([
    ['Nora Patel', 'director of the city museum'],
    ['Owen Hart', 'senior curator of prints'],
  ]);
});

test('a role given at the first mention carries to later quotes by surname', () => {
  expect(
    speakersAndRoles(
      'The exhibit was planned by Lena Voss, assistant professor of design and curator of the exhibit.',
      '"Every print tells a story," Voss said.',
      '"We chose them together with the students," she added.',
    ),
  ).toEqual([
    ['Lena Voss', 'assistant professor of design and curator of the exhibit'],
    ['Lena Voss', 'assistant professor of design and curator of the exhibit'],
  ]);
});

test('no title when the words after the comma are no title', () => {
  expect(
    speakersAndRoles(
      'Nora Patel, smiling and relaxed, opened the show on Friday.',
      '"We waited ten years for this collection," Patel said.',
      'Owen Hart, police said, had left the building. "He was calm," said Ray Dunn.',
    ),
  ).toEqual([
    ['Nora Patel', null],
    ['Ray Dunn', null],
  ]);
});

test('a phrase of a preposition or a document after the name is no title; "of" a body still is', () => {
  expect(
    speakersAndRoles(
      'His rival, Ann Lee, in a message to supporters, wrote "We will win this."',
      '"The price rise is fair," Tolvo said in its March media release.',
      'Omar Farid, of the provincial council, spoke first. "The road is closed," Farid said.',
    ),
  ).toEqual([
    ['Ann Lee', null],
    ['Tolvo', null],
    ['Omar Farid', 'of the provincial council'],
  ]);
});

test('a capitalised word spelled like a reporting verb ("States") does not end a title after the name', () => {
  expect(
    speakersAndRoles(
      'Tom Hale, the party\'s nominee for Vice President of the United States, said "we are ready."',
    ),
  ).toEqual([['Tom Hale', "party's nominee for Vice President of the United States"]]);
});
