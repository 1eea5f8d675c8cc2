/**
 * Reference: the exact-phrase rule (docs/decisions/011-phrase-search.md), by its definition and
 * without the pair index. An item holds a phrase when, for each two consecutive words of the
 * phrase, some field of the item has them as consecutive search terms. Items holding every phrase
 * come first in a ranked list, each part in its own order; the result set is unchanged.
 */
import { searchTerms } from '../../../src/contract/text.ts';

export function holdsPhrases(fields: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  const sequences = fields.map((field) => searchTerms(field));
  return phrases.every((phrase) =>
    phrase.every(
      (word, k) =>
        k === 0 ||
        sequences.some((terms) => terms.some((term, i) => term === phrase[k - 1] && terms[i + 1] === word)),
    ),
  );
}

/** The list with the phrase's items first, a stable partition. */
export function phraseItemsFirst<T>(list: readonly T[], holds: (item: T) => boolean): T[] {
  return [...list.filter(holds), ...list.filter((item) => !holds(item))];
}
