/**
 * The addresses of slugs a build renamed (`renamed-slugs.json`, decision 001), beside the URL codec
 * (`urls.ts`) rather than in it: the app reads this module only when a link names a slug the data
 * does not know (`redirectRenamedSlugs`, `redirectUnknownSlug`), so it is no part of a first
 * visit's script (decision 003, "First-visit JavaScript, 2026-12-07 night").
 */
import type { RenamedSlugs } from '../contract/schema.ts';
import type { knownExcept } from './urls.ts';

/**
 * A list link naming slugs this build renamed (`renamed-slugs.json`: a name's letters with no
 * decomposition, ł, ø, æ …, were dropped until 2026-12-07 and are spelt now, decision 001): the
 * link's search with each such `org`, `source` and `speaker` given its new slug and every other
 * param kept as it was, in its place (an old slug whose new one the link names too is dropped,
 * not named twice); null when it names none. Only the slugs the data did not
 * know (`unknown`) are looked up, so a slug of this build is never replaced.
 */
export function renamedListSearch(
  params: URLSearchParams,
  unknown: Parameters<typeof knownExcept>[0],
  renamed: RenamedSlugs,
): string | null {
  let changed = false;
  const next = new URLSearchParams();
  for (const [name, value] of params) {
    const table =
      name === 'org' && unknown.organisations.includes(value)
        ? renamed.organisations
        : name === 'source' && value === unknown.source
          ? renamed.sources
          : name === 'speaker' && value === unknown.speaker
            ? renamed.speakers
            : null;
    const to = table !== null && Object.hasOwn(table, value) ? table[value] : undefined;
    if (to === undefined) next.append(name, value);
    else {
      changed = true;
      // A link naming the slug as it was and as it is now names one filter, once.
      if (!params.getAll(name).includes(to) && !next.getAll(name).includes(to)) next.append(name, to);
    }
  }
  return changed ? `?${next.toString()}` : null;
}

/** The slug an organisation or a speaker had before this build renamed it, as it is now; null if not renamed. */
export function renamedEntitySlug(
  renamed: RenamedSlugs,
  kind: 'organisation' | 'speaker',
  slug: string,
): string | null {
  const table = kind === 'organisation' ? renamed.organisations : renamed.speakers;
  return Object.hasOwn(table, slug) ? (table[slug] ?? null) : null;
}
