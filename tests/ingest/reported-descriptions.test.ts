// "Mark Ellis said the chief told him to “get out now.”": a definite description inside what a
// person is reported to say, in that person's own sentence, is someone else, so it does not refer
// back to them (it gave Mark Ellis with the role "chief"). In a sentence of its own "the chief"
// still refers back. Found by probing invented sentences (2026-12-06, decision 012); sentences
// written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test("a description inside a person's reported speech is not that person", () => {
  expect(speakersAndRoles('Mark Ellis said the chief told him to "get out now and leave the car."')).toEqual([
    [null, 'chief'],
  ]);
});

test('in a sentence of its own the description still refers back', () => {
  expect(
    speakersAndRoles(
      'Police Chief Mark Ellis spoke on Monday. The chief said, "Get out now and leave the car."',
    ),
  ).toEqual([['Mark Ellis', 'Police Chief']]);
});
