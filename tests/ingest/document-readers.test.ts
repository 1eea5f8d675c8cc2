// A document's reader is not its author: the outlet that saw or obtained a letter, or the body it
// was sent or leaked to, does not speak the letter's words; the document does, for the owner the
// article gives a document of the same noun elsewhere. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"a letter seen by <outlet> says" does not give the quotation to the outlet', () => {
  expect(
    speakers(
      'The Freedonia Home Office will send questionnaires to every applicant.',
      'A leaked letter seen by the Daily Planet says "failure to return the form without reason may lead to a refusal."',
    ),
  ).toEqual([null]);
});

test('the same noun with an owner elsewhere in the article names the letter’s issuer', () => {
  expect(
    speakers(
      'The Freedonia Home Office will send questionnaires to every applicant.',
      'A leaked letter obtained by the Daily Planet says "failure to return the form without reason may lead to a refusal."',
      'The Home Office letter also reads "we may use the form for other applicants in due course."',
    ),
  ).toEqual(['Home Office', 'Home Office']);
});

test('a memo leaked or sent to a body or person is not that reader’s', () => {
  expect(
    speakers(
      'The council met on Monday.',
      'A memo leaked to the Daily Planet says the budget is "far too small for the work that the city needs."',
      'A second memo sent to Ana Ruiz says "the roads will have to wait for another year at least."',
    ),
  ).toEqual([null, null]);
});

test('two owners of the noun elsewhere leave the letter unowned', () => {
  expect(
    speakers(
      'The Freedonia Home Office will send questionnaires to every applicant.',
      'A letter seen by the Daily Planet says "failure to return the form without reason may lead to a refusal."',
      'The Home Office letter and the Red Cross letter were both published later.',
    ),
  ).toEqual([null]);
});

test('a letter written by a person still speaks for that person', () => {
  expect(
    speakers(
      'The council met on Monday.',
      'A letter signed by Mayor Ana Ruiz says the budget is "far too small for the work that the city needs."',
    ),
  ).toEqual(['Ana Ruiz']);
});
