import { expect, test } from 'vitest';
import {
  barLabel,
  barsInRange,
  buildTimeline,
  chooseUnit,
  countInBars,
  rangeOfBars,
  rangeOutsideNote,
} from '../../src/lib/timeline.ts';

test('the unit follows the span: days, weeks, months, then years', () => {
  expect(chooseUnit('2024-08-01', '2024-08-31').unit).toBe('day');
  expect(chooseUnit('2024-01-01', '2024-09-30').unit).toBe('week');
  expect(chooseUnit('2020-01-15', '2024-08-28').unit).toBe('month');
  expect(chooseUnit('1990-01-01', '2024-08-28')).toEqual({ unit: 'year', step: 1 });
  // Centuries apart (year 0001 is a legal seed date): several years a bar, never thousands of bars.
  const wide = chooseUnit('0001-01-01', '2024-08-28');
  expect(wide.unit).toBe('year');
  expect(Math.ceil(2024 / wide.step)).toBeLessThanOrEqual(60);
});

test('bars cover the whole span, empty ones included, and their counts add up', () => {
  const days = ['2024-01-03', '2024-01-04', '2024-03-20', '2024-06-30'];
  const counts = [2, 1, 5, 4];
  const timeline = buildTimeline(days, counts);
  expect(timeline.unit).toBe('week');
  expect(timeline.total).toBe(12);
  expect(timeline.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(12);
  // The first bar starts on the first day (not the Monday before), the last ends on the last.
  expect(timeline.bars[0]).toEqual({ from: '2024-01-03', to: '2024-01-07', count: 3 });
  expect(timeline.bars.at(-1)!.to).toBe('2024-06-30');
  expect(timeline.bars.some((bar) => bar.count === 0)).toBe(true);
  // Weeks run Monday to Sunday.
  expect(timeline.bars[1]).toMatchObject({ from: '2024-01-08', to: '2024-01-14' });
});

test('a range maps to the bars it touches and back to URL dates, open at the corpus’s ends', () => {
  const days = Array.from({ length: 10 }, (_, i) => `2024-08-${String(i + 1).padStart(2, '0')}`);
  const timeline = buildTimeline(
    days,
    days.map((_, i) => i),
  );
  expect(timeline.unit).toBe('day');
  expect(barsInRange(timeline, '2024-08-03', '2024-08-05')).toEqual([2, 4]);
  expect(barsInRange(timeline, null, null)).toEqual([0, 9]);
  expect(barsInRange(timeline, '1990-01-01', '1990-12-31')).toBeNull();
  expect(countInBars(timeline, 2, 4)).toBe(2 + 3 + 4);
  expect(rangeOfBars(timeline, 4, 2)).toEqual({ from: '2024-08-03', to: '2024-08-05' });
  expect(rangeOfBars(timeline, 0, 9)).toEqual({ from: null, to: null });
  expect(barLabel(timeline, timeline.bars[0]!)).toBe('1 August 2024');
});

test('a range wholly outside the corpus is explained with the corpus’s own span', () => {
  const timeline = { first: '2024-08-01', last: '2024-08-10' };
  expect(rangeOutsideNote(timeline, '1990-01-01', '1990-12-31', 'article')).toBe(
    'No article is dated between 1 January 1990 and 31 December 1990: this collection runs from 1 August 2024 to 10 August 2024.',
  );
  // The bounds are inclusive, and the note says so.
  expect(rangeOutsideNote(timeline, '2030-01-01', null, 'article')).toBe(
    'No article is dated on or after 1 January 2030: this collection runs from 1 August 2024 to 10 August 2024.',
  );
  expect(rangeOutsideNote(timeline, null, '2024-07-31', 'quote')).toMatch(
    /^No quote is dated on or before 31 July 2024:/,
  );
  expect(rangeOutsideNote(timeline, '2024-07-01', '2024-08-02', 'article')).toBeNull();
  expect(rangeOutsideNote(timeline, null, null, 'article')).toBeNull();
});

test('no days, no bars', () => {
  expect(buildTimeline([], [])).toMatchObject({ bars: [], total: 0, first: null });
});
