/** Calendar dates as the contract writes them (YYYY-MM-DD), handled in UTC so time zones never shift a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Midnight UTC of a calendar day, for every year 0001–9999: `Date.UTC` reads years 0–99 as
 * 1900–1999, `setUTCFullYear` does not. Month and day overflow as in `Date.UTC`.
 */
function utcDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/**
 * True for a real calendar date written as YYYY-MM-DD, of the years 0001–9999 (2024-02-30 is not
 * one, nor 0000-01-01: there is no year 0, which a date field cannot show and the seeds reject).
 */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y === 0) return false;
  const date = utcDay(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return utcDay(y, m - 1, d);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Moves by whole months, clamping to the month's last day (2024-03-31 − 1 month = 2024-02-29). */
export function addMonths(iso: string, months: number): string {
  const date = toDate(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1, 0).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return toIso(date);
}

// Written out rather than with Intl.DateTimeFormat('en-GB'), which gives the same text: a page's
// first Intl object loads the ICU data, about 25 ms of the main thread (100 ms at Lighthouse's 4×
// CPU) while the app starts. tests/domain/dates.test.ts checks these against Intl.
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

const formattedDates = new Map<string, string>();

/** "28 August 2024". Remembered: a list shows the same few dates on every page. */
export function formatDate(iso: string): string {
  let text = formattedDates.get(iso);
  if (text === undefined) {
    if (isIsoDate(iso)) {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      text = `${d} ${LONG_MONTHS[m - 1]!} ${y}`;
    } else text = iso;
    // Bounded: a corpus spans a few thousand days; anything past that is not worth keeping.
    if (formattedDates.size < 20_000) formattedDates.set(iso, text);
  }
  return text;
}

/** "28 Aug 2024": for a column of date ranges beside text that needs the room (a speaker's roles). */
export function formatShortDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${SHORT_MONTHS[m - 1]!} ${y}`;
}

/** "Aug 2024" for "2024-08". */
export function formatMonth(yearMonth: string): string {
  const date = toDate(`${yearMonth}-01`);
  return `${SHORT_MONTHS[date.getUTCMonth()]!} ${date.getUTCFullYear()}`;
}

/**
 * A date range in as few words as reads plainly: "4 Mar 2024" (one day), "1–31 Mar 2024",
 * "1 Jan – 31 Mar 2024", "1 Dec 2023 – 31 Jan 2024". A bound that is not a calendar date is
 * written as given.
 */
export function formatDateRange(from: string, to: string): string {
  if (from === to) return formatShortDate(from);
  if (!isIsoDate(from) || !isIsoDate(to)) return `${formatShortDate(from)} – ${formatShortDate(to)}`;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number, number];
  if (fy !== ty) return `${formatShortDate(from)} – ${formatShortDate(to)}`;
  if (fm !== tm) return `${fd} ${SHORT_MONTHS[fm - 1]!} – ${formatShortDate(to)}`;
  return `${fd}–${formatShortDate(to)}`;
}
