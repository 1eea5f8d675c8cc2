// "“…,” the chief executive, Paul Reyes, said": after a quotation, a title whose holder the
// commas name speaks as that person (the same words before the quotation already did). Found by
// probing invented sentences (2026-12-06, decision 012); sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a title named in commas after the quotation speaks as its holder', () => {
  expect(
    speakersAndRoles(
      '"We will not abandon our workers," the chief executive, Paul Reyes, wrote on a social network.',
      '"We will march again next week," the union\'s leader, Ana Ruiz, told the crowd.',
    ),
  ).toEqual([
    ['Paul Reyes', 'chief executive'],
    ['Ana Ruiz', "union's leader"],
  ]);
});

test('a clause in the commas names nobody', () => {
  expect(
    speakersAndRoles('"We will not abandon our workers," the minister, who spoke for an hour, said.'),
  ).toEqual([[null, 'minister']]);
});
