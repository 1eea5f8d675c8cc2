// Titles glued before a speaker's name ("First Lady Michelle Obama", "Broadcaster Piers Morgan",
// "Co-developer Jing Wang", issue #12) are the speaker's role, not words of the name; "Lady" alone
// stays a word of a name ("Lady Gaga"). Sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('"First Lady Anna Brook said" speaks as Anna Brook; "Lady Gaga said" as Lady Gaga', () => {
  expect(
    speakersAndRoles(
      'Former First Lady Anna Brook said, "We have got to vote for our future like never before."',
      'Lady Gaga said, "This festival has always been about new voices from the region."',
    ),
  ).toEqual([
    ['Anna Brook', 'First Lady'],
    ['Lady Gaga', null],
  ]);
});

test('"Broadcaster Piers Okafor commented" and "Co-developer Jing Varga recounted" name the person', () => {
  expect(
    speakersAndRoles(
      'Broadcaster Piers Okafor commented, "The man with the whale tusk is a hero to all of us."',
      'Co-developer Jing Varga recounted, "When we put that coating on a toilet in the lab it all slid off."',
    ),
  ).toEqual([
    ['Piers Okafor', 'Broadcaster'],
    ['Jing Varga', 'Co-developer'],
  ]);
});
