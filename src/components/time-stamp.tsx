import { formatDate, formatShortDate } from '../lib/dates.ts';

/** A date as "28 August 2024", or "28 Aug 2024" when `short` (a narrow column of ranges). */
export function TimeStamp({ date, short = false }: { date: string; short?: boolean }) {
  return <time dateTime={date}>{short ? formatShortDate(date) : formatDate(date)}</time>;
}
