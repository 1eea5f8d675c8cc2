import { expect, test } from 'vitest';
import { phraseLabel, phraseRuns } from '../../src/lib/phrase-runs.ts';

test('a page splits into runs of items with and without the exact phrase, in order', () => {
  expect(phraseRuns([true, true, false, false, false])).toEqual([
    { exact: true, fragments: false, from: 0, to: 2 },
    { exact: false, fragments: false, from: 2, to: 5 },
  ]);
  // Fragments after substantive quotes: each part has its own phrase items first.
  expect(phraseRuns([true, false, true, false]).map((run) => run.exact)).toEqual([true, false, true, false]);
  expect(phraseRuns([])).toEqual([]);
});

test('a run never spans the substantive quotes and the fragments after them', () => {
  // App hunt 8: the last substantive quote and the first fragment both held the phrase.
  expect(phraseRuns([false, true, true, true], 2)).toEqual([
    { exact: false, fragments: false, from: 0, to: 1 },
    { exact: true, fragments: false, from: 1, to: 2 },
    { exact: true, fragments: true, from: 2, to: 4 },
  ]);
  // A page of fragments only (they started on an earlier page).
  expect(phraseRuns([true, false], -5).map((run) => run.fragments)).toEqual([true, true]);
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
