// The body a person works, plays or volunteers for, or joins, is an organisation even with no cue
// word in its name ("worked for the Brigade …", "joined the Sea Org"), and so is a name or unknown
// acronym coordinated with it; a person's name there is not. Sentences written for this test, not
// corpus text.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';

test('the name a person works for or joins is a body', () => {
  expect(
    orgNamesAndRules('Two officers who worked for the Garde Montclair were arrested on Monday.'),
  ).toEqual([['Garde Montclair', 'org.cue-word']]);
  expect(orgNamesAndRules('At fourteen she joined the Sea Lanterns, the group said.')).toEqual([
    ['Sea Lanterns', 'org.cue-word'],
  ]);
});

test('a name or unknown acronym coordinated with it is a body too', () => {
  expect(orgNamesAndRules('He also wrestled for Kizuna and JWX before he retired.')).toEqual([
    ['Kizuna', 'org.cue-word'],
    ['JWX', 'org.cue-word'],
  ]);
});

test('a person worked for or joined, or a name running on, is no body', () => {
  expect(orgNamesAndRules('She worked for Jane Doe for years.')).toEqual([]);
  expect(orgNamesAndRules('Alan Marsh won the stage. Later his rival joined Marsh in the lead.')).toEqual([]);
  expect(orgNamesAndRules('He played for Arsenal Juniors of Kent before the war.')).toEqual([]);
});
