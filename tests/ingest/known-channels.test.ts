// A known body's name written in one capitalised run with a number after it names one of its
// channels, an arm of its own with the body as parent: "BBC One", "RTE 1", "ITV1"; so does a
// country after an acronym when the name ends there. A number or country that goes on into the
// words after it ("BBC Two weeks ago", "the EU Turkey deal") is not part of the name. Sentences
// written for this test, not corpus text (issue #12, eighth round).
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (text: string): { name: string; parent: string | null }[] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => ({ name: o.name, parent: o.parent }));

test('a capitalised number word after a known name names its channel', () => {
  expect(orgsOf('The concert was shown on BBC Two on Saturday night.')).toEqual([
    { name: 'BBC Two', parent: 'bbc' },
  ]);
});

test('a digit after a known acronym, apart or glued, names its channel (not two digits)', () => {
  expect(orgsOf('The match was shown live on RTE 1, and highlights on ITV2 later.')).toEqual([
    { name: 'RTE 1', parent: 'rte' },
    { name: 'ITV2', parent: 'itv' },
  ]);
  expect(orgsOf('FIFA 22 was released in October.').map((o) => o.name)).toEqual(['FIFA']);
});

test('a country after a known acronym, ending the name before a function word, names its arm', () => {
  expect(orgsOf('The mayor told CNN Philippines the bridge had held.')).toEqual([
    { name: 'CNN Philippines', parent: 'cnn' },
  ]);
});

test('a number or country that goes on into a noun is not part of the name', () => {
  expect(orgsOf('The singer spoke to the BBC Two weeks ago.').map((o) => o.name)).toEqual(['BBC']);
  expect(orgsOf('Ministers said the EU Turkey deal would hold.').map((o) => o.name)).toEqual([
    'European Union',
  ]);
});
