import { useQueries, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLocation, useNavigate, useNavigation, useRevalidator, useSearchParams } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '../../contract/schema.ts';
import type { QuoteRow } from '../../contract/views.ts';
import type { EngineMeta } from '../../lib/engine/types.ts';
import { corpusQueries } from '../../lib/api/corpus-queries.ts';
import type { FacetResult, ListResult } from '../../lib/data/data-source.ts';
import { HttpStatusError, mayPass } from '../../lib/data/errors.ts';
import { queryWords } from '../../lib/text-match.ts';
import type { NameLookups } from '../../features/filters/components/active-filters.tsx';
import type { FilterUpdate, Filters, ListView, ParsedListSearch } from '../../lib/urls.ts';
import {
  filtersWithoutEach,
  hasActiveFilters,
  knownExcept,
  listSearch,
  nextListSearch,
  parseListSearch,
  renamedListSearch,
} from '../../lib/urls.ts';
import { traceMark } from '../../lib/trace-marks.ts';
import { forwardTo } from '../forward.ts';
import { LiveSearchContext } from '../live-location.ts';
import { retryIfFailed } from '../retry-failed.ts';

type ItemOf<V extends ListView> = V extends 'articles' ? ArticleSummary : QuoteRow;

function listQuery(view: ListView, filters: Filters, page: number, readAhead = false) {
  return (
    view === 'articles'
      ? corpusQueries.articles(filters, page, readAhead)
      : corpusQueries.quotes(filters, page, readAhead)
  ) as ReturnType<typeof corpusQueries.articles>;
}

/**
 * A list loader's wait for its page of results. The page's first list (a deep link), and a list
 * whose data came back wrong rather than not at all, fail the route as before: the error page. A
 * later list whose data did not arrive (offline, the server out of reach, or the server's passing
 * failure, a 5xx: `mayPass`) lets its navigation
 * commit: a list of the same view on screen then keeps showing what it had, with a note saying
 * what could not be loaded (`useShownSearch`), and a list opened from another page fails as it
 * renders (its page of results is not in the cache), to the same error page as before.
 */
export async function listLoaded(loads: Promise<unknown>, firstList: boolean): Promise<void> {
  try {
    await loads;
  } catch (error) {
    if (firstList || !mayPass(error)) throw error;
  }
}

/**
 * A list loader's look at the slugs its link named that the data did not know: where the build
 * renamed them (an old link, decision 001, "Slugs for ł, ø, æ …"), the reader is sent to the same
 * list with the new slugs, so they see the results the link gave before and the address they share
 * from now on is the new one; the old address is not left in the history to go back to
 * (`forwardTo`: a step back to it would only send the reader forward again).
 * Nothing is asked when every slug was known, or when the
 * page of results did not arrive (`listLoaded` let it pass).
 */
export async function redirectRenamedSlugs(
  queryClient: QueryClient,
  view: ListView,
  filters: Filters,
  page: number,
  request: Request,
): Promise<void> {
  const result = queryClient.getQueryData(listQuery(view, filters, page).queryKey);
  if (result === undefined) return;
  const { unknown } = result;
  if (unknown.organisations.length === 0 && unknown.source === null && unknown.speaker === null) return;
  // Not being able to look is as before the renaming: the unknown slugs are noted and ignored.
  const renamed = await queryClient.query(corpusQueries.renamedSlugs()).catch(() => null);
  if (renamed === null) return;
  const search = renamedListSearch(new URL(request.url).searchParams, unknown, renamed);
  if (search !== null)
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router's documented way to redirect from a loader
    throw forwardTo(`${view === 'articles' ? '/' : '/quotes'}${search}`, request);
}

/** A change of filters whose results did not arrive, while the list shows those it had. */
export interface FailedChange {
  /** The filters the URL asks for. */
  filters: Filters;
  retry: () => void;
  retrying: boolean;
  /** The server's status when it answered with a failure (a 5xx); null when no answer came. */
  serverStatus: number | null;
}

/** The first reading of a list URL: every slug taken as it is, for the loader and the query key. */
export function readListUrl(url: string, view: ListView): ParsedListSearch {
  return parseListSearch(new URL(url).searchParams, view);
}

