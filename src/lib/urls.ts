/**
 * The one module that knows the app's URLs: path builders for every view and the codec between
 * search params and filters. A deep link is parsed here and nowhere else.
 *
 * URL scheme (a public interface; extend it, never rename):
 *   /                      articles; ?from=YYYY-MM-DD&to=YYYY-MM-DD&org=<slug>…&source=<slug>&speaker=<slug>&q=<text>&sort=<order>&page=<n>
 *                          (speaker: articles quoting that speaker)
 *   /quotes                quotes; the same (speaker: their quotes) plus &fragments=inline|hide
 *                          (without `fragments`: substantive quotes first, fragments after them)
 *
 * `q`: words matched by prefix, accents folded; "a phrase" in double quotes is highlighted as one.
 * `sort` (added with ranking): `relevance` or `newest`. With a query the default is `relevance`,
 * so a link without `sort` keeps its results and counts and now lists them best match first;
 * `sort=newest` gives the order such links had before. Without a query lists are newest first
 * and `sort` is left out of the links this module builds. `sort=oldest` (added 2026-12-07), with or
 * without a query: the same results and counts, oldest article first (equal dates in the exact
 * reverse of newest first; quotes in reading order within their article); the links this module
 * builds always keep it.
 *   /articles/:id[#quote-N]
 *   /organisations/:slug
 *   /speakers/:slug       (both list everything: a list's params on them are ignored with a note,
 *                          and the list they do filter is offered, `parseEntitySearch`)
 *
 * A slug a build renamed (`renamed-slugs.json`: until 2026-12-07 letters such as ł, ø, æ were
 * dropped, `ukasz-szumowski`, now spelt, `lukasz-szumowski`) still works wherever a slug goes: the
 * link is sent to the same view at its new address (`renamedListSearch`, `renamedEntitySlug`).
 */
import type { RenamedSlugs } from '../contract/schema.ts';
import { ARTICLE_ID_PATTERN, searchTerms } from '../contract/text.ts';
import { isIsoDate } from './dates.ts';

