import { formatDate } from '../lib/dates.ts';

export function TimeStamp({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
