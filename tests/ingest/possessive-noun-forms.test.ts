// A phrase opened by a name's possessive runs to its head noun: a verb-of-saying form that is also
// a noun inside it ("KXRT's evening news talk show") is that noun, not the verb of a clause whose
// subject would be the possessive's owner. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a noun form after a possessive and its modifiers is a noun: the clause subject speaks', () => {
  expect(
    speakers(
      'Senator Ruth Hale spoke on KXRT\'s evening news talk show when she made the announcement: "I have done all I can for this district, and now it is time for someone else."',
    ),
  ).toEqual(['Ruth Hale']);
});
