// Words at a role's start that are no part of the title: a conjunction left by a list of titles
// ("radio host, and philanthropist Don Imus" gave "and philanthropist") and a quantifier
// ("Another eyewitness, Nicole Towarek," gave "Another eyewitness"). Found by
// `npm run eval -- --roles` (2026-12-06, h12-roles3); sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a conjunction or a quantifier opening a role is left out', () => {
  expect(
    speakersAndRoles(
      'Radio host, author, and philanthropist Dan Orme said "we will miss him."',
      'Another eyewitness, Nora Towne, described "insane" heat on the road.',
      'One activist, Kemal Arslan, said "the law is unjust."',
    ),
  ).toEqual([
    ['Dan Orme', 'philanthropist'],
    ['Nora Towne', 'eyewitness'],
    ['Kemal Arslan', 'activist'],
  ]);
});

test('only one article or quantifier is left out, and "One" before a capitalised word stays', () => {
  expect(
    speakersAndRoles(
      'Lea Marsh, the one official on duty, said "the hall was full."',
      'Ray Hume, One Nation leader, said "we will stand."',
    ),
  ).toEqual([
    ['Lea Marsh', 'one official on duty'],
    ['Ray Hume', 'One Nation leader'],
  ]);
});

test('the walk back from a lowercase title before a name stops at a verb in the past', () => {
  expect(
    speakersAndRoles(
      'On Monday Reuters contacted campaign manager Steve Dale, who said "we expect to win."',
      'Polls on the trail showed party nominee Ana Ruiz ahead. "We are ahead," Ruiz said.',
      'Former adviser and retired general Tom Hale said "the plan is sound."',
    ),
  ).toEqual([
    ['Steve Dale', 'campaign manager'],
    ['Ana Ruiz', 'party nominee'],
    ['Tom Hale', 'Former adviser and retired general'],
  ]);
});

test('a leading "current" is left out of the role', () => {
  expect(
    speakersAndRoles(
      'The choir was founded by current bishop Allan Cruz, who said "music unites us."',
      '"The doors will open," said Current Prime Minister of Kenya Ana Ruiz.',
    ),
  ).toEqual([
    ['Allan Cruz', 'bishop'],
    ['Ana Ruiz', 'Prime Minister of Kenya'],
  ]);
});
