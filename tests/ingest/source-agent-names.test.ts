// A longer name after a source cue without "the" ("according to Korvala Uutiset", "as quoted by
// Brava Noticias") is an outlet's or a body's when it is not shaped like a person's (issue #12,
// h12-kinds). Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';

test('"according to" a longer name with no head noun and no given name names a source', () => {
  expect(orgNamesAndRules('The ferry sank at dawn, according to Korvala Uutiset.')).toEqual([
    ['Korvala Uutiset', 'org.source-cue'],
  ]);
});

test('"as quoted by" and "reported by" are source cues too', () => {
  expect(orgNamesAndRules('The deal was signed in secret, as quoted by Brava Noticias.')).toEqual([
    ['Brava Noticias', 'org.source-cue'],
  ]);
  expect(orgNamesAndRules('The mill will close in spring, as reported by Brava Noticias.')).toEqual([
    ['Brava Noticias', 'org.source-cue'],
  ]);
});

test('a month or weekday after "in" or "on" does not carry the name on', () => {
  expect(orgNamesAndRules('The mill, according to Brava Noticias in March, will close.')).toEqual([
    ['Brava Noticias', 'org.source-cue'],
  ]);
  expect(orgNamesAndRules('The mill, according to Brava Noticias on Tuesday, will close.')).toEqual([
    ['Brava Noticias', 'org.source-cue'],
  ]);
});

test('a demonym opening the name does not make it a person’s, though a person’s title holds it', () => {
  expect(
    orgNamesAndRules(
      'Greek Foreign Minister Eleni Saris spoke first. The vote is void, according to Greek Kurér.',
    ),
  ).toEqual([['Greek Kurér', 'org.source-cue']]);
});

test('a person after the cue is no source: a given name first, a title inside, a known surname', () => {
  expect(orgNamesAndRules('The ferry sank at dawn, according to Kristen Oakes.')).toEqual([]);
  expect(orgNamesAndRules('The ferry sank at dawn, according to Velmont County Attorney Dale Voss.')).toEqual(
    [],
  );
  expect(
    orgNamesAndRules('Ruth Lane was at the pier. The ferry sank at dawn, according to Lane Velmont.'),
  ).toEqual([]);
});

test('another place after "in" still ends the cue: the name may go on', () => {
  expect(orgNamesAndRules('The ferry sank at dawn, according to Noticias Brava in Lisbon.')).toEqual([]);
});
