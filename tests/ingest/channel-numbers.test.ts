// A broadcaster's name may end in its channel number ("News 12 reported", "KXRV 4 news").
// Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';

test('a name and a channel number before "reported" is a broadcaster', () => {
  expect(orgNamesAndRules('Meanwhile Kestrel 9 reported that the bridge had reopened.')).toEqual([
    ['Kestrel 9', 'org.media-verb'],
  ]);
});

test('an acronym and a channel number before "news" is a broadcaster', () => {
  expect(
    orgNamesAndRules('A farmer told Ana Ruiz of KXRV 4 news that the river had never been so high.'),
  ).toEqual([['KXRV 4', 'org.cue-acronym']]);
});

test('a numbered thing ("Flight 12") or a date before such a word is not a broadcaster', () => {
  expect(orgNamesAndRules('Flight 12 reported a fault in its left engine.')).toEqual([]);
  expect(orgNamesAndRules('On May 12 news of the deal reached the port.')).toEqual([]);
});
