// A title word that is also a surname ("Bishop", "King") ends a name that opens with a given name
// ("Julie Bishop said", "Stephen King told", "Ana Ruiz quoted Martin Luther King as saying"): the
// name was read as a title naming nobody, so the quote had no speaker. Written alone after such a
// person ("Bishop said"), it is their surname. "Crown Prince", "Saudi King" and "Prince Harry" stay
// titles. Sentences written for this test (the probes of 2026-12-06, decision 012).
import { expect, test } from 'vitest';
import { speakers, speakersAndRoles } from './speakers-of.ts';

test('a title word ending a name that opens with a given name is the surname', () => {
  expect(speakersAndRoles('Julie Bishop said “the time is right for talks.”')).toEqual([
    ['Julie Bishop', null],
  ]);
  expect(speakersAndRoles('Stephen King told reporters “I write every single day.”')).toEqual([
    ['Stephen King', null],
  ]);
  expect(speakersAndRoles('Foreign Minister Julie Bishop said “we will talk to them.”')).toEqual([
    ['Julie Bishop', 'Foreign Minister'],
  ]);
});

test('a person quoted as saying, named with such a surname, speaks', () => {
  expect(
    speakers('Ana Ruiz quoted Martin Luther King as saying “the time is always right to do what is right.”'),
  ).toEqual(['Martin Luther King']);
});

test('the title word alone after the person is their surname', () => {
  expect(
    speakers('Julie Bishop met the ambassador on Monday.', 'Bishop said “we will go now to the meeting.”'),
  ).toEqual(['Julie Bishop']);
});

test('titles before a name, or after a word that is no given name, stay titles', () => {
  expect(speakersAndRoles('Prince Harry said “we love it here.”')).toEqual([['Harry', 'Prince']]);
  expect(speakersAndRoles('The Saudi Crown Prince said “we will talk.”')).toEqual([
    [null, 'Saudi Crown Prince'],
  ]);
});
