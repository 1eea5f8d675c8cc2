// "During the speech Trump claimed “…”": a document or event noun right before a name ("the
// speech", "the interview") is the object of a preposition, not the person's title, so it gives
// no role; a person noun there still does ("trade commissioner Albert Muchanga"). Sentences
// written for this test (the probes of 2026-12-06, decision 012).
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a document noun before the name is no role', () => {
  expect(
    speakersAndRoles(
      'Donald Trump spoke at a rally in Ohio on Saturday.',
      'During the speech Trump claimed “the election was stolen from us.”',
      'In the interview Trump said “we will win again.”',
    ),
  ).toEqual([
    ['Donald Trump', null],
    ['Donald Trump', null],
  ]);
});

test('a person noun before the name is still the role', () => {
  expect(speakersAndRoles('Farm union leader Tom Hale said “the harvest is lost.”')).toEqual([
    ['Tom Hale', 'Farm union leader'],
  ]);
});
