// The agent after "by" of a participle that a body, not a person, usually has (owned, chartered,
// operated, organised, sponsored, funded) is an organisation even with no cue word in its name
// (issue #12, h12-speakers); a person's name, a title before a name, a demonym or a place there is
// not. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNamesAndRules } from './organisations-of.ts';

test('the agent of owning, chartering or organising is a body', () => {
  expect(
    orgNamesAndRules('The ferry was owned by Bright Tide Marine and chartered by Reefline Voyages.'),
  ).toEqual([
    ['Bright Tide Marine', 'org.cue-word'],
    ['Reefline Voyages', 'org.cue-word'],
  ]);
  expect(orgNamesAndRules('The march was organised by Grandmothers for Calder Valley on Sunday.')).toEqual([
    ['Grandmothers for Calder Valley', 'org.cue-word'],
  ]);
});

test('a person, a titled name, a demonym or a place as the agent is no body', () => {
  expect(orgNamesAndRules('The scholarship is funded by Maria Delgado, a retired teacher.')).toEqual([]);
  expect(orgNamesAndRules('The bill was sponsored by Senator Ruth Okafor last year.')).toEqual([]);
  expect(orgNamesAndRules('The mine is operated by Chilean investors.')).toEqual([]);
  expect(orgNamesAndRules('The festival is funded by Norway this year.')).toEqual([]);
});

test('other participles do not make their agent a body', () => {
  expect(orgNamesAndRules('The expedition was led by Harbourne Quill in 1921.')).toEqual([]);
});
