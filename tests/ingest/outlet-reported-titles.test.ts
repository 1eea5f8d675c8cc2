// An outlet reporting, in a "that" clause, what someone it names by title said: the words are that
// person's, not the outlet's (the gold's convention, as for a named person: "The Atlantic claimed
// that … Trump … referred to the soldiers as “losers”"). Sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('an unnamed minister: nobody speaks, the title stays as the role', () => {
  expect(
    speakersAndRoles('The BBC reported that the minister had "no intention of resigning over the affair."'),
  ).toEqual([[null, 'minister']]);
});

test('a title the article gave a named person: that person', () => {
  expect(
    speakersAndRoles(
      'Finance Minister Peter Hall flew to Brussels on Monday.',
      'The BBC reported that the minister had "no intention of resigning over the affair."',
    ),
  ).toEqual([['Peter Hall', 'Finance Minister']]);
});

test('what the outlet says about the titled person ("was") stays the outlet\'s', () => {
  expect(speakersAndRoles('The BBC reported that the minister was "furious and ready to quit."')).toEqual([
    ['BBC', null],
  ]);
});
