// A country written as part of a body's name stays in it: right after the head ("Youth Forum
// Zimbabwe") or a party's "of <country>" ("Liberal Party of Kenya"). Sentences written for this
// test, not corpus text.
import { expect, test } from 'vitest';
import { orgNames } from './organisations-of.ts';

test('a country right after the head, ending the name, is part of it', () => {
  expect(orgNames('Ama Osei, director of Harbour Arts Forum Ghana, spoke on Monday.')).toEqual([
    'Harbour Arts Forum Ghana',
  ]);
});

test('a country after a comma or a lowercase word is where the body is', () => {
  expect(orgNames('Ama Osei, director of Harbour Arts Forum, Ghana, spoke on Monday.')).toEqual([
    'Harbour Arts Forum',
  ]);
  expect(orgNames('The Harbour Arts Forum in Ghana met.')).toEqual(['Harbour Arts Forum']);
});

test('a party keeps the country its name ends with', () => {
  expect(orgNames('Ama Osei of the Forward Party of Ireland spoke on Monday.')).toEqual([
    'Forward Party of Ireland',
  ]);
  expect(orgNames('Ama Osei of Colorado State University of the US spoke.')).toEqual([
    'Colorado State University',
  ]);
});
