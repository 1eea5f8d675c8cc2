import type { Filters } from '../../lib/urls.ts';
import { listSearch } from '../../lib/urls.ts';

/**
 * The words of the link an organisation's or a speaker's page offers when its URL asked for a
 * filter it does not apply (`parseEntitySearch`): what the list shows, its dates, and whether the
 * link's other filters come along. `base` is that list without any of them.
 */
export function filteredLinkLabel(list: string, filters: Filters, base: Filters): string {
  const { from, to } = filters;
  const dates = from && to ? ` from ${from} to ${to}` : from ? ` since ${from}` : to ? ` up to ${to}` : '';
  const others = listSearch({ ...filters, from: null, to: null }) !== listSearch(base);
  return `${list}${dates}${others ? `${dates ? ',' : ''} with this link's other filters` : ''}`;
}
