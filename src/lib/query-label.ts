import { formatDateRange, formatShortDate } from './dates.ts';
import { oneLine } from './one-line.ts';
import type { Filters } from './urls.ts';
import { queryWords } from './text-match.ts';

/** The double quotation marks a query may quote a phrase with (as `parseQuery` reads them). */
const QUOTE_MARK = /["\u201c\u201d]/gu;

/**
 * A search query as a label names it: in quotation marks, unless it is one quoted phrase already
 * ("prime minister"). A quotation mark left open (`"home`, `home"`) quotes nothing: `parseQuery`
 * pairs the marks in order, so the last of an odd number is searched as a space. The label drops
 * it and names the words that were searched (`“home”`, as for `home`), not a mark inside the quotes.
 * A query with no word to search for (`"`, `a"b`) searched nothing, and is named as it was typed
 * (as the note saying so names it).
 */
export function inQuotes(query: string): string {
  const trimmed = queryWords(query).length === 0 ? query.trim() : withoutOpenQuote(query.trim());
  return /^["“][^"“”]+["”]$/u.test(trimmed) ? trimmed : `“${trimmed}”`;
}

function withoutOpenQuote(query: string): string {
  const marks = [...query.matchAll(QUOTE_MARK)];
  if (marks.length % 2 === 0) return query;
  const open = marks.at(-1)!.index;
  const before = query.slice(0, open);
  const after = query.slice(open + 1);
  // Searched as a space: kept as one between two words (`a"b`), else dropped; nothing else moves.
  const between = /\S$/u.test(before) && /^\S/u.test(after) ? ' ' : '';
  return `${before}${between}${after}`.trim();
}

/** How much of a query a list's title names, the ellipsis included, before it cuts it. */
export const TITLE_QUERY_LENGTH = 60;

/** How long a list's title may grow with the filters it names, the ellipsis included. */
export const TITLE_LENGTH = 120;

/** The names a list's filters are shown by (the app's active filters use the same lookups). */
export interface FilterNames {
  organisation: (slug: string) => string;
  source: (slug: string) => string;
  speaker: (slug: string) => string;
}

/** A list's view as its title and description name it: the query, and the filters by name. */
export interface NamedView {
  query: string | null;
  organisations: readonly string[];
  source: string | null;
  speaker: string | null;
  from: string | null;
  to: string | null;
}

/** A view with nothing but (at most) a query. */
export function queryView(query: string | null): NamedView {
  return { query, organisations: [], source: null, speaker: null, from: null, to: null };
}

/**
 * The filters (as the URL codec reads them) by the names the reader knows them by. A query with
 * no word to search for (`C++`, an emoji) searched nothing, so it names nothing either.
 */
export function namedView(filters: Filters, names: FilterNames): NamedView {
  return {
    query: queryWords(filters.q).length > 0 ? filters.q : null,
    organisations: filters.orgs.map((slug) => names.organisation(slug)),
    source: filters.source ? names.source(filters.source) : null,
    speaker: filters.speaker ? names.speaker(filters.speaker) : null,
    from: filters.from,
    to: filters.to,
  };
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/**
 * What a list's filters (not its query) say of it: who and what as words to follow the list's
 * name ("quoting Ana Díaz mentioning NATO from Wikinews"), and the date range ("1 Jan – 31 Mar
 * 2024"); each empty when not filtered. Article lists are filtered by whom they quote and what
 * they mention; quote lists by who said them and what their article mentions.
 */
function filterParts(listName: string, view: NamedView): { words: string; dates: string } {
  const isQuotes = listName === 'Quotes';
  const words: string[] = [];
  if (view.speaker) words.push(`${isQuotes ? 'by' : 'quoting'} ${view.speaker}`);
  if (view.organisations.length > 0)
    words.push(`${isQuotes ? 'in articles mentioning' : 'mentioning'} ${joinNames(view.organisations)}`);
  if (view.source) words.push(`from ${view.source}`);
  const dates =
    view.from && view.to
      ? formatDateRange(view.from, view.to)
      : view.from
        ? `since ${formatShortDate(view.from)}`
        : view.to
          ? `until ${formatShortDate(view.to)}`
          : '';
  return { words: words.join(' '), dates };
}

/** The filters as one phrase ("mentioning NATO, 1–31 Mar 2024"; "" without filters). */
export function filterPhrase(listName: string, view: NamedView): string {
  const { words, dates } = filterParts(listName, view);
  return [words, dates].filter((part) => part !== '').join(', ');
}

/**
 * A list's title ("Articles", "Quotes"), with a query `“nato” in articles`, with filters
 * `Articles mentioning NATO, 1–31 Mar 2024`, the same in the app and on a pre-rendered page. A
 * long query is cut at a word (`oneLine`), and so is the whole, so the title stays one a tab, a
 * bookmark or a link preview can show; the page itself names the whole query and every filter.
 */
export function listTitle(listName: string, view: NamedView): string {
  const query = view.query;
  const named =
    !query || query.trim() === ''
      ? listName
      : `${inQuotes(oneLine(query, TITLE_QUERY_LENGTH))} in ${listName.toLowerCase()}`;
  const { words, dates } = filterParts(listName, view);
  if (words === '' && dates === '') return named;
  return oneLine(`${named}${words && ` ${words}`}${dates && `, ${dates}`}`, TITLE_LENGTH);
}
