// "residents of Kherson said", "The people of Velmont told reporters": a name after the people who
// live in a place and "of" is that place, which never speaks (issue #12), even when the gazetteer
// does not list it; the residents are no one named. Found by probing invented sentences
// (2026-12-06, decision 012); sentences written for this test, "Velmont" an invented town.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('the place after "residents of" or "the people of" does not speak', () => {
  expect(
    speakers(
      'The people of Velmont told reporters, "We have had no water for a week."',
      '"We have had no water for a week," residents of Velmont said.',
    ),
  ).toEqual([null, null]);
});
