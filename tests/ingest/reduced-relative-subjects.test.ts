// "Some of the residents KXRT interviewed said …": a name and a past form right after a plural
// noun are a relative clause on the noun, so the name is not the subject of the verb of saying.
// Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('the subject of a relative clause without "who" or "that" does not speak the main verb', () => {
  expect(
    speakers(
      'Several of the residents KXRT interviewed said they had come to "save the library their grandparents built for the town".',
    ),
  ).toEqual([null]);
});
