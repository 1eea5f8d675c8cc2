// A title's place ("Senator from Vermont", "Ambassador to Germany") and an age before a name
// ("Fifteen-year-old Robert") are no words of the speaker's name (issue #12: "Vermont Bernie
// Sanders", "to Germany Richard Grenell"). Sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('"Senator from Ohio Tim Varga said" speaks as Tim Varga, the place in the title', () => {
  expect(
    speakersAndRoles(
      'On Monday, United States Senator from Ohio Tim Varga said, "We will keep fighting for every family."',
      'Senator from New Hampshire Ada Okafor said, "The bill will not pass in its present form this year."',
    ),
  ).toEqual([
    ['Tim Varga', 'United States Senator from Ohio'],
    ['Ada Okafor', 'Senator from New Hampshire'],
  ]);
});

test('"Ambassador to Germany Richard Varga alleged" speaks as Richard Varga', () => {
  expect(
    speakersAndRoles(
      'US Ambassador to Germany Richard Varga alleged the airline had "contributed to the tension in the region".',
    ),
  ).toEqual([['Richard Varga', 'US Ambassador to Germany']]);
});

test('a name after the place stays whole: "Ambassador Tim Varga from Ohio said"', () => {
  expect(
    speakersAndRoles(
      'Ambassador Tim Varga from Ohio said, "We will keep fighting for every family in this state."',
    ),
  ).toEqual([['Tim Varga', 'Ambassador']]);
});

test('"Fifteen-year-old Robert, on the lower deck, said" speaks as Robert', () => {
  expect(
    speakersAndRoles(
      'Fifteen-year-old Robert, on the lower deck, said "I thought we had hit the side of the tunnel."',
      'A 14-year-old Zoe Okafor told reporters: "Everyone started screaming at once on the bus."',
    ).map(([s]) => s),
  ).toEqual(['Robert', 'Zoe Okafor']);
});

test('a number after "to" ends a titled name: "Judge Anna Okafor Varga to 73 months"', () => {
  expect(
    speakersAndRoles(
      'The defendant was sentenced by Judge Anna Okafor Varga to 73 months. "Saying sorry you got caught is not an apology," the judge said.',
    ).map(([s]) => s),
  ).toEqual(['Anna Okafor Varga']);
});
