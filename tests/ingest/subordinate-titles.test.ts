// "the Prime Minister" is not the Deputy Prime Minister: a subordinate word before a title's
// words makes another office. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"the Prime Minister" resolves past a Deputy Prime Minister named later', () => {
  expect(
    speakers(
      'Prime Minister Ivo Danek of Freedonia said on Friday he had tested positive.',
      'After Deputy Prime Minister for Finance Karel Mraz failed to buy enough tests, the Prime Minister apologised to the country for "having a fool as finance minister."',
    ),
  ).toEqual(['Ivo Danek']);
});
