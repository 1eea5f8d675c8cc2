/**
 * The facet finders' matching (organisations and speakers): a row matches when every word typed
 * starts a word of its name, slug or any alias (the organisation directory's aliases include
 * acronyms such as "WHO"), or when what is typed is the acronym of its name or of an alias ("IMF"
 * for "International Monetary Fund", even where the directory has no such alias). Exact matches
 * come first.
 */
import { foldForSearch } from '../contract/text.ts';
import { queryWords, termsMatchAllWords, termsOf } from './text-match.ts';

/** Words an acronym skips: "Organisation of the Petroleum Exporting Countries" → OPEC. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', '&']);

/** The initials of a name's words, in capitals ("World Health Organization" → "WHO"); "" for one word. */
export function acronymOf(name: string): string {
  const words = name.split(/[\s-]+/u).filter((w) => w !== '' && !ACRONYM_SKIPS.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return words.map((w) => (/[\p{L}\p{N}]/u.exec(w)?.[0] ?? '').toUpperCase()).join('');
}

/** What is typed, as an acronym would be written: letters and digits only, in capitals ("U.N." → "UN"). */
function asAcronym(filter: string): string {
  return foldedAcronym(filter.replace(/[^\p{L}\p{N}]/gu, ''));
}

/**
 * An acronym folded as search folds words, in capitals: accents dropped and ł, ø, æ … spelt in
 * ASCII (`ÉRD` → `ERD`, `ØME` → `OME`), so either spelling of an initial finds the name.
 */
function foldedAcronym(acronym: string): string {
  return foldForSearch(acronym).toUpperCase();
}

export interface FinderRow {
  slug: string;
  name: string;
}

/**
 * The rows the finder shows for `filter`, in their given order except that exact matches (the
 * name, an alias or an acronym equal to what is typed) come first. All rows when `filter` is empty.
 */
export function findByName<T extends FinderRow>(
  rows: readonly T[],
  filter: string,
  aliasesOf: (slug: string) => readonly string[] = () => [],
): T[] {
  const words = queryWords(filter);
  const typed = asAcronym(filter);
  // "U.N." has no word of two letters, but is an acronym.
  if (words.length === 0 && typed.length < 2) return rows.slice();
  const typedFolded = termsOf(filter).join(' ');
  const exact: T[] = [];
  const partial: T[] = [];
  for (const row of rows) {
    const names = [row.name, ...aliasesOf(row.slug)];
    const acronyms = names
      .map(acronymOf)
      .filter((a) => a !== '')
      .map(foldedAcronym);
    const isExact =
      names.some((name) => termsOf(name).join(' ') === typedFolded) ||
      (typed.length >= 2 && acronyms.includes(typed));
    if (isExact) exact.push(row);
    else if (
      (words.length > 0 && termsMatchAllWords(termsOf([row.slug, ...names].join(' ')), words)) ||
      (typed.length >= 2 && !filter.includes(' ') && acronyms.some((a) => a.startsWith(typed)))
    )
      partial.push(row);
  }
  return [...exact, ...partial];
}
