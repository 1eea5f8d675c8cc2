/**
 * The parts of the contract that are code rather than shape: how text is folded into search terms
 * and which attribution rules are weak. No zod here, so the browser app imports these without the
 * schemas (the build validates documents in full; the app checks only their envelope).
 */

/** How the speaker of a quote was decided, from the most to the least certain (see `quoteSchema`). */
export const ATTRIBUTION_RULES = [
  'adjacent',
  'sentence',
  'continuation',
  'pronoun',
  'nominal',
  'none',
] as const;
export type AttributionRule = (typeof ATTRIBUTION_RULES)[number];

/** Rules weak enough that the reader marks the attribution as uncertain. */
export const WEAK_ATTRIBUTION_RULES: readonly AttributionRule[] = ['pronoun', 'nominal'];

/**
 * The form every article id has: ids come from file names and appear in URLs, so they keep to
 * URL-safe characters (`articleIdSchema`; the app's `isArticleId`).
 */
export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Folds text for search: lowercase, accents removed, curly apostrophes straightened. */
export function foldForSearch(text: string): string {
  // Most news text is ASCII; skipping Unicode normalisation for it keeps indexing fast.
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

/** The words of a text as search terms (folded, at least two characters). */
export function searchTerms(text: string): string[] {
  return (foldForSearch(text).match(/[\p{L}\p{N}]{2,}/gu) ?? []).slice();
}

/** Which shard of the layout-2 search index holds a term: its first two characters, or `_`. */
export function searchShardKey(term: string): string {
  const key = term.slice(0, 2);
  return /^[a-z0-9]{2}$/.test(key) ? key : '_';
}

/** True when the reader should mark a quote's speaker as uncertain. */
export function isWeakAttribution(quote: { rule: AttributionRule }): boolean {
  return WEAK_ATTRIBUTION_RULES.includes(quote.rule);
}
