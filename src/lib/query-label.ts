import { oneLine } from './one-line.ts';
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

/**
 * A list's title ("Articles", "Quotes"), or with a query `“nato” in articles`, the same in the app
 * and on a pre-rendered page. A long query is cut at a word (`oneLine`), so the title stays one a
 * tab, a bookmark or a link preview can show; the page itself names the whole query.
 */
export function listTitle(listName: string, query: string | null): string {
  if (!query || query.trim() === '') return listName;
  return `${inQuotes(oneLine(query, TITLE_QUERY_LENGTH))} in ${listName.toLowerCase()}`;
}
