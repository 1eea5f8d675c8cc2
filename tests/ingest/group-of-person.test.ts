// "The family of Ana Ruiz said, “She was a wonderful mother.”": the people around a person (her
// family, friends, supporters) are not that person, so she does not speak; the group does, named
// by no one ("Ana Ruiz's family said" already gave no speaker). Found by probing invented
// sentences (2026-12-06, decision 012); sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('"the family of X said" gives X no quote', () => {
  expect(
    speakersAndRoles(
      'The family of Ana Ruiz said in a statement, "She was a wonderful mother and a loyal friend."',
      '"She never hurt anyone," the family of Ana Ruiz said.',
    ),
  ).toEqual([
    [null, 'family of Ana Ruiz'],
    [null, 'family of Ana Ruiz'],
  ]);
});

test('a person "of" a body still speaks', () => {
  expect(speakersAndRoles('Tom Lee of Velmont Rowing said, "We won the race by a length."')).toEqual([
    ['Tom Lee', null],
  ]);
});
