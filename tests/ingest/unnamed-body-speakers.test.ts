// Statements of a body without a person (issue #12, item 3 of the speaker round): an unnamed
// subject that stands for a body the article named speaks for that body, and an office named by
// its holder's title keeps its possessive ("County Sheriff's Office"). Sentences written for
// this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"the city" speaks for the local government the article named', () => {
  expect(
    speakers(
      'The Municipality of Arden asked the school to pay the tax in 2012.',
      'The city argued, "because the pupils pay a fee, the school runs a business like any other".',
    ),
  ).toEqual(['Municipality of Arden']);
});

test('"the city" with no local government named speaks for nobody', () => {
  expect(
    speakers(
      'The school was asked to pay the tax in 2012 by the Ministry of Finance.',
      'The city argued, "because the pupils pay a fee, the school runs a business like any other".',
    ),
  ).toEqual([null]);
});

test('"the sheriff’s investigators" speak for the sheriff’s office the article named', () => {
  expect(
    speakers(
      "Deputies of the Lake County Sheriff's Office arrived at the farm at noon.",
      'The sheriff\'s investigators said the two men had been in "a long dispute over the fence" before the fight.',
    ),
  ).toEqual(["Lake County Sheriff's Office"]);
});

test('staff of an office the article never named speak for nobody', () => {
  expect(
    speakers(
      'Deputies arrived at the farm at noon.',
      'The sheriff\'s investigators said the two men had been in "a long dispute over the fence" before the fight.',
    ),
  ).toEqual([null]);
});

test('the staff of a person (no office in the name) are not given to a body', () => {
  expect(
    speakers(
      'The Farm Workers Union met the mayor on Monday.',
      'The mayor\'s officials said the two men had been in "a long dispute over the fence" before the fight.',
    ),
  ).toEqual([null]);
});

test('an office named by its holder’s title keeps the possessive in its name', () => {
  expect(
    speakers('The Dover County Sheriff\'s Office said "no one was hurt in the fire at the barn" on Sunday.'),
  ).toEqual(["Dover County Sheriff's Office"]);
});

test('a person’s possessive before a body is not part of the body’s name', () => {
  expect(
    speakers(
      'President Harlan\'s Justice Department said "no one will be charged over the fire at the barn" on Sunday.',
    ),
  ).toEqual(['Justice Department']);
});
