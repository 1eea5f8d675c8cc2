// A common word glued before a name at a sentence's start ("Voter Kitty Mak said", "Teacher Ahmed
// Farouk said", "Democrat Luis Ortega told", issue #12) is the person's title, not the first word of
// the name: it is no given name, and a given name and a surname follow it. A double given name
// ("Mary Ann Tate", "Lee Ann Tate", "Jean Marie Le Pen") and an initial stay inside the name, and an
// appositive's title after the name is the role rather than the glued word. Sentences written for
// this test (the probes of 2026-12-06, decision 012).
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('"Voter Kitty Mak said" speaks as Kitty Mak, with the role Voter', () => {
  expect(speakersAndRoles('Voter Kitty Mak said, "I came out because the schools matter to me."')).toEqual([
    ['Kitty Mak', 'Voter'],
  ]);
});

test('"Teacher Ahmed Farouk" is Ahmed Farouk, and so is "Farouk said" later', () => {
  expect(
    speakersAndRoles(
      'Teacher Ahmed Farouk said the strike would continue. "We are not going back until they listen," Farouk said.',
      'Democrat Luis Ortega told reporters, "The vote was never in doubt."',
    ),
  ).toEqual([
    ['Ahmed Farouk', 'Teacher'],
    ['Luis Ortega', 'Democrat'],
  ]);
});

test('an appositive title after the name is the role', () => {
  expect(
    speakersAndRoles(
      'Democrat Chuck Tamer, the Senate minority leader, told reporters the mayor "was a great man," and left.',
    ),
  ).toEqual([['Chuck Tamer', 'Senate minority leader']]);
});

test('double given names and initials stay inside the name', () => {
  expect(
    speakersAndRoles(
      'Mary Ann Tate said, "We opened the shelter at noon."',
      'Lee Ann Tate said, "We opened the shelter at noon."',
      'Jean Marie Le Pen said, "We opened the shelter at noon."',
      'J. Robert Oakes said, "We opened the shelter at noon."',
    ),
  ).toEqual([
    ['Mary Ann Tate', null],
    ['Lee Ann Tate', null],
    ['Jean Marie Le Pen', null],
    ['J. Robert Oakes', null],
  ]);
});
