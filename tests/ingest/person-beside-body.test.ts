// A body found as the subject of a verb of saying, with a person named beside it in the same
// stretch of the clause, is where the person works or whom they address: the person speaks.
// Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a person speaking to a body: the person, not the body, speaks', () => {
  expect(
    speakers(
      'On Monday, Senator Maria Vellacott speaking to the Harbour Institute think tank called the bill "reckless and cruel".',
    ),
  ).toEqual(['Maria Vellacott']);
});

test('a party named before its titled member, a parenthesis between: the member speaks', () => {
  expect(
    speakers(
      'FrNP (Freedonian national party) Councillor Anton Kessel, a member of the panel, said there was "deep regret" among its members.',
    ),
  ).toEqual(['Anton Kessel']);
});

test('a person and a body with a finite verb between are two clauses: the body still speaks', () => {
  expect(
    speakers(
      'Senator Maria Vellacott thanked the Harbour Institute think tank, which called the bill "reckless and cruel".',
    ),
  ).toEqual(['Harbour Institute']);
});

test('a name after lowercase nouns describing a body is not a person beside it', () => {
  expect(
    speakers(
      'The Internet security firm Tidewatch.com, has said that 40 percent of these flaws are rated "severe".',
    ),
  ).not.toContain('Tidewatch.com');
});

test('a full name before a lone name it modifies ("Jane Doe aide Smith") leaves the lone name speaking', () => {
  expect(speakers('Senator Maria Vellacott aide Pettersen called the bill "reckless and cruel".')).toEqual([
    'Pettersen',
  ]);
});

test('a person who is the object of a participle before the body ("aides accompanying X to the Y") does not speak', () => {
  expect(
    speakers(
      'Aides accompanying Maria Vellacott to the Harbour Institute said the bill was "reckless and cruel".',
    ),
  ).not.toContain('Maria Vellacott');
});

test('an -ed adjective inside the parenthesis after the body is no finite verb: the member still speaks', () => {
  expect(
    speakers(
      'FrNP (a banned party) Councillor Anton Kessel, a member of the panel, said there was "deep regret" among its members.',
    ),
  ).toEqual(['Anton Kessel']);
});
