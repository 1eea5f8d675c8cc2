import { useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { NotesBanner } from '../../components/notes-banner.tsx';
import { LightLink, ShownAtOnceProvider } from '../../components/light-link.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { useFocusNotLost, useFocusOnChange } from '../../components/use-focus-on-change.ts';
import { useFocusOnLeave } from '../../components/use-focus-on-leave.ts';
import { useReturnFocusLink } from '../returned-entry.ts';
import { ExportControls } from '../../features/export/components/export-controls.tsx';
import { ActiveFilters } from '../../features/filters/components/active-filters.tsx';
import { inQuotes, listTitle, namedView } from '../../lib/query-label.ts';
import { FilterPanel } from '../../features/filters/components/filter-panel.tsx';
import { TimelineBrush } from '../../features/timeline/components/timeline-brush.tsx';
import type { NameLookups } from '../../features/filters/components/active-filters.tsx';
import { SortOrderLinks } from '../../components/sort-order-links.tsx';
import type { Filters } from '../../lib/urls.ts';
import { hasActiveFilters, withoutFilters } from '../../lib/urls.ts';
import type { FailedChange, ListState } from './list-state.ts';
import { phraseLabel, phraseRuns } from '../../lib/phrase-runs.ts';
import type { PhraseRun } from '../../lib/phrase-runs.ts';
import { parseQuery } from '../../lib/text-match.ts';
import { formatCount, formatCountOf } from '../../lib/numbers.ts';
import type { Failure } from '../../lib/data/errors.ts';
import { failureWords } from '../../lib/data/errors.ts';

export interface ListPageProps<T> {
  /** "Articles", "Quotes": the h1, and the document title without a search. */
  title: string;
  noun: { one: string; many: string };
  searchLabel: string;
  /** Said when the collection itself is empty (no filters). */
  emptyCollection: string;
  state: ListState<T>;
  names: NameLookups;
  /** The URL of this view for other filters (and a page). */
  hrefFor: (filters: Filters, page?: number) => string;
  /** The page's items as a list (`start` is the first item's number). */
  renderList: (items: readonly T[], start: number) => ReactNode;
  /** Said above the list, under the active filters (how the quotes are ordered). */
  listNote?: ReactNode;
  /**
   * Said for an empty result whose cause is this view's own rather than the filters (every quote
   * that matches is a fragment, and fragments are hidden); otherwise the filters are named.
   */
  emptyResult?: ReactNode;
}

/**
 * The frame the articles and quotes views share: title, notes about ignored params, the filter
 * panel, the polite result count, the active filters, the empty result and the page links.
 */
export function ListPage<T>(props: ListPageProps<T>) {
  // Its links to lists already loaded (the next page, read ahead; a filter just left) show them in
  // the click's task, as its own controls do.
  return (
    <ShownAtOnceProvider shownAtOnce={props.state.shownAtOnce}>
      <ListPageFrame {...props} />
    </ShownAtOnceProvider>
  );
}

function ListPageFrame<T>({
  title,
  noun,
  searchLabel,
  emptyCollection,
  state,
  names,
  hrefFor,
  renderList,
  listNote,
  emptyResult,
}: ListPageProps<T>) {
  const {
    filters,
    notes,
    result,
    facets,
    facetsPending,
    facetsFailed,
    meta,
    countWithout,
    setFilters,
    readAhead,
  } = state;
  const requestedPage = state.page;
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // A page turned: its results' heading; one the reader comes back to: the link followed from it
  // ("Next page", at the bottom, where the position restored is), as on any other page.
  const returnFocusLink = useReturnFocusLink();
  useFocusOnChange(resultsHeading, result.page, returnFocusLink);
  // A filter link, Back or Forward whose list no longer has the element that had focus (a card's
  // chip followed becomes the active filter; a result followed is not on the list come back to):
  // the link followed from the entry if it is there, else the results, never the page's body.
  // Keyed by the results shown, not the router's entry, which can change first (the page being
  // left still shown, its links taken for the entry's).
  useFocusNotLost(resultsHeading, [result], returnFocusLink);
  const allNotes = result.clamped
    ? [...notes, `There is no page ${requestedPage}; showing page ${result.page}, the last.`]
    : notes;
  const total = result.total;
  const lastItem = result.firstItemNumber + result.items.length - 1;
  const filtered = hasActiveFilters(filters);
  const phrase = result.phrase;
  const phraseName = phrase ? phraseLabel(parseQuery(filters.q).phrases) : '';
  const phraseCount =
    phrase && total > 0
      ? `${phrase.count === total ? 'All' : phrase.count === 0 ? 'None' : formatCount(phrase.count)} of them with the exact ${phraseName.includes('” and “') || phraseName.includes('”, “') ? 'phrases' : 'phrase'} ${phraseName}.`
      : '';

  // The page's rows, made again only when the page or what its rows show changes: a navigation's
  // loading state (a search whose results are not cached yet) renders this frame again, and at
  // 20 cards that had cost a render of every row of the page being left (the same element tells
  // React to skip them).
  // `/quotes` with fragments last: where on this page they start (each part has its own headings).
  const fragmentsFrom =
    phrase?.fragments !== undefined && result.firstFragment !== undefined
      ? result.firstFragment - result.firstItemNumber
      : Infinity;
  const items = useMemo(
    () =>
      phrase?.first && phrase.count > 0 && phrase.count < total
        ? // Items holding the exact phrase lead; each run of the page gets a heading saying which it is.
          phraseRuns(phrase.items, fragmentsFrom).map((run) => (
            <div className="phrase-group" key={run.from}>
              <h3 className={run.exact ? 'phrase-heading exact' : 'phrase-heading'}>
                {phraseHeading(run, phraseName, phrase, total, result.fragments)}
              </h3>
              {renderList(result.items.slice(run.from, run.to), result.firstItemNumber + run.from)}
            </div>
          ))
        : renderList(result.items, result.firstItemNumber),
    [
      phrase,
      total,
      phraseName,
      renderList,
      result.items,
      result.firstItemNumber,
      fragmentsFrom,
      result.fragments,
    ],
  );

  return (
    <div className="list-page">
      <PageTitle title={listTitle(title, namedView(filters, names))} />
      <h1>{title}</h1>
      <NotesBanner
        notes={allNotes}
        // A search with no word to search for is one of the ignored parts: the tidy link drops it
        // (it had kept `q=a`, so the note stayed and the link did nothing).
        cleanHref={hrefFor(
          filters.q !== '' && state.words.length === 0 ? { ...filters, q: '' } : filters,
          result.page,
        )}
      />
      <TimelineBrush
        days={meta.days}
        view={state.view}
        filters={filters}
        heading={state.view === 'articles' ? 'Articles over time' : 'Articles with these quotes over time'}
        onSelect={setFilters}
        settled={state.settled}
      />
      {/*
        Parsed only with JavaScript off (a pre-rendered page read without it): the filters below
        need the script, and say so at once rather than looking usable (app.css dims them too).
        The search box and the page links are GET forms and links the project's server renders.
        With JavaScript on it is never shown, and React leaves its content alone.
      */}
      <noscript>
        <p className="noscript-note notes-banner">
          JavaScript is off, so the filters and the timeline do not work on this page. Search, the articles,
          their pages and the page links work without it.
        </p>
      </noscript>
      <div className="failed-change-region" aria-live="polite">
        {state.failed && <FailedChangeNote failed={state.failed} shown={filters} />}
      </div>
      <div className="list-layout">
        <FilterPanel
          filters={filters}
          searchLabel={searchLabel}
          newest={meta.days.at(-1) ?? null}
          oldest={meta.days[0] ?? null}
          organisationRows={facets?.organisations}
          sourceRows={facets?.sources}
          // Both lists filter by speaker; the article list's counts need the columns (undefined until then).
          speakerRows={facets?.speakers ?? undefined}
          pending={facetsPending}
          onRetryCounts={facetsFailed}
          sourceName={filters.source ? names.source(filters.source) : undefined}
          speakerName={filters.speaker ? names.speaker(filters.speaker) : undefined}
          onChange={setFilters}
          onReadAhead={readAhead}
          hrefFor={hrefFor}
        />
        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            Results
          </h2>
          <p role="status" className="result-count">
            {total === 0
              ? `No ${noun.many} match.`
              : total <= result.items.length
                ? formatCountOf(total, noun)
                : // A last page of one item: "881 of 881 quotes", not "881–881 of 881" (app hunt 8).
                  `${lastItem === result.firstItemNumber ? '' : `${formatCount(result.firstItemNumber)}–`}${formatCount(lastItem)} of ${formatCount(total)} ${noun.many}`}
          </p>
          {/* Its own live region: the result count above reads as it always has. */}
          <p className="phrase-count" aria-live="polite" aria-atomic="true">
            {phraseCount}
          </p>
          {total > 1 && (
            <SortOrderLinks
              order={result.order ?? 'newest'}
              ranked={state.words.length > 0}
              hrefFor={(sort) => hrefFor({ ...filters, sort })}
            />
          )}
          <ActiveFilters
            filters={filters}
            names={names}
            hrefFor={(next) => hrefFor(next)}
            noun={noun}
            // Only an empty result pays for the extra passes, to say which filter to drop.
            countWithout={countWithout}
            // An empty result offers "Clear all filters" in its explanation; once is enough.
            showClearAll={total > 0}
          />
          {listNote}
          {total === 0 ? (
            <div className="empty-result">
              {emptyResult ??
                (filtered ? (
                  <>
                    <p>
                      No {noun.one} matches all of the filters above together. Remove one of them, or start
                      again.
                    </p>
                    <LightLink
                      to={hrefFor(withoutFilters(filters))}
                      onClick={() => {
                        // The link goes with the empty result; the results' heading stays.
                        resultsHeading.current?.focus();
                      }}
                    >
                      Clear all filters
                    </LightLink>
                  </>
                ) : (
                  <p>{emptyCollection}</p>
                ))}
            </div>
          ) : (
            items
          )}
          <PaginationNav
            label="Result pages"
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(n) => hrefFor(filters, n)}
            onNear={state.nearNextPage}
          />
          {/* Nothing to download on an empty result: a file of headers only is no one's aim, and
              the empty result already offers its ways back (the exporter still writes one). */}
          {total > 0 && <ExportControls view={state.view} filters={filters} total={total} noun={noun} />}
        </section>
      </div>
    </div>
  );
}