export interface ListState<T> extends ParsedListSearch {
  view: ListView;
  meta: EngineMeta;
  result: ListResult<T>;
  /** Undefined until the counts first arrive; the previous ones stay while new ones are counted. */
  facets: FacetResult | undefined;
  facetsPending: boolean;
  /** The counts for these filters could not be loaded (none are shown): asks for them again. */
  facetsFailed: (() => void) | null;
  words: string[];
  /** Given only for an empty result: how many results dropping each filter would bring back. */
  countWithout: ((without: Filters) => number | undefined) | undefined;
  /**
   * False while a navigation loads the next page: the queries this page shows after its results
   * (facet counts, snippets) then stop re-rendering it (see `useSettledPage`).
   */
  settled: boolean;
  /** Applies a change to the filters the URL holds now (see `nextListSearch`); back to page 1. */
  setFilters: (change: Partial<Filters>, update: FilterUpdate) => void;
  /**
   * Loads, without showing it, the page of results `setFilters(change, 'search')` would show, so
   * that it is in the cache when the reader makes that change (a search being typed: the results
   * of the text so far load during the search box's pause, and show as soon as it ends).
   */
  readAhead: (change: Partial<Filters>) => void;
  /**
   * Whether an app path is this view with its page of results in the cache, so a link to it can
   * show it in the click's task as `setFilters` does (`ShownAtOnceProvider`).
   */
  shownAtOnce: (to: string) => boolean;
  /**
   * The reader is near the page links (or points at them): a page in relevance order reads its
   * next page ahead from then on (see `usePrefetchNextPage`).
   */
  nearNextPage: () => void;
  /** The URL's filters whose results did not arrive (offline, a 5xx), while the list shows the last it had. */
  failed: FailedChange | null;
}

/**
 * A list view's state: the URL read through the one codec, the page of results and the facet
 * counts from the data source, and a way to change the filters. A link's unknown slugs are known
 * only once the data source answers, so the URL is read twice: once to ask, once to say what was
 * ignored.
 */