export interface Filters {
  /** Inclusive bounds, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Every selected organisation must be mentioned (a child counts for its parent). */
  orgs: readonly string[];
  source: string | null;
  /** Quotes by this speaker; on the article list, articles quoting them. */
  speaker: string | null;
  q: string;
  /**
   * Quotes view only: where fragments go (`quote-substance.ts`). `last` (the URL without the param):
   * substantive quotes first, then fragments, each in the list order; `inline`: the list order
   * alone (newest article first, reading order within), as before `fragments` existed; `hide`:
   * fragments left out, and the reader told how many. Absent (the engine's default): `inline`.
   */
  fragments?: FragmentMode;
  /**
   * The order of a list: with a query `relevance` (the default when `q` has a word), `newest` or
   * `oldest`; without one `newest` (the default: `relevance` reads as it) or `oldest`. Absent
   * means the default.
   */
  sort?: SortOrder;
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

export type FragmentMode = 'last' | 'inline' | 'hide';
const FRAGMENT_MODES: readonly FragmentMode[] = ['last', 'inline', 'hide'];

export const EMPTY_FILTERS: Filters = { from: null, to: null, orgs: [], source: null, speaker: null, q: '' };

/**
 * "Clear all filters": no date, organisation, source, speaker or search left, but the list's own
 * settings kept: its order (`sort=oldest` stays oldest first) and, on `/quotes`, how fragments are
 * shown. A relevance or newest order only meant something with the search it leaves behind, and
 * `listSearch` writes neither without one.
 */
export function withoutFilters(filters: Filters): Filters {
  return {
    ...EMPTY_FILTERS,
    ...(filters.sort && { sort: filters.sort }),
    ...(filters.fragments && { fragments: filters.fragments }),
  };
}

export type ListView = 'articles' | 'quotes';

/** Where a GET form sends the reader: a list's path and its params as hidden fields. */
export interface FormTarget {
  path: string;
  fields: [string, string][];
}

/**
 * A GET form that goes to `href` (a list URL this module built) with one field of its own added
 * (`page`, `q`): the path, and every other param as a hidden field, so the form works without
 * the script too.
 */
export function formTarget(href: string): FormTarget {
  const at = href.indexOf('?');
  if (at < 0) return { path: href, fields: [] };
  return { path: href.slice(0, at), fields: [...new URLSearchParams(href.slice(at + 1))] };
}

/**
 * The search box's form: `listHref` is the list's URL without its query (`q: ''`). The order is
 * kept as a search typed in the app keeps it: `newest`, which links leave out without a query
 * (the default there), must be sent with one, where the default is `relevance`.
 */
export function searchFormTarget(listHref: string, sort: SortOrder | undefined): FormTarget {
  const target = formTarget(listHref);
  return sort === 'newest' ? { ...target, fields: [...target.fields, ['sort', 'newest']] } : target;
}

/** The slugs a link may name; anything else is ignored with a note. */
export interface KnownSlugs {
  organisations: { has(slug: string): boolean };
  sources: { has(slug: string): boolean };
  speakers: { has(slug: string): boolean };
}

/** Every slug is taken as known: the first reading of a link, before the data has said which exist. */
export const ANY_SLUG: KnownSlugs = {
  organisations: { has: () => true },
  sources: { has: () => true },
  speakers: { has: () => true },
};

/** The slugs the data source did not know, as what a second reading of the link must drop. */
export function knownExcept(unknown: {
  organisations: readonly string[];
  source: string | null;
  speaker: string | null;
}): KnownSlugs {
  return {
    organisations: { has: (slug) => !unknown.organisations.includes(slug) },
    sources: { has: (slug) => slug !== unknown.source },
    speakers: { has: (slug) => slug !== unknown.speaker },
  };
}

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

export interface ParsedListSearch {
  filters: Filters;
  page: number;
  /** One human sentence per ignored param, shown to the reader. */
  notes: string[];
}

/** Longer queries are cut here; nobody types more, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;

function quoted(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${short}”`;
}

/**
 * Reads a list view's search params, dropping what is malformed or unknown and saying why. Both
 * views read the same params since `speaker` came to the article list; the view stays in the
 * signature for a param only one of them has.
 */
export function parseListSearch(
  params: URLSearchParams,
  view: ListView,
  known: KnownSlugs = ANY_SLUG,
): ParsedListSearch {
  const notes: string[] = [];
  // A param the list reads once, given again with another value: the first is used, as
  // URLSearchParams.get reads it, and the reader is told (an edited or concatenated link).
  const single = (name: string): string | null => {
    const [first = null, ...rest] = params.getAll(name);
    if (rest.some((value) => value !== '' && value !== first))
      notes.push(
        `The link gives “${name}” more than once; ${first === '' ? 'the first, empty,' : `the first, ${quoted(first ?? '')},`} was used.`,
      );
    return first;
  };

  const readDate = (name: 'from' | 'to'): string | null => {
    const raw = single(name);
    if (raw === null || raw === '') return null;
    if (isIsoDate(raw)) return raw;
    notes.push(`The date ${quoted(raw)} in “${name}” is not a valid YYYY-MM-DD date, so it was ignored.`);
    return null;
  };
  const from = readDate('from');
  let to = readDate('to');
  if (from !== null && to !== null && to < from) {
    notes.push(`The end date ${to} is before the start date ${from}, so the end date was ignored.`);
    to = null;
  }

  const orgs: string[] = [];
  for (const slug of params.getAll('org')) {
    if (slug === '' || orgs.includes(slug)) continue;
    if (known.organisations.has(slug)) orgs.push(slug);
    else notes.push(`No organisation is called ${quoted(slug)}, so that filter was ignored.`);
  }

  const readSlug = (name: 'source' | 'speaker', set: KnownSlugs['sources'], label: string): string | null => {
    const raw = single(name);
    if (raw === null || raw === '') return null;
    if (set.has(raw)) return raw;
    notes.push(`No ${label} is called ${quoted(raw)}, so that filter was ignored.`);
    return null;
  };
  const source = readSlug('source', known.sources, 'source');
  const speaker = readSlug('speaker', known.speakers, 'speaker');

  let fragments: FragmentMode | undefined;
  if (view === 'quotes') {
    fragments = 'last';
    const raw = single('fragments');
    if (raw !== null && raw !== '') {
      if ((FRAGMENT_MODES as readonly string[]).includes(raw)) fragments = raw as FragmentMode;
      else
        notes.push(
          `“fragments” can be “inline” or “hide”, not ${quoted(raw)}, so substantive quotes are listed first.`,
        );
    }
  }

  let q = (single('q') ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH);
    notes.push(`The search text was longer than ${MAX_QUERY_LENGTH} characters and was shortened.`);
  }
  if (q !== '' && searchTerms(q).length === 0) {
    notes.push(
      `The search ${quoted(q)} has no word of two or more letters or digits, so nothing was searched for.`,
    );
  }

