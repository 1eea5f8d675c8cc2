import { spellLatin } from '../../contract/text.ts';
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

/** Letters spelt by the table the search fold reads too (`spellLatin`, `src/contract/text.ts`). */
function slugifyUncached(name: string): string {
  return kebab(spellLatin(name), name);
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