export function useListState<V extends ListView>(view: V): ListState<ItemOf<V>> {
  const queryClient = useQueryClient();
  const { searchParams, ahead, failed: failedSearch } = useShownSearch(view, queryClient);
  const revalidator = useRevalidator();
  const navigate = useNavigate();
  const asked = useMemo(() => parseListSearch(searchParams, view), [searchParams, view]);
  const { data: meta } = useSuspenseQuery(corpusQueries.meta());
  const { data: result } = useSuspenseQuery(listQuery(view, asked.filters, asked.page));
  const parsed = useMemo(
    () => parseListSearch(searchParams, view, knownExcept(result.unknown)),
    [searchParams, view, result.unknown],
  );
  // Turning a page keeps the same filters object (the key is their canonical URL, which leaves the
  // page out), so the memoised filter panel and timeline are left alone.
  const filtersKey = listSearch(parsed.filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the filters, written out
  const filters = useMemo(() => parsed.filters, [filtersKey]);
  const settled = useSettledPage() || ahead;
  const nearNextPage = usePrefetchNextPage(
    view,
    filters,
    result.page,
    result.pageCount,
    settled,
    result.order === 'relevance',
  );
  const facetsQuery = useQuery({ ...corpusQueries.facets(view, filters), subscribed: settled });
  // Until the counts arrive, an unfiltered view shows meta's (exact, but cut to its top rows).
  // Not with fragments hidden: meta counts every quote, and the list leaves fragments out (the
  // engine's `unfiltered`); "Clear all filters" keeps `fragments=hide`.
  const unfilteredFacets = useMemo(() => metaFacets(meta, view), [meta, view]);
  const corpusCounts = !hasActiveFilters(filters) && filters.fragments !== 'hide';
  const facets = facetsQuery.data ?? (corpusCounts ? unfilteredFacets : undefined);
  const words = useMemo(() => queryWords(filters.q), [filters.q]);
  const withouts = result.total === 0 ? filtersWithoutEach(filters) : [];
  const counts = useQueries({ queries: withouts.map((without) => corpusQueries.count(view, without)) });
  const countByKey = new Map(withouts.map((without, i) => [listSearch(without), counts[i]?.data]));
  // Keys, not objects: turning a page changes neither, so the callback (and the memoised panel) stay.
  const askedKey = listSearch(asked.filters);
  const liveSearch = useContext(LiveSearchContext);
  const setFilters = useCallback(
    (change: Partial<Filters>, update: FilterUpdate) => {
      const live = liveSearch?.();
      const next = nextListSearch({
        view,
        rendered: { search: askedKey, filters },
        live: live?.search,
        change,
        update,
      });
      // The history entry a search pushed records the list it was pushed from, and refining the
      // search keeps that record. Clearing the search (Esc, or the box emptied) back to exactly
      // that list goes back to its entry instead of replacing the search's entry with a copy of
      // it, so Back then leaves the list rather than showing it again (decision 013's push then
      // replace, undone whole). Read from the router's live entry, as the filters are.
      const searchedFrom = searchFromOf(live?.state);
      let state: SearchEntryState | StepEntryState | undefined;
      let replace = next.replace;
      if (update === 'search' && live !== undefined) {
        if (searchedFrom !== undefined && sameList(searchedFrom, next.search, view)) {
          traceMark('navigate');
          void navigate(-1);
          return;
        }
        // Sending the search the URL already shows (Enter in an empty box) adds no entry.
        const unchanged = sameList(live.search, next.search, view);
        if (!next.replace && !unchanged) {
          state = { searchFrom: live.search };
        } else {
          replace = true;
          if (searchedFrom !== undefined) state = { searchFrom: searchedFrom };
        }
      }
      // The timeline's key steps (`replace`): the run's first step adds an entry, marked, and the
      // steps after it replace that entry while it is the one shown, so Back leaves the whole run
      // at once for the list before it (a first step that replaced had taken that list's place).
      if (update === 'replace' && live !== undefined) {
        replace = isStepEntry(live.state);
        state = STEP_ENTRY;
      }
      traceMark('navigate');
      void navigate(
        { search: next.search },
        // With the new list already in the cache, the page shows it in this event's task (see
        // `useShownSearch`): React Router renders its loading state at once, not in a transition.
        {
          replace,
          state,
          preventScrollReset: true,
          flushSync: listCached(queryClient, view, next.search),
        },
      );
    },
    [navigate, liveSearch, askedKey, filters, view, queryClient],
  );
  const readAhead = useCallback(
    (change: Partial<Filters>) => {
      // Not when the reader has asked the browser to save data: they may type on past it.
      if (savesData()) return;
      const next = nextListSearch({
        view,
        rendered: { search: askedKey, filters },
        live: liveSearch?.().search,
        change,
        update: 'search',
      });
      // Read as the list's loader will read that URL, so the query (and its key) are the same.
      const { filters: nextFilters, page } = parseListSearch(new URLSearchParams(next.search), view);
      // A failed read-ahead costs nothing: the search loads (and reports) its own data when sent.
      queryClient.query(listQuery(view, nextFilters, page)).catch(() => undefined);
    },
    [liveSearch, askedKey, filters, view, queryClient],
  );
  const { pathname } = useLocation();
  const shownAtOnce = useCallback(
    (to: string) => {
      const url = new URL(to, 'http://app.invalid');
      return url.pathname === pathname && listCached(queryClient, view, url.search);
    },
    [pathname, queryClient, view],
  );
  return {
    ...parsed,
    settled,
    filters,
    view,
    meta,
    result: result as ListResult<ItemOf<V>>,
    facets,
    facetsPending: facetsQuery.isFetching,
    facetsFailed: retryIfFailed(facetsQuery, facets),
    words,
    countWithout: result.total === 0 ? (without) => countByKey.get(listSearch(without)) : undefined,
    setFilters,
    readAhead,
    shownAtOnce,
    nearNextPage,
    failed:
      failedSearch === null
        ? null
        : {
            filters: parseListSearch(new URLSearchParams(failedSearch.search), view).filters,
            retry: () => {
              if (revalidator.state === 'idle') void revalidator.revalidate();
            },
            retrying: revalidator.state === 'loading',
            serverStatus: failedSearch.serverStatus,
          },
  };
}

/**
 * The search params the list shows: the URL's, or, while a navigation to another URL of this same
 * view loads and that URL's page of results is already in the query cache (a search asked
 * before, a filter just undone, a page read ahead), that URL's (`ahead`). React Router renders
 * a navigation's loading state, then, once the loaders are done, the new location in a
 * transition, which the browser lets a frame (the clicked control's new state) go before: at
 * 100,000 articles that frame, not the list's render, was most of a warm step. A list change
 * whose results are cached therefore navigates with `flushSync` (the loading state renders in
 * the event's own task) and this shows the results in that same render; the location's own
 * render a moment later gives the same page. An uncached list is watched for while its loader
 * runs, and shows (`ahead`) in the task its page of results arrives in (see below).
 *
 * A change of filters whose page of results did not arrive (`listLoaded`: offline, say) keeps the
 * list shown before it, and says so (`failed`): the URL holds the change, as the search box does,
 * and trying again loads it. Not a page of the same filters (a page link, which goes to the error
 * page as any page opened outright does), and not a list this view has not shown yet.
 */
function useShownSearch(
  view: ListView,
  queryClient: QueryClient,
): {
  searchParams: URLSearchParams;
  ahead: boolean;
  failed: { search: string; serverStatus: number | null } | null;
} {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const nextSearch =
    navigation.state === 'loading' && navigation.location.pathname === pathname
      ? navigation.location.search
      : null;
  // Whether that page is cached, watched while the navigation loads: a list not cached when the
  // navigation began (a word searched for the first time) shows as soon as the engine's answer
  // lands in the cache, in that answer's task, instead of after the loader's end and React
  // Router's transition render, which yields to the browser every few milliseconds and so waited
  // behind the snippets' and counts' answers and a frame or two (at 100,000 articles, 28–120 ms
  // from the loader's end to the list against 10–15 ms for a render in one task).
  const subscribe = useCallback(
    (changed: () => void) =>
      nextSearch === null
        ? () => undefined
        : queryClient.getQueryCache().subscribe((event) => {
            if (event.type === 'updated' && event.action.type === 'success') changed();
          }),
    [queryClient, nextSearch],
  );
  const nextCached = useSyncExternalStore(
    subscribe,
    () => nextSearch !== null && listCached(queryClient, view, nextSearch),
    () => false,
  );
  const aheadSearch = nextCached ? nextSearch : null;
  const nextParams = useMemo(
    () => (aheadSearch === null ? null : new URLSearchParams(aheadSearch)),
    [aheadSearch],
  );
  // The list last shown, to keep while the URL's failed to load.
  const [lastShown, setLastShown] = useState<URLSearchParams | null>(null);
  // The list last shown ahead of the router, while navigations of this list are still loading.
  const [lastAhead, setLastAhead] = useState<URLSearchParams | null>(null);
  if (nextParams) {
    if (lastShown !== nextParams) setLastShown(nextParams);
    if (lastAhead !== nextParams) setLastAhead(nextParams);
    return { searchParams: nextParams, ahead: true, failed: null };
  }
  // A newer navigation took over from the one shown ahead before its list is cached: that list
  // stays, not the older one the router has committed (quick steps, a held arrow key on the
  // timeline, showed each list and then the first again, and the timeline stepped from there).
  if (nextSearch !== null && lastAhead !== null)
    return { searchParams: lastAhead, ahead: true, failed: null };
  if (nextSearch === null && lastAhead !== null) setLastAhead(null);
  const error = listError(queryClient, view, searchParams);
  if (error !== null && lastShown !== null && mayPass(error) && !samePageTurn(lastShown, searchParams, view))
    return {
      searchParams: lastShown,
      ahead: false,
      failed: {
        search: `?${searchParams.toString()}`,
        serverStatus: error instanceof HttpStatusError ? error.status : null,
      },
    };
  if (error === null && lastShown !== searchParams) setLastShown(searchParams);
  return { searchParams, ahead: false, failed: null };
}

/** The error of a list URL's page of results that failed to load, or null (loaded, or loading). */
function listError(queryClient: QueryClient, view: ListView, params: URLSearchParams): unknown {
  const { filters, page } = parseListSearch(params, view);
  const state = queryClient.getQueryState(listQuery(view, filters, page).queryKey);
  return state?.status === 'error' && state.data === undefined ? state.error : null;
}

/** Whether two list URLs have the same filters (another page of the same list, or the same page). */
function samePageTurn(a: URLSearchParams, b: URLSearchParams, view: ListView): boolean {
  return listSearch(parseListSearch(a, view).filters) === listSearch(parseListSearch(b, view).filters);
}

/** The history state of an entry a search pushed: the list's search string before it. */
interface SearchEntryState {
  searchFrom: string;
}

/** The history state of an entry a run of the timeline's key steps made (see `setFilters`). */
interface StepEntryState {
  steps: true;
}
const STEP_ENTRY: StepEntryState = { steps: true };

function isStepEntry(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'steps' in state && state.steps === true;
}

function searchFromOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('searchFrom' in state)) return undefined;
  const { searchFrom } = state;
  return typeof searchFrom === 'string' ? searchFrom : undefined;
}