/**
 * Said above the filters when the results of a change (a search typed offline) did not arrive:
 * what could not be loaded, that the list is the one the reader had, and a way to try again.
 */
function FailedChangeNote({ failed, shown }: { failed: FailedChange; shown: Filters }) {
  // "Try again" that works takes this note away, with the focused button: focus goes to the
  // results' heading, over the list that loaded, rather than falling to the document.
  const note = useFocusOnLeave<HTMLDivElement>(() => document.getElementById('results-heading'), {
    preventScroll: true,
  });
  const online = typeof navigator === 'undefined' || navigator.onLine;
  // As it always was: `useShownSearch` keeps a status alone, so a change that timed out is said as
  // the connection's.
  const failure: Failure =
    failed.serverStatus !== null
      ? { kind: 'status', status: failed.serverStatus }
      : { kind: 'unreachable', online };
  const what =
    failed.filters.q !== '' && failed.filters.q !== shown.q
      ? `The results for ${inQuotes(failed.filters.q)}`
      : 'The results for these filters';
  return (
    <div className="failed-change notes-banner" ref={note}>
      <p>
        {what} could not be loaded: {failureWords(failure)}. The list below is the one you had.
      </p>
      {/* aria-disabled, not disabled: a disabled button loses focus (see route-error.tsx). */}
      <button type="button" className="button" aria-disabled={failed.retrying} onClick={failed.retry}>
        {failed.retrying ? 'Retrying…' : 'Try again'}
      </button>
    </div>
  );
}

/**
 * A phrase run's heading, counting the part it heads: with fragments listed last (`/quotes`), the
 * substantive quotes and the fragments each have their own exact and apart counts, which add up
 * to the list's (app hunt 8: "Exact phrase: 61" had headed 49 quotes, and again the 12 fragments).
 */
function phraseHeading(
  run: PhraseRun,
  phraseName: string,
  phrase: { count: number; fragments?: number },
  total: number,
  fragmentTotal: number | undefined,
): string {
  if (phrase.fragments === undefined || fragmentTotal === undefined)
    return run.exact
      ? `Exact phrase ${phraseName}: ${formatCount(phrase.count)}`
      : `All the words, not as a phrase: ${formatCount(total - phrase.count)}`;
  const exact = run.fragments ? phrase.fragments : phrase.count - phrase.fragments;
  const all = run.fragments ? fragmentTotal : total - fragmentTotal;
  const part = run.fragments ? 'Fragments with ' : '';
  return run.exact
    ? `${part ? `${part}the exact` : 'Exact'} phrase ${phraseName}: ${formatCount(exact)}`
    : `${part}${part ? 'all' : 'All'} the words, not as a phrase: ${formatCount(all - exact)}`;
}
