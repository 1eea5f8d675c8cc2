// "Priya Nandakumar of the Coastal Research Foundation said": a person given no title, whose name
// "of" joins to a named body, is described by that body; the role is "of <body>" as the article
// writes it (issue #12, h12-speakers). A place or an unnamed noun after "of" is no role, and a
// title the article gives keeps its place. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a named body after "of" is the role of an untitled person', () => {
  expect(
    speakersAndRoles(
      'Priya Nandakumar of the Coastal Research Foundation said, "The reef is recovering faster than we hoped."',
    ),
  ).toEqual([['Priya Nandakumar', 'of the Coastal Research Foundation']]);
});

test('the role runs on over "and" in the body’s name and over a place’s possessive', () => {
  expect(
    speakersAndRoles(
      'Tomas Brandt of The Harbour and Mail wrote, "Nobody at the port was warned."',
      'Lena Ortiz of the UK\'s National Library Service told reporters, "The archive will reopen in May."',
    ),
  ).toEqual([
    ['Tomas Brandt', 'of The Harbour and Mail'],
    ['Lena Ortiz', "of the UK's National Library Service"],
  ]);
});

test('a place or an unnamed noun after "of" is no role', () => {
  expect(
    speakersAndRoles(
      'Marta Quill of Portland said, "We were lucky the wind turned."',
      'Oskar Hale of the village said, "We were lucky the wind turned."',
    ),
  ).toEqual([
    ['Marta Quill', null],
    ['Oskar Hale', null],
  ]);
});

test('a title the article gives is kept before the body', () => {
  expect(
    speakersAndRoles(
      'Chief economist Ruth Adeyemi of the Coastal Research Foundation said, "Prices will fall in spring."',
    ),
  ).toEqual([['Ruth Adeyemi', 'Chief economist']]);
});