/** Whether two list search strings show the same page of the same list. */
function sameList(a: string, b: string, view: ListView): boolean {
  const read = (search: string) => {
    const { filters, page } = parseListSearch(new URLSearchParams(search), view);
    return listSearch(filters, page);
  };
  return read(a) === read(b);
}

/** Whether the page of results a list URL asks for (and the meta document) are in the cache. */
function listCached(queryClient: QueryClient, view: ListView, search: string): boolean {
  const { filters, page } = parseListSearch(new URLSearchParams(search), view);
  return (
    queryClient.getQueryData(corpusQueries.meta().queryKey) !== undefined &&
    queryClient.getQueryData(listQuery(view, filters, page).queryKey) !== undefined
  );
}

/**
 * Whether no navigation is loading. While one is, an answer for the page being left (its facet
 * counts, often still counting when a reader searches right after the page shows) would
 * re-render that page at once (a query's store update is never a transition) and restart the
 * render of the next page, which React Router commits in a transition: at 100,000 articles that
 * held a first query's results back by 200–500 ms (decision 014, "The gap"). Those queries unsubscribe
 * meanwhile; their answers stay in the cache, and the next page reads its own.
 */
export function useSettledPage(): boolean {
  return useNavigation().state === 'idle';
}

/**
 * Once a page has settled, the next page's results load while the browser is idle, so "Next page"
 * shows at once instead of after a round trip for the article or quote chunks its items are in
 * (at 100,000 articles a warm page turn waited 30–45 ms for them). One page ahead only, and not
 * when the reader has asked the browser to save data. The snippets of a search's next page still
 * load with it: each is an article document, too much to fetch on speculation. Its documents load
 * at low priority (`ListRequest.readAhead`): over HTTP/1.1's six connections, a new word's search
 * document asked right after a page had waited behind the 20 chunks of that page's read-ahead
 * (244 ms instead of 36 at 100,000 articles, `trace-warm.ts --settle 50 --requests`).
 *
 * A page in relevance order (`ranked`) reads its next page ahead only once the reader comes near
 * the page links (the returned function, which `PaginationNav` calls): that next page is
 * scattered over the corpus (at 100,000 articles, 20 chunk documents, about 150 KB to transfer
 * and 500 KB of JSON for the engine's worker to parse), and read ahead at once it held back the
 * reader's next search (its search document waited behind those requests and parses: new words
 * 60–150 ms slower, decision 013). A newest-first page's next page is one or two chunks, read
 * ahead at once as before.
 */
