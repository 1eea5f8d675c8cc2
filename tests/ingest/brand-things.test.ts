// A one-word brand the article writes before the head of a thing ("the NordLink pipeline") names
// that thing, not a company; before something a body writes ("the NewsDesk report") it may still be
// the body. Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { orgNames } from './organisations-of.ts';

test('a CamelCase name before "pipeline" is the pipeline, in every paragraph', () => {
  expect(
    orgNames(
      'Officials opened the NordLink gas pipeline on Monday.',
      'The NordLink route was agreed in 2019.',
    ),
  ).toEqual([]);
});

test('a CamelCase name with no thing after it is still a company', () => {
  expect(orgNames('Ships were tracked by SeaWatcher on Monday.')).toEqual(['SeaWatcher']);
});

test('a report does not make its publisher a thing', () => {
  expect(orgNames('According to a NewsDesk report, the port closed on Monday.')).toEqual(['NewsDesk']);
});

test('a complex or facility named after a body is a site, not the body', () => {
  expect(orgNames('Protesters surrounded the Tarvel Research Council Complex on Monday.')).toEqual([]);
  expect(orgNames('The tank left the Corran Assembly Facility near the river.')).toEqual([]);
  expect(orgNames('The Tarvel Research Council met on Monday.')).toEqual(['Tarvel Research Council']);
});