  let sort: SortOrder | undefined;
  const rawSort = single('sort');
  if (rawSort !== null && rawSort !== '') {
    if ((SORT_ORDERS as readonly string[]).includes(rawSort)) sort = rawSort as SortOrder;
    else
      notes.push(
        `The order ${quoted(rawSort)} is not “relevance”, “newest” or “oldest”, so the default was used.`,
      );
  }

  let page = 1;
  const rawPage = single('page');
  if (rawPage !== null && rawPage !== '') {
    if (/^[1-9]\d{0,6}$/.test(rawPage)) page = Number(rawPage);
    else notes.push(`The page ${quoted(rawPage)} is not a page number, so the first page is shown.`);
  }

  // A param this list reads, written with capitals (`ORG`, `Q`): not read, since a param's name is
  // its lower-case one (reading it would change what such a link lists today), but said, since a
  // hand-edited or retyped link would otherwise lose its filter without a word. Other params a
  // link may carry (`utm_source`) are none of the list's business and pass without a note.
  const read = new Set<string>(
    view === 'quotes' ? LIST_PARAMS : LIST_PARAMS.filter((n) => n !== 'fragments'),
  );
  for (const name of new Set(params.keys())) {
    const lower = name.toLowerCase();
    if (name !== lower && read.has(lower))
      notes.push(
        `${quoted(name)} is not a parameter of this list (its name is “${lower}”, in lower case), so that part of the link was ignored.`,
      );
  }

  const filters: Filters = { from, to, orgs, source, speaker, q, ...(sort && { sort }) };
  if (fragments !== undefined) filters.fragments = fragments;
  return { filters, page, notes };
}

/** The canonical search string for filters (params in a fixed order; empty ones left out). */
export function listSearch(filters: Partial<Filters>, page = 1): string {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const slug of filters.orgs ?? []) params.append('org', slug);
  if (filters.source) params.set('source', filters.source);
  if (filters.speaker) params.set('speaker', filters.speaker);
  const q = filters.q?.trim();
  if (q) params.set('q', q);
  // `newest` only with a query (without one it is the default); `oldest` always.
  if ((q && filters.sort === 'newest') || filters.sort === 'oldest') params.set('sort', filters.sort);
  if (filters.fragments === 'inline' || filters.fragments === 'hide')
    params.set('fragments', filters.fragments);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * How a change of filters enters the history: `push` a new entry (each discrete choice), `replace`
 * the current one (a timeline drag), or `search`, which pushes the first search from a list
 * without one (so Back returns to it) and replaces while the reader refines it.
 */
export type FilterUpdate = 'push' | 'replace' | 'search';

/**
 * Where a change of a list's filters goes: the canonical search string (page 1) and whether it
 * replaces the current history entry.
 *
 * The change applies to the filters the URL holds now. A navigation commits to the URL before
 * React has rendered it (the render is a transition, and it waits for the results), so a change
 * made in that gap sees the filters of the page still on screen; applied to those, a search
 * refined meanwhile would push a second entry instead of replacing, and a facet clicked meanwhile
 * would drop the newer query. When the URL is the one rendered (`live` equal to `rendered`), the
 * rendered filters are used: they have the unknown slugs already left out.
 */
