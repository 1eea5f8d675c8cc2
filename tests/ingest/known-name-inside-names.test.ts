// A one-word known organisation name written inside another name is a word of that name: after a
// first name ("Michael Dell") or between two proper words ("the Big Disney Barn"). Sentences
// written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNames } from './organisations-of.ts';

test('a known name after a first name is a person’s surname', () => {
  expect(orgNames('The fund was started by Michael Dell last spring.')).toEqual([]);
  expect(orgNames('Dell sold more laptops this year.')).toEqual(['Dell']);
});

test('a known name between two proper words is a word of another name', () => {
  expect(orgNames('The band played at the Big Disney Barn on Sunday.')).toEqual([]);
});

test('a known name after a capitalised modifier, with nothing after it, is still the body', () => {
  expect(orgNames('The crowd met Radical Left Democrats outside.')).toEqual(['Democratic Party']);
});
