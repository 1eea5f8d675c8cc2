/**
 * What an organisation's page and a speaker's page share: the notes on list params their URL
 * carries (they list everything), and the redirect of a slug typed with capitals.
 */
import { Link, useSearchParams } from 'react-router';
import { NotesBanner } from '../../components/notes-banner.tsx';
import { forwardTo } from '../forward.ts';
import type { RenamedSlugs } from '../../contract/schema.ts';
import type { EntitySearch } from '../../lib/urls.ts';
import { parseEntitySearch, paths, renamedEntitySlug } from '../../lib/urls.ts';

type Entity = { kind: 'organisation' | 'speaker'; slug: string };

const pathOf = ({ kind, slug }: Entity): string =>
  kind === 'organisation' ? paths.organisation(slug) : paths.speaker(slug);

/**
 * The notes banner of an entity's page whose URL carries a list's params (`parseEntitySearch`),
 * with a link to the list that does filter as they ask; `list` names that list ("Quotes by …").
 */
export function EntityNotes({ entity, list }: { entity: Entity; list: string }) {
  const [searchParams] = useSearchParams();
  const { notes, filtered } = parseEntitySearch(searchParams, entity);
  return (
    <NotesBanner notes={notes} cleanHref={pathOf(entity)}>
      {filtered && (
        <p>
          <Link to={filtered.href}>{filteredLinkLabel(list, filtered)}</Link>
        </p>
      )}
    </NotesBanner>
  );
}

/** The link's words: what the list shows, its dates, and whether the link's other filters come along. */
function filteredLinkLabel(
  list: string,
  { from, to, others }: NonNullable<EntitySearch['filtered']>,
): string {
  const dates = from && to ? ` from ${from} to ${to}` : from ? ` since ${from}` : to ? ` up to ${to}` : '';
  return `${list}${dates}${others ? `${dates ? ',' : ''} with this link's other filters` : ''}`;
}

/**
 * Slugs are lower case; a link typed or shared as /organisations/NATO opens NATO's page at its
 * own address (the search kept), rather than "not found", as the project's server answers it.
 * And a link with a slug the build renamed (`renamed-slugs.json`: until 2026-12-07 a name's
 * letters with no decomposition, ł, ø, æ …, were dropped, so /speakers/ukasz-szumowski is now
 * /speakers/lukasz-szumowski; decision 001) opens the page at its new address the same way. Throws
 * that redirect when `entity` is unknown (`known` false) and its lower case is known, or it (or its
 * lower case) was renamed; `renamed` is asked only then. The old address is not left behind to go
 * back to (`forwardTo`).
 */
export async function redirectUnknownSlug(
  entity: Entity,
  known: boolean,
  isKnown: (slug: string) => Promise<boolean>,
  renamed: () => Promise<RenamedSlugs>,
  request: Request,
): Promise<void> {
  if (known) return;
  const search = new URL(request.url).search;
  const lower = entity.slug.toLowerCase();
  if (lower !== entity.slug && (await isKnown(lower)))
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router's documented way to redirect from a loader
    throw forwardTo(`${pathOf({ ...entity, slug: lower })}${search}`, request);
  // Not being able to look is as before the renaming: the page says it knows no such name.
  const table = await renamed().catch(() => null);
  if (table === null) return;
  const renamedTo =
    renamedEntitySlug(table, entity.kind, entity.slug) ?? renamedEntitySlug(table, entity.kind, lower);
  if (renamedTo !== null)
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router's documented way to redirect from a loader
    throw forwardTo(`${pathOf({ ...entity, slug: renamedTo })}${search}`, request);
}
