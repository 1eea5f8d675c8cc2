// A body described by its kind speaks for the body the article named so ("the government" after
// "the government of Freedonia"; "the government statement"). Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"the government" speaks for the government of the country named before', () => {
  expect(
    speakers(
      'On Monday the government of Freedonia closed the schools.',
      'The government said: "Every school will reopen once the water is safe to drink."',
    ),
  ).toEqual(['Government of Freedonia']);
});

test('a document of a body’s kind ("the government statement") speaks for that body', () => {
  expect(
    speakers(
      'The government of Freedonia announced the result late on Tuesday.',
      'The government statement, which was read on the radio, called the vote "a fair and peaceful day for every citizen."',
    ),
  ).toEqual(['Government of Freedonia']);
});

test('with no body of that kind named before, "the government" names nobody', () => {
  expect(
    speakers(
      'The schools closed on Monday.',
      'The government said: "Every school will reopen once the water is safe to drink."',
      'The government of Freedonia later confirmed the plan.',
    ),
  ).toEqual([null]);
});

test('a document of a person’s kind is not given to a body', () => {
  expect(
    speakers(
      'The government of Freedonia announced the result late on Tuesday.',
      'A witness statement, which was read in court, said "the car was moving very fast when it hit the wall."',
    ),
  ).not.toContain('Government of Freedonia');
});
