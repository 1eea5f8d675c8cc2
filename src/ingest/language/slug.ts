import { remembered } from './remembered.ts';

/**
 * Lowercase kebab-case slug of a name: `NATO Mission Iraq` → `nato-mission-iraq`, accents dropped,
 * and the Latin letters that have no decomposition spelt in ASCII (`Łukasz Szumowski` →
 * `lukasz-szumowski`, `Jarosław Kaczyński` → `jaroslaw-kaczynski`, `Søren` → `soren`).
 */
export function slugify(name: string): string {
  return remembered(slugCache, name, slugifyUncached);
}

/**
 * The slug `slugify` gave before 2026-12-07 (decision 001, "Slugs for ł, ø, æ …"): a letter with no
 * decomposition (ł, ø, æ, ß …) was dropped with every other non-ASCII character, so `Łukasz
 * Szumowski` was `ukasz-szumowski` and `Jarosław Kaczyński` `jaros-aw-kaczynski`. Links were shared
 * with these slugs; the build computes them to send such links to the new address
 * (`renamedSlug`). Never used for a new slug.
 */
export function legacySlug(name: string): string {
  return remembered(legacyCache, name, (key) => kebab(stripMarks(key), key));
}

/**
 * The slug an entity named `name` had before 2026-12-07 when it differs from its slug now, else
 * null. Only for a slug made by `slugify(name)`: a slug given by a list (the gazetteer's `slug`)
 * was the same then, and is not `slugify(name)` unless by chance, when it is taken as made.
 */
export function renamedSlug(name: string, slug: string): string | null {
  if (slugify(name) !== slug) return null;
  const legacy = legacySlug(name);
  return legacy === slug ? null : legacy;
}

/** Names slugified before: the same speakers, sources and bodies come back article after article. */
const slugCache = new Map<string, string>();
const legacyCache = new Map<string, string>();

/**
 * Latin letters that NFKD leaves as they are, so that dropping the marks does not reduce them to
 * ASCII, with the ASCII spelling a URL gives them. Taken from the replacements of
 * `@sindresorhus/transliterate` 2.2.0 (MIT, `replacements.js`): every entry whose letter is of the
 * Latin script and is not ASCII once NFKD has decomposed it and its marks are dropped (21 letters;
 * the others it lists, `ä` → `ae` among them, are left to NFKD as before, so their slugs do not
 * change). Added to them: `Ŀ`, `ŀ` (Catalan; NFKD makes them `l` and a middle dot, which would
 * split the word), read before NFKD. The package is not a dependency: its other entries would
 * change slugs that links use (`Müller` → `mueller`), and its whole table is ten times this one.
 */
const SPELLED: Readonly<Record<string, string>> = {
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
const SPELLED_PATTERN = new RegExp(`[${Object.keys(SPELLED).join('')}]`, 'gu');

function slugifyUncached(name: string): string {
  const marksDropped = stripMarks(name.replace(/[\u013f\u0140]/g, (c) => (c === '\u013f' ? 'L' : 'l')));
  return kebab(
    marksDropped.replace(SPELLED_PATTERN, (letter) => SPELLED[letter] ?? letter),
    name,
  );
}

function stripMarks(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '');
}

function kebab(letters: string, name: string): string {
  const slug = letters
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Names in other scripts (Arabic, Kurdish) have no Latin letters to keep: a short stable hash
  // still gives them a URL-safe slug.
  return slug || `n-${fnv1a(name.normalize('NFC')).toString(36)}`;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