export function nextListSearch({
  view,
  rendered,
  live,
  change,
  update,
}: {
  view: ListView;
  /** The search string and filters of the page on screen (the page number does not matter). */
  rendered: { search: string; filters: Filters };
  /** The search string the router's location has now (undefined: not known, use the rendered). */
  live: string | undefined;
  change: Partial<Filters>;
  update: FilterUpdate;
}): { search: string; replace: boolean } {
  const liveFilters =
    live === undefined ? undefined : parseListSearch(new URLSearchParams(live), view).filters;
  const current =
    liveFilters === undefined ||
    listSearch(liveFilters) ===
      listSearch(parseListSearch(new URLSearchParams(rendered.search), view).filters)
      ? rendered.filters
      : liveFilters;
  const replace = update === 'replace' || (update === 'search' && current.q !== '');
  return { search: listSearch({ ...current, ...change }), replace };
}

/** The filters with each active one dropped in turn, in the order they are shown. */
export function filtersWithoutEach(filters: Filters): Filters[] {
  const out: Filters[] = [];
  if (filters.from) out.push({ ...filters, from: null });
  if (filters.to) out.push({ ...filters, to: null });
  for (const slug of filters.orgs) out.push({ ...filters, orgs: filters.orgs.filter((org) => org !== slug) });
  if (filters.source) out.push({ ...filters, source: null });
  if (filters.speaker) out.push({ ...filters, speaker: null });
  if (filters.q) out.push({ ...filters, q: '' });
  return out;
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.from !== null ||
    filters.to !== null ||
    filters.orgs.length > 0 ||
    filters.source !== null ||
    filters.speaker !== null ||
    filters.q !== ''
  );
}

/** Path builders for every view. */
export const paths = {
  articles: (filters: Partial<Filters> = {}, page = 1): string =>
    `/${listSearch({ ...filters, fragments: undefined }, page)}`,
  quotes: (filters: Partial<Filters> = {}, page = 1): string => `/quotes${listSearch(filters, page)}`,
  article: (id: string, anchor?: string): string =>
    `/articles/${encodeURIComponent(id)}${anchor ? `#${anchor}` : ''}`,
  organisation: (slug: string): string => `/organisations/${encodeURIComponent(slug)}`,
  speaker: (slug: string): string => `/speakers/${encodeURIComponent(slug)}`,
} as const;

/**
 * The address of the list a page applied, for its canonical URL: the URL's filters read as the
 * page read them once the data had answered (`unknown`: the slugs it did not know), the page shown
 * (`page`: a page past the last shows the last), and nothing the page ignored (a malformed date or
 * page, an unknown slug or order, a search with no word), which the URL's notes told the reader about.
 */
export function appliedListPath(
  view: ListView,
  params: URLSearchParams,
  applied: { unknown: Parameters<typeof knownExcept>[0]; page: number },
): string {
  const read = parseListSearch(params, view, knownExcept(applied.unknown)).filters;
  // A search with no word to search for searched for nothing (as the tidy link, list-page.tsx).
  const filters = searchTerms(read.q).length === 0 ? { ...read, q: '' } : read;
  return view === 'articles' ? paths.articles(filters, applied.page) : paths.quotes(filters, applied.page);
}

/** The params a list reads, which an organisation's or a speaker's page does not. */
const LIST_PARAMS = ['from', 'to', 'org', 'source', 'speaker', 'q', 'sort', 'fragments', 'page'] as const;

export interface EntitySearch {
  /** One human sentence per ignored part, as a list's notes. */
  notes: string[];
  /**
   * The list that does filter as the link asks: an organisation's articles (a speaker's quotes)
   * with the link's dates (`from`, `to`) and other list params (`others`: whether any came
   * along), or null when the link asks for no filter.
   */
  filtered: { href: string; from: string | null; to: string | null; others: boolean } | null;
}

/**
 * Reads an organisation's or a speaker's page's search params. The page lists everything, whatever
 * its URL says (a link keeps its results), so list params on it (`from`, `to`, people edit URLs)
 * are ignored; the reader is told so, and offered the list those params do filter: the articles
 * mentioning the organisation, or the speaker's quotes.
 */
