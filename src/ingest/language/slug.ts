import { remembered } from './remembered.ts';

/** Lowercase kebab-case slug of a name: `NATO Mission Iraq` → `nato-mission-iraq`, accents dropped. */
export function slugify(name: string): string {
  return remembered(slugCache, name, slugifyUncached);
}

/** Names slugified before: the same speakers, sources and bodies come back article after article. */
const slugCache = new Map<string, string>();

function slugifyUncached(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
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
