// The title in an appositive before the name ("The director of the museum, Ana Ruiz, said"), where
// the quote stage found no title mention right before the comma. Found by `npm run eval -- --roles`
// (2026-12-06, h12-roles3); sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a parenthesis between the title and the name is left out of the title', () => {
  expect(
    speakersAndRoles(
      'The general secretary of the Rail Union (the National Union of Rail Workers), Mick Cash, said the offer was "nowhere near enough."',
    ),
  ).toEqual([['Mick Cash', 'general secretary of the Rail Union']]);
});

test('a title headed by a person noun before the name, with no title mention, is the role', () => {
  expect(
    speakersAndRoles(
      'Another eyewitness, Nora Towne, described "insane" heat on the road.',
      'The director of Argentina\'s Amnesty International, Maria Belo, said "the president heard us."',
    ),
  ).toEqual([
    ['Nora Towne', 'eyewitness'],
    ['Maria Belo', "director of Argentina's Amnesty International"],
  ]);
});

test('no title before the name when a preposition opens the segment, no title ends it, or it is relative', () => {
  expect(
    speakersAndRoles(
      'When the minister arrived, Tom Hale said "we are ready."',
      'As a child, Rita Gale, now 40, said "we had nothing."',
      'His rival, Joe Biden, said "we will win."',
    ),
  ).toEqual([
    ['Tom Hale', null],
    ['Rita Gale', null],
    ['Joe Biden', null],
  ]);
});

test('a title before the name starts after the reporting verb of its clause', () => {
  expect(
    speakersAndRoles(
      'So said the fire brigade\'s spokesman, Ian Holt, "nobody was hurt in the fire."',
      '"The road is open," said the council\'s press officer, Ruth Dale, on Monday.',
    ),
  ).toEqual([
    ['Ian Holt', "fire brigade's spokesman"],
    ['Ruth Dale', "council's press officer"],
  ]);
});

test('a title before the name needs no comma after it when the reporting verb or the sentence end follows', () => {
  expect(
    speakersAndRoles(
      'In a public statement, Malaysia\'s Prime Minister, Ravi Nair said, "We are in contact with them."',
      '"He was brilliant," said the university\'s chancellor, Amos Khan.',
      'His sister, and member of the council, Lina Hale wrote, "It was a happy day."',
      'In a statement, Tom Hale said "we are ready."',
    ),
  ).toEqual([
    ['Ravi Nair', "Malaysia's Prime Minister"],
    ['Amos Khan', "university's chancellor"],
    ['Lina Hale', 'member of the council'],
    ['Tom Hale', null],
  ]);
});
