/**
 * The parts of the contract that are code rather than shape: how text is folded into search terms
 * (and Latin letters spelt in ASCII, for slugs too) and which attribution rules are weak. No zod
 * here, so the browser app imports these without the schemas (the build validates documents in
 * full; the app checks only their envelope).
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

/**
 * Latin letters that NFKD leaves as they are, so that dropping the marks does not reduce them to
 * ASCII, with the ASCII spelling a URL gives them. Taken from the replacements of
 * `@sindresorhus/transliterate` 2.2.0 (MIT, `replacements.js`): every entry whose letter is of the
 * Latin script and is not ASCII once NFKD has decomposed it and its marks are dropped (21 letters;
 * the others it lists, `ä` → `ae` among them, are left to NFKD as before). Slugs
 * (`ingest/language/slug.ts`, decision 001) and search terms (`foldForSearch`, decision 017) both
 * spell these letters from this one table. The package is not a dependency: its other entries
 * would change slugs that links use (`Müller` → `mueller`), and its whole table is ten times
 * this one.
 */
export const SPELLED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  Æ: 'AE',
  æ: 'ae',
  Ə: 'A', // Azerbaijani schwa: Əliyev → Aliyev, as English-language news writes it
  ə: 'a',
  Ð: 'D',
  ð: 'd',
  Đ: 'D',
  đ: 'd',
  Ø: 'O',
  ø: 'o',
  Œ: 'OE',
  œ: 'oe',
  Þ: 'TH',
  þ: 'th',
  ı: 'i',
  Ł: 'L',
  ł: 'l',
  Ħ: 'H',
  ħ: 'h',
};
const SPELLED_PATTERN = new RegExp(`[${Object.keys(SPELLED_LETTERS).join('')}]`, 'gu');

/**
 * Latin letters in ASCII where they have a spelling: `Ŀ`, `ŀ` (Catalan) as `L`, `l` before NFKD
 * (which would make them `l` and a middle dot, splitting the word), then NFKD with the marks
 * dropped, then the letters of `SPELLED_LETTERS` spelt out (`Łukasz` → `Lukasz`, `Straße` →
 * `Strasse`, `Ærø` → `AEro`). Case is kept; other scripts are left as they are.
 */
export function spellLatin(text: string): string {
  return text
    .replace(/[\u013f\u0140]/g, (c) => (c === '\u013f' ? 'L' : 'l'))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(SPELLED_PATTERN, (letter) => SPELLED_LETTERS[letter] ?? letter);
}

/**
 * Folds text for search: lowercase, accents removed, the letters of `SPELLED_LETTERS` spelt in
 * ASCII (`łukasz` and `lukasz` are one term), Greek final sigma ς as σ, curly apostrophes
 * straightened. The index's terms and a query's words are both folded here (`searchTerms`), and
 * the marks fold letter by letter with it (`lib/text-match.ts`).
 *
 * Final sigma: a reader types σ at a word's end as often as ς, and lowercasing turns a capital Σ
 * into ς or σ by its context (`ΟΔΟΣ` → "οδος" whole, "σ" alone), so all three are σ here:
 * `οδοσ`, `οδός` and `ΟΔΟΣ` are one term, and a text folds to its letters' folds end to end
 * (decision 017, "Leftovers 12: final sigma").
 */
export function foldForSearch(text: string): string {
  // Most news text is ASCII; skipping Unicode normalisation for it keeps indexing fast.
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase();
  return spellLatin(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u03c2]/g, (c) => (c === '\u03c2' ? '\u03c3' : "'"));
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
