// The quote stage reads a body the gazetteer knows (a name of two words or more) as no person's
// name, alone or run on before a person's name, so "of <body>" is a role and "<function> of
// <body> <person>" names the person with that role (issue #12, h12-round4). Sentences written for
// this test, not corpus text.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a known body run on before a person is the role, read with the function before it', () => {
  expect(
    speakersAndRoles('"The prisons are full," regional researcher at Human Rights Watch Ruth Abara said.'),
  ).toEqual([['Ruth Abara', 'regional researcher at Human Rights Watch']]);
  expect(speakersAndRoles('"The prisons are full," Human Rights Watch Ruth Abara said.')).toEqual([
    ['Ruth Abara', 'Human Rights Watch'],
  ]);
});

test('"of" a known body is an affiliation', () => {
  expect(speakersAndRoles('"The prisons are full," said Ruth Abara of Human Rights Watch.')).toEqual([
    ['Ruth Abara', 'of Human Rights Watch'],
  ]);
});

test('a known body alone still speaks under its name', () => {
  expect(
    speakersAndRoles('"The prisons are full," Human Rights Watch said. "They must close," it added.'),
  ).toEqual([
    ['Human Rights Watch', null],
    ['Human Rights Watch', null],
  ]);
});

test('no person is split off a known body before a place, and an unknown body is left as it was', () => {
  // A branch: "Hong Kong" is a place, not a person's name.
  expect(
    speakersAndRoles('"The prisons are full," Amnesty International Hong Kong said in a statement.'),
  ).toEqual([['Amnesty International Hong Kong', null]]);
  // A one-word known name ("Ford") is also a surname: it is left out of the list.
  expect(speakersAndRoles('"We build cars," said Gerald Ford.')).toEqual([['Gerald Ford', null]]);
  expect(speakersAndRoles('"The pier stays open," said Ruth Abara of Velmont Quayside.')).toEqual([
    ['Ruth Abara', null],
  ]);
});
