// A list of mostly bodies makes its other names bodies too; an item may open with "the", an
// owner's possessive or a place glued to its name, and a word two items share does not make
// either a person's (issue #12, h12-round3). Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';

const sorted = (...paragraphs: string[]): [string, string | undefined][] =>
  orgNamesAndRules(...paragraphs).sort(([a], [b]) => a.localeCompare(b));

test('an item opening with "the" goes on with the list', () => {
  expect(
    sorted('Grants came from the Korvala Seed Fund, the Ostrin Foundation, Tillvik and Brava Voice.'),
  ).toEqual([
    ['Brava Voice', 'org.list'],
    ['Korvala Seed Fund', 'org.head-noun'],
    ['Ostrin Foundation', 'org.head-noun'],
    ['Tillvik', 'org.list'],
  ]);
});

test("an owner's possessive opens an item: the item is what the owner has", () => {
  expect(
    sorted(
      "Grants came from Tillvik, Brava Partners' Launchpad, the Korvala Seed Fund and the Ostrin Foundation.",
    ),
  ).toEqual([
    ['Brava Partners', 'org.head-noun'],
    ['Korvala Seed Fund', 'org.head-noun'],
    ['Launchpad', 'org.list'],
    ['Ostrin Foundation', 'org.head-noun'],
    ['Tillvik', 'org.list'],
  ]);
});

test('a place glued to a name is part of the item; words two items share make no person', () => {
  expect(
    sorted(
      'The plaintiffs were Northern Cree Voice, Manitoba Cree Vote, the Ostrin Foundation and the Korvala Institute.',
    ),
  ).toEqual([
    ['Korvala Institute', 'org.head-noun'],
    ['Manitoba Cree Vote', 'org.list'],
    ['Northern Cree Voice', 'org.list'],
    ['Ostrin Foundation', 'org.head-noun'],
  ]);
});

test('people in the list stay people: a given name first, a person named before', () => {
  expect(
    sorted(
      'Dale Voss spoke first.',
      'The speakers were Voss, Jane Roe, the Ostrin Foundation and the Korvala Institute.',
    ),
  ).toEqual([
    ['Korvala Institute', 'org.head-noun'],
    ['Ostrin Foundation', 'org.head-noun'],
  ]);
});

test('a list of mostly names that are not bodies makes none of them one', () => {
  expect(sorted('The speakers were Tillvik, Brava Voice, Orrin Vote and the Korvala Institute.')).toEqual([
    ['Korvala Institute', 'org.head-noun'],
  ]);
});
