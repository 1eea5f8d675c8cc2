// A name before "poll" or "survey" is the pollster (a company or an institute), a name joined to it
// by "&" is part of it, and "A/B poll" names two (issue #12, h12-kinds). Sentences written for this
// test, not corpus text.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';

test('a leftover name before "poll" or "survey" is the pollster', () => {
  expect(orgNamesAndRules('The mayor led by six points in the Korvala Research poll of 800 voters.')).toEqual(
    [['Korvala Research', 'org.cue-word']],
  );
  expect(orgNamesAndRules('Turnout was low, a Brava Analytics survey found.')).toEqual([
    ['Brava Analytics', 'org.cue-word'],
  ]);
});

test('an ampersand joins the words before it into the name', () => {
  expect(orgNamesAndRules('The mayor led in the September 4–6 Brava & Kestrel Analytics survey.')).toEqual([
    ['Brava & Kestrel Analytics', 'org.cue-word'],
  ]);
});

test('"A/B poll" names both pollsters', () => {
  expect(
    orgNamesAndRules('The mayor polled at three percent in the Korvala Research/Brava Noticias poll.'),
  ).toEqual([
    ['Korvala Research', 'org.cue-word'],
    ['Brava Noticias', 'org.cue-word'],
  ]);
});

test('a person’s name before "poll" is no pollster', () => {
  expect(orgNamesAndRules('Ruth Lane was at the pier. The mayor led in the Lane poll.')).toEqual([]);
  expect(orgNamesAndRules('The mayor led in the Kristen Oakes poll.')).toEqual([]);
});

test('a month before "poll" is a date, not a name', () => {
  expect(orgNamesAndRules('The mayor led in the September poll.')).toEqual([]);
});
