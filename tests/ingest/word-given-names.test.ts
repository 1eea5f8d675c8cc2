// A given name that is also a word ("Will", "Hope") opens a name inside a sentence, and stays a
// word at a sentence's start. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"Councillor Will Okoro said" and "said Will Okoro" name Will Okoro, not Okoro alone', () => {
  expect(
    speakers(
      'Councillor Will Okoro said: "We will open the new library before the winter comes."',
      '"The money for the roof is already in the budget," said Will Okoro.',
    ),
  ).toEqual(['Will Okoro', 'Will Okoro']);
});

test('"the aide Hope Marsh told reporters" names Hope Marsh', () => {
  expect(speakers('The aide Hope Marsh told reporters: "The mayor is well and back at work today."')).toEqual(
    ['Hope Marsh'],
  );
});

test('"Will" opening a question stays a word, not part of a name', () => {
  expect(
    speakers(
      'Will Parliament act? Dana Ilic thinks so.',
      'Dana Ilic said: "Parliament will act on the harbour before the summer recess."',
    ),
  ).toEqual(['Dana Ilic']);
});

test('at a sentence\'s start, "Will Hurd said" and "Hope Hicks, an aide, told" name the whole person', () => {
  expect(
    speakers(
      'Will Hurd said: "The border needs technology, not a wall from sea to shining sea."',
      'Hope Hicks, a former aide, told the committee: "I was never asked to lie about the meeting."',
      'Will Okoro also said: "The library will open before the winter comes to the town."',
    ),
  ).toEqual(['Will Hurd', 'Hope Hicks', 'Will Okoro']);
});

test('at a sentence\'s start, "Will" before a name stays a word in a question', () => {
  expect(
    speakers(
      'Will Biden, after all this, sign the bill? Nobody in the capital knows yet.',
      '"We will see what the Senate sends us before we decide," Biden said.',
    ),
  ).toEqual(['Biden']);
});
