/**
 * What the app may fetch before the reader asks for it: the rules that depend on the reader's
 * connection, and which searches to read ahead. Plain functions of what the browser says, so they
 * are tested without one.
 */
import type { SearchDirectory } from '../contract/views.ts';
import type { Filters } from './urls.ts';
import { listSearch, parseListSearch } from './urls.ts';

/** What the browser tells of the reader's connection (the Network Information API; Chromium only). */
export interface ConnectionHints {
  /** The reader has asked the browser to save data (the `Save-Data` setting). */
  saveData?: boolean;
  /** `slow-2g`, `2g`, `3g` or `4g`, from measured round trips and throughput. */
  effectiveType?: string;
}

/** Connections on which bytes the reader did not ask for cost seconds (3g: about 700 kbit/s). */
const SLOW_CONNECTIONS: ReadonlySet<string> = new Set(['slow-2g', '2g', '3g']);

/** This browser's connection hints; undefined where the API is missing (then nothing is known). */
export function connectionHints(): ConnectionHints | undefined {
  return (navigator as { connection?: ConnectionHints }).connection;
}

export function savesData(hints: ConnectionHints | undefined): boolean {
  return hints?.saveData === true;
}

/**
 * The words whose search to read ahead once a list has settled: the build's most frequent words
 * that have a prefix document (`SearchDirectory.frequentPrefixes`, most frequent first), none when
 * the reader saves data or the connection is slow. An older build names none.
 */
export function frequentWordsToReadAhead(
  directory: SearchDirectory,
  hints: ConnectionHints | undefined,
): readonly string[] {
  if (savesData(hints)) return [];
  if (hints?.effectiveType !== undefined && SLOW_CONNECTIONS.has(hints.effectiveType)) return [];
  return directory.frequentPrefixes ?? [];
}

/**
 * The filters of a search for `word` from the unfiltered list, as the route reads them from its
 * URL (through the one codec), so a read-ahead's query key is the key the search box's
 * navigation asks for.
 */
export function searchFilters(word: string): Filters {
  return parseListSearch(new URLSearchParams(listSearch({ q: word })), 'articles').filters;
}