export function parseEntitySearch(
  params: URLSearchParams,
  entity: { kind: 'organisation' | 'speaker'; slug: string },
): EntitySearch {
  const given = LIST_PARAMS.filter((name) => (params.get(name) ?? '') !== '');
  if (given.length === 0) return { notes: [], filtered: null };
  const view: ListView = entity.kind === 'organisation' ? 'articles' : 'quotes';
  const read = parseListSearch(params, view);
  const filters =
    entity.kind === 'organisation'
      ? withOrganisation(read.filters, entity.slug)
      : { ...read.filters, speaker: entity.slug };
  const notes: string[] = [];
  const dates = given.filter((name) => name === 'from' || name === 'to');
  if (dates.length > 0)
    notes.push(
      `This page is not filtered by date, so ${dates.map((name) => `“${name}”`).join(' and ')} ${dates.length === 1 ? 'was' : 'were'} ignored.`,
    );
  const others = given.filter((name) => name !== 'from' && name !== 'to');
  if (others.length > 0)
    notes.push(
      `${others.map((name) => `“${name}”`).join(', ')} ${others.length === 1 ? 'applies' : 'apply'} to lists, not to this page, so ${others.length === 1 ? 'it was' : 'they were'} ignored.`,
    );
  const base =
    entity.kind === 'organisation'
      ? { ...EMPTY_FILTERS, orgs: [entity.slug] }
      : { ...EMPTY_FILTERS, speaker: entity.slug };
  const link = (list: Filters) => (view === 'articles' ? paths.articles(list) : paths.quotes(list));
  const href = link(filters);
  if (href === link(base)) return { notes, filtered: null };
  const { from, to } = filters;
  return {
    notes,
    filtered: { href, from, to, others: link({ ...filters, from: null, to: null }) !== link(base) },
  };
}

/** Whether an `/articles/:id` path's id has the form every article id has (`articleIdSchema`). */
export function isArticleId(id: string): boolean {
  return ARTICLE_ID_PATTERN.test(id);
}

/** The quote anchor a location hash names (`#quote-3` → `quote-3`), or null. */
export function quoteAnchorFromHash(hash: string): string | null {
  const match = /^#(quote-[1-9]\d*)$/.exec(hash);
  return match ? match[1]! : null;
}

/** Adds an organisation to the filters, the action of an organisation chip. */
export function withOrganisation(filters: Filters, slug: string): Filters {
  return filters.orgs.includes(slug) ? filters : { ...filters, orgs: [...filters.orgs, slug] };
}

/** The view a path names, as the router matches it; the server and the build decide status by it. */
export type RouteMatch =
  | { view: 'articles' }
  | { view: 'quotes' }
  | { view: 'article'; id: string }
  | { view: 'organisation'; slug: string }
  | { view: 'speaker'; slug: string }
  | { view: 'none' };

/**
 * Matches a path (below the base, percent-encoded as requested) against the route table in
 * src/app/router.tsx: `/`, `/quotes`, `/articles/:id`, `/organisations/:slug`, each with or without
 * a trailing slash. A malformed percent-escape or any other path names nothing.
 */
export function matchRoutePath(path: string): RouteMatch {
  const segments = path.replace(/^\/+/, '').replace(/\/$/, '').split('/');
  let decoded: string[];
  try {
    decoded = segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return { view: 'none' };
  }
  const [first = '', second, ...rest] = decoded;
  if (rest.length > 0) return { view: 'none' };
  if (second === undefined) {
    if (first === '') return { view: 'articles' };
    if (first === 'quotes') return { view: 'quotes' };
    return { view: 'none' };
  }
  if (second === '') return { view: 'none' };
  if (first === 'articles') return { view: 'article', id: second };
  if (first === 'organisations') return { view: 'organisation', slug: second };
  if (first === 'speakers') return { view: 'speaker', slug: second };
  return { view: 'none' };
}

/**
 * An app path (from `paths`) as the absolute URL a reader can paste elsewhere. `basePath` is where
 * the app is served (`/`, or `/reader/` under a sub-path: `useHref('/')`).
 */
export function absoluteUrl(path: string, basePath: string, origin: string): string {
  const prefix = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
  return new URL(`${prefix}${path}`, origin).toString();
}