function usePrefetchNextPage(
  view: ListView,
  filters: Filters,
  page: number,
  pageCount: number,
  settled: boolean,
  ranked: boolean,
): () => void {
  const queryClient = useQueryClient();
  // Which page the reader came near the links of (its filters' URL and number).
  const pageKey = `${listSearch(filters)}#${page}`;
  const [nearKey, setNearKey] = useState<string | null>(null);
  const near = nearKey === pageKey;
  useEffect(() => {
    if (!settled || page >= pageCount || savesData() || (ranked && !near)) return;
    return whenIdle(() => {
      // A failed prefetch costs nothing: the page loads (and reports) its own data when opened.
      // At low priority: a search asked right after this page must not queue behind its chunks.
      queryClient.query(listQuery(view, filters, page + 1, true)).catch(() => undefined);
    });
  }, [queryClient, view, filters, page, pageCount, settled, ranked, near]);
  return useCallback(() => {
    setNearKey(pageKey);
  }, [pageKey]);
}

function savesData(): boolean {
  return (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** Runs `task` when the main thread is next idle (at most 2 s on); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(task, 100);
  return () => {
    clearTimeout(timer);
  };
}

/**
 * Names for the slugs a list shows: chips from the page's own items, the selected filters from
 * the facet rows, sources from the meta document; the slug itself until a name arrives. The same
 * functions until those inputs change, so the list's rows (memoised on them) are not rendered
 * again when only the navigation state moves.
 */
export function useListNames(state: ListState<unknown>): NameLookups {
  const { organisationNames, speakerNames } = state.result;
  const { facets } = state;
  const sources = state.meta.sources;
  return useMemo(() => {
    const fromRows = (rows: readonly { slug: string; name: string }[] | null | undefined, slug: string) =>
      rows?.find((row) => row.slug === slug)?.name;
    return {
      organisation: (slug) => organisationNames[slug] ?? fromRows(facets?.organisations, slug) ?? slug,
      source: (slug) => fromRows(sources, slug) ?? slug,
      speaker: (slug) => speakerNames[slug] ?? fromRows(facets?.speakers, slug) ?? slug,
    };
  }, [organisationNames, speakerNames, facets, sources]);
}

/** The unfiltered view's facet rows as meta.json holds them (the most frequent `TOP_FACETS`). */
function metaFacets(meta: EngineMeta, view: ListView): FacetResult {
  if (view === 'articles')
    return {
      organisations: meta.top.articleOrganisations,
      // meta.json lists sources by count, then by name as `localeCompare` orders them (the build's
      // `facetEntries`, as the engine's counts will): a stable sort by count keeps that, and the
      // page's thread makes no collator (its first use loads ICU's data, tens of ms on a phone).
      sources: meta.sources.filter((row) => row.count > 0).sort((a, b) => b.count - a.count),
      speakers: null,
    };
  return {
    organisations: meta.top.quoteOrganisations,
    sources: meta.top.quoteSources,
    speakers: meta.top.quoteSpeakers,
  };
}
