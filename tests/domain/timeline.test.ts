import { expect, test } from 'vitest';
import {
  axisTicks,
  barLabel,
  barsInRange,
  buildTimeline,
  chooseUnit,
  countInBars,
  rangeOfBars,
  rangeOutsideNote,
  zoomWindow,
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

/** A timeline with one article on each of `days` (ISO dates, ascending). */
const timelineOf = (...days: string[]) =>
  buildTimeline(
    days,
    days.map(() => 1),
  );
const labels = (ticks: ReturnType<typeof axisTicks>) => ticks.map((tick) => tick.label);

test('the axis names years at a round step: every year for eight, every other for a decade, every fifth for longer', () => {
  const decade = timelineOf('2014-03-01', '2023-02-23');
  expect(labels(axisTicks(decade))).toEqual(['2014', '2016', '2018', '2020', '2022']);
  const short = timelineOf('2010-03-01', '2017-02-23');
  expect(short.unit).toBe('year');
  expect(labels(axisTicks(short))).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017']);
  // Four years are months: every sixth, January with its year.
  expect(labels(axisTicks(timelineOf('2019-03-01', '2023-02-23')))).toEqual([
    'Jul 2019',
    'Jan 2020',
    'Jul 2020',
    'Jan 2021',
    'Jul 2021',
    'Jan 2022',
    'Jul 2022',
    'Jan 2023',
  ]);
  const long = timelineOf('1998-01-01', '2023-02-23');
  const ticks = axisTicks(long);
  expect(labels(ticks)).toEqual(['2000', '2005', '2010', '2015', '2020']);
  // Each stands under its own year's bar.
  for (const tick of ticks) expect(long.bars[tick.index]!.from.slice(0, 4)).toBe(tick.label);
});

test('bars of several years carry the round year they hold', () => {
  const centuries = timelineOf('0001-01-01', '2024-08-28');
  expect(centuries.step).toBeGreaterThan(1);
  const ticks = axisTicks(centuries);
  expect(labels(ticks)).toEqual(['250', '500', '750', '1000', '1250', '1500', '1750', '2000']);
  expect(labels(axisTicks(centuries, 4))).toEqual(['500', '1000', '1500', '2000']);
  for (const tick of ticks) {
    const bar = centuries.bars[tick.index]!;
    expect(Number(bar.from.slice(0, 4))).toBeLessThanOrEqual(Number(tick.label));
    expect(Number(bar.to.slice(0, 4))).toBeGreaterThanOrEqual(Number(tick.label));
  }
});

test('months and weeks are named where a month begins; days by day, Mondays for a weekly step', () => {
  const months = timelineOf('2022-11-15', '2024-08-28');
  expect(months.unit).toBe('month');
  expect(labels(axisTicks(months))).toEqual([
    'Jan 2023',
    'Apr 2023',
    'Jul 2023',
    'Oct 2023',
    'Jan 2024',
    'Apr 2024',
    'Jul 2024',
  ]);
  const weeks = timelineOf('2024-01-03', '2024-06-30');
  expect(weeks.unit).toBe('week');
  const weekTicks = axisTicks(weeks);
  expect(labels(weekTicks)).toEqual(['Feb 2024', 'Mar 2024', 'Apr 2024', 'May 2024', 'Jun 2024']);
  // Under the week that holds the first of the month.
  for (const tick of weekTicks) {
    const bar = weeks.bars[tick.index]!;
    expect(bar.from.slice(0, 7) === bar.to.slice(0, 7) ? bar.from.slice(8) : '01').toBe('01');
  }
  const days = timelineOf('2024-03-01', '2024-03-31');
  expect(days.unit).toBe('day');
  // 31 days: every seventh, on Mondays (4 March 2024 was a Monday).
  expect(labels(axisTicks(days))).toEqual(['4 Mar', '11 Mar', '18 Mar', '25 Mar']);
  expect(labels(axisTicks(timelineOf('2024-03-01', '2024-03-05')))).toEqual([
    '1 Mar',
    '2 Mar',
    '3 Mar',
    '4 Mar',
    '5 Mar',
  ]);
});

test('never more ticks than asked; past half of them, every other one is minor (left out on a phone)', () => {
  for (const [first, last] of [
    ['2024-03-01', '2024-04-29'],
    ['2023-01-01', '2024-02-01'],
    ['2019-01-01', '2023-12-31'],
    ['1998-01-01', '2023-02-23'],
    ['0001-01-01', '2024-08-28'],
  ] as const) {
    const timeline = timelineOf(first, last);
    for (const max of [4, 8, 12]) {
      const ticks = axisTicks(timeline, max);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(max);
      expect(ticks.filter((tick) => !tick.minor).length).toBeLessThanOrEqual(Math.ceil(max / 2));
      const indexes = ticks.map((tick) => tick.index);
      expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    }
  }
  expect(axisTicks(buildTimeline([], []))).toEqual([]);
  expect(axisTicks(timelineOf('2024-03-01', '2024-03-03'), 8).some((tick) => tick.minor)).toBe(false);
});

test('zoomWindow: a month of a longer corpus by day, a few years of a corpus of years by month, else none', () => {
  const [first, last] = ['1998-03-04', '2023-11-20'];
  expect(zoomWindow(first, last, null, null)).toBeNull();
  expect(zoomWindow(first, last, '2016-01-01', '2016-12-31')).toEqual({
    from: '2016-01-01',
    to: '2016-12-31',
    unit: 'month',
  });
  expect(zoomWindow(first, last, '2016-07-14', '2016-07-14')).toEqual({
    from: '2016-07-01',
    to: '2016-07-31',
    unit: 'day',
  });
  expect(zoomWindow(first, last, '2016-07-14', '2016-07-14', { months: false })).toMatchObject({
    from: '2016-01-01',
    unit: 'month',
  });
  // Clamped to the corpus; an open end is the corpus's end.
  expect(zoomWindow(first, last, null, '1998-12-31')).toEqual({
    from: first,
    to: '1998-12-31',
    unit: 'month',
  });
  expect(zoomWindow(first, last, '2019-02-01', null)).toEqual({
    from: '2019-01-01',
    to: last,
    unit: 'month',
  });
  // Five years are 60 months; six are too many.
  expect(zoomWindow(first, last, '2010-06-01', '2014-06-01')).toMatchObject({ unit: 'month' });
  expect(zoomWindow(first, last, '2010-06-01', '2015-06-01')).toBeNull();
  // A corpus of weeks: a year by month would be coarser; a month by day is finer.
  expect(zoomWindow('2024-01-03', '2024-09-10', '2024-02-01', '2024-05-31')).toBeNull();
  expect(zoomWindow('2024-01-03', '2024-09-10', '2024-02-01', '2024-02-29')).toMatchObject({ unit: 'day' });
  // Outside the corpus: nothing to zoom into.
  expect(zoomWindow(first, last, '2030-01-01', null)).toBeNull();
});

test('a zoomed timeline counts only its window, and its ends are dates unless they are the corpus’s', () => {
  const days = ['2015-05-01', '2016-03-05', '2016-07-14', '2017-01-02'];
  const counts = [4, 1, 2, 8];
  const timeline = buildTimeline(days, counts, { from: '2016-01-01', to: '2016-12-31', unit: 'month' });
  expect(timeline.bars).toHaveLength(12);
  expect(timeline.total).toBe(3);
  expect(rangeOfBars(timeline, 0, 11)).toEqual({ from: '2016-01-01', to: '2016-12-31' });
  const edge = buildTimeline(days, counts, { from: '2015-05-01', to: '2015-12-31', unit: 'month' });
  expect(edge.bars[0]).toEqual({ from: '2015-05-01', to: '2015-05-31', count: 4 });
  expect(rangeOfBars(edge, 0, 0)).toEqual({ from: null, to: '2015-05-31' });
});
