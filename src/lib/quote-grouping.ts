import { formatCount } from './numbers.ts';

/**
 * The line `/quotes` shows when repeated quotations are grouped (`QuoteGrouping`): the list's own
 * count and how many distinct quotations it holds ("1,204 quotes, 1,150 distinct").
 */
export function groupingText(total: number, distinct: number): string {
  const folded = total - distinct;
  return (
    `${formatCount(total)} quotes, ${formatCount(distinct)} distinct: ` +
    `${formatCount(folded)} ${folded === 1 ? 'is a later place' : 'are later places'} of a quotation shown once with its sources.`
  );
}
