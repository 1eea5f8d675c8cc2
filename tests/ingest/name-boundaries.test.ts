// Where an organisation's name starts and ends: an office named after its officer keeps the
// officer's whole title; an Arabic name's lowercase article does not stop the words before a head;
// a place right after a name a cue noun introduces belongs to it; name words before a head that
// comes first belong to it; a work's title is no body. Sentences written for this test, not
// corpus text.
import { expect, test } from 'vitest';
import { orgNames } from './organisations-of.ts';

test("an office named after its officer keeps the officer's title", () => {
  expect(orgNames('A report by the Office of the Chief Inspector for Coastal Waters was published.')).toEqual(
    ['Office of the Chief Inspector for Coastal Waters'],
  );
  expect(orgNames('Ama Osei of the Office of the Special Envoy of Freedonia spoke.')).toEqual([
    'Office of the Special Envoy of Freedonia',
  ]);
});

test('a title after a body without "the", or with nothing after it, is not part of it', () => {
  expect(orgNames('Ama Osei, Board of Harbours Chairman, spoke on Monday.')).toEqual(['Board of Harbours']);
});

test('an Arabic name with its lowercase article is a modifier of the head after it', () => {
  expect(orgNames('Speaking on al-Rashidiya TV, the spokesman said the port was closed.')).toEqual([
    'al-Rashidiya TV',
  ]);
});

test('a place right after a name that a cue noun introduces, ending it, is part of the name', () => {
  expect(orgNames('He hired the law firm Pellham Austin to run the inquiry.')).toEqual(['Pellham Austin']);
  expect(orgNames('He hired the law firm Pellham in Austin to run the inquiry.')).toEqual(['Pellham']);
});

test('name words before a head that comes first are part of the name', () => {
  expect(orgNames('She was sent to Renewal Project Force in Perth for a year.')).toEqual([
    'Renewal Project Force',
  ]);
  expect(orgNames('She worked for Project Lantern in Perth for a year.')).toEqual(['Project Lantern']);
});

test('a title that a work noun introduces or follows names no body', () => {
  expect(orgNames('He sang on the album Lantern Band of the North in 1971.')).toEqual([]);
  expect(orgNames('He recalled the "Lantern Band of the North" album fondly.')).toEqual([]);
  expect(orgNames('He sang with the Lantern Band of the North in 1971.')).toEqual([
    'Lantern Band of the North',
  ]);
});
