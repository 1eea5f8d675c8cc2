import fc from 'fast-check';
import { expect, test } from 'vitest';
import { activePreset, presetRange } from '../../src/lib/date-presets.ts';
import {
  addDays,
  addMonths,
  formatDate,
  formatDateRange,
  formatMonth,
  isIsoDate,
} from '../../src/lib/dates.ts';

test('only real calendar dates are ISO dates', () => {
  expect(isIsoDate('2024-02-29')).toBe(true);
  expect(isIsoDate('2023-02-29')).toBe(false);
  expect(isIsoDate('2024-13-01')).toBe(false);
  expect(isIsoDate('2024-1-01')).toBe(false);
  expect(isIsoDate('')).toBe(false);
  // The whole text is the date: nothing before or after it (a link's `from=x2024-02-29` is no date).
  expect(isIsoDate('x2024-02-29')).toBe(false);
  expect(isIsoDate('2024-02-29T00:00')).toBe(false);
});

test('date arithmetic works in whole UTC days and clamps month ends', () => {
  expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  expect(addMonths('2024-08-28', -12)).toBe('2023-08-28');
});

test('presets count back from the newest article, inclusive of it', () => {
  expect(presetRange('last-7-days', '2024-09-10')).toEqual({ from: '2024-09-04', to: null });
  expect(presetRange('last-30-days', '2024-09-10')).toEqual({ from: '2024-08-12', to: null });
  expect(presetRange('last-12-months', '2024-09-10')).toEqual({ from: '2023-09-11', to: null });
  expect(presetRange('all', '2024-09-10')).toEqual({ from: null, to: null });
  expect(presetRange('last-7-days', null)).toEqual({ from: null, to: null });
});

test('the active preset is recognised from the range', () => {
  expect(activePreset({ from: '2024-09-04', to: null }, '2024-09-10')).toBe('last-7-days');
  expect(activePreset({ from: null, to: null }, '2024-09-10')).toBe('all');
  expect(activePreset({ from: '2024-09-05', to: null }, '2024-09-10')).toBeNull();
});

test('dates read the same in every time zone', () => {
  expect(formatDate('2024-08-28')).toBe('28 August 2024');
});

test('a text that is not a real date is shown as it is', () => {
  expect(formatDate('2024-02-30')).toBe('2024-02-30');
  expect(formatDate('August 2024')).toBe('August 2024');
});

test('years 0001–0099 stay themselves (Date.UTC would read them as 1900–1999)', () => {
  expect(isIsoDate('0048-02-29')).toBe(true);
  expect(isIsoDate('0050-02-29')).toBe(false);
  expect(isIsoDate('0001-01-01')).toBe(true);
  // There is no year 0 (1 BC is followed by AD 1), nor in a date field or a seed.
  expect(isIsoDate('0000-01-01')).toBe(false);
  expect(isIsoDate('0000-02-29')).toBe(false);
  expect(formatDate('0050-03-01')).toBe('1 March 50');
  expect(addDays('0050-01-01', -1)).toBe('0049-12-31');
  expect(addMonths('0048-03-31', -1)).toBe('0048-02-29');
  expect(addMonths('9999-12-31', -1)).toBe('9999-11-30');
});

test('dates and months read as Intl.DateTimeFormat en-GB writes them', () => {
  const long = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('1000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      (date) => {
        const iso = date.toISOString().slice(0, 10);
        return formatDate(iso) === long.format(date) && formatMonth(iso.slice(0, 7)) === month.format(date);
      },
    ),
    { numRuns: 3000 },
  );
});

test('a date range is written with no word twice: one day, one month, one year, or two years', () => {
  expect(formatDateRange('2024-03-04', '2024-03-04')).toBe('4 Mar 2024');
  expect(formatDateRange('2024-03-01', '2024-03-31')).toBe('1–31 Mar 2024');
  expect(formatDateRange('2024-01-01', '2024-03-31')).toBe('1 Jan – 31 Mar 2024');
  expect(formatDateRange('2023-12-30', '2024-01-02')).toBe('30 Dec 2023 – 2 Jan 2024');
  // A bound that is not a calendar date is written as given.
  expect(formatDateRange('2024-02-30', '2024-03-02')).toBe('2024-02-30 – 2 Mar 2024');
});
