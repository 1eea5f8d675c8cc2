import { expect, test } from 'vitest';
import { phraseLabel, phraseRuns } from '../../src/lib/phrase-runs.ts';

test('a page splits into runs of items with and without the exact phrase, in order', () => {
  expect(phraseRuns([true, true, false, false, false])).toEqual([
    { exact: true, from: 0, to: 2 },
    { exact: false, from: 2, to: 5 },
  ]);
  // Fragments after substantive quotes: each part has its own phrase items first.
  expect(phraseRuns([true, false, true, false]).map((run) => run.exact)).toEqual([true, false, true, false]);
  expect(phraseRuns([])).toEqual([]);
});

test('phrases are named in curly quotes', () => {
  expect(phraseLabel([['prime', 'minister']])).toBe('“prime minister”');
  expect(
    phraseLabel([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]),
  ).toBe('“a b”, “c d” and “e f”');
});
