import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { QuoteCard } from '../../features/quotes/components/quote-card.tsx';
import { corpusQueries } from '../../lib/api/corpus-queries.ts';
import { firstQueries } from '../../lib/api/first-queries.ts';
import { quoteKey } from '../../lib/engine/types.ts';
import { groupingText } from '../../lib/quote-grouping.ts';
import {
  FoldedQuoteNote,
  listItemId,
  QuoteSources,
} from '../../features/quotes/components/quote-sources.tsx';
import { Link } from 'react-router';
import { useCallback, useMemo } from 'react';
import { parseQuery } from '../../lib/text-match.ts';
import { FRAGMENT_DEFINITION } from '../../contract/quote-substance.ts';
import type { ListResult } from '../../lib/data/data-source.ts';
import type { QuoteRow } from '../../contract/views.ts';
import type { Filters } from '../../lib/urls.ts';
import { paths } from '../../lib/urls.ts';
import { ListPage } from './list-page.tsx';
import { listLoaded, readListUrl, redirectRenamedSlugs, useListNames, useListState } from './list-state.ts';
import { formatCount } from '../../lib/numbers.ts';

export function quotesLoader(queryClient: QueryClient) {
  // As the article list's: whether this page has shown a list of quotes yet.
  let firstList = true;
  return async ({ request }: LoaderFunctionArgs) => {
    const { filters, page } = readListUrl(request.url, 'quotes');
    const { meta, list } = firstQueries.list(queryClient, 'quotes', filters, page);
    await listLoaded(Promise.all([meta, list]), firstList);
    await redirectRenamedSlugs(queryClient, 'quotes', filters, page, request);
    firstList = false;
    queryClient.query(corpusQueries.facets('quotes', filters)).catch(() => undefined);
    // The timeline's counts load with the page (not after its first render), so a pre-rendered
    // page is taken over with the timeline it showed: nothing moves.
    queryClient.query(corpusQueries.histogram('quotes', filters)).catch(() => undefined);
    // So are repeated quotations' groups: the note under the count and a group's sources are in
    // the first render, and nothing moves when the app takes a pre-rendered page over.
    queryClient.query(corpusQueries.quoteGrouping(filters, page)).catch(() => undefined);
    return null;
  };
}

export function Component() {
  const state = useListState('quotes');
  const { filters, words } = state;
  // Started by the loader; a failure leaves the quotes ungrouped rather than the page in error.
  const { data: grouping } = useQuery(corpusQueries.quoteGrouping(filters, state.page));
  const names = useListNames(state);
  const { phrases } = useMemo(() => parseQuery(filters.q), [filters.q]);
  // The same function while the page's inputs stay, so the list's rows are not rendered again when
  // only the navigation state moves (a search whose results are not cached yet, `ListPage`).
  const renderList = useCallback(
    (items: readonly QuoteRow[], start: number) => (
      <ol className="quote-list" start={start}>
        {items.map((quote, i) => {
          const grouped = grouping?.items[quoteKey(quote)];
          return (
            <QuoteCard
              key={quoteKey(quote)}
              id={listItemId(start + i)}
              quote={quote}
              words={words}
              phrases={phrases}
              sources={
                grouped?.kind === 'first' && (
                  <QuoteSources sources={grouped.sources} sourceName={names.source} />
                )
              }
              folded={
                grouped?.kind === 'folded' && (
                  <FoldedQuoteNote
                    first={grouped.first}
                    position={grouped.position}
                    href={`${paths.quotes(filters, grouped.page)}#${listItemId(grouped.position)}`}
                  />
                )
              }
            />
          );
        })}
      </ol>
    ),
    [grouping, words, phrases, names.source, filters],
  );
  return (
    <ListPage
      title="Quotes"
      noun={{ one: 'quote', many: 'quotes' }}
      searchLabel="Search quotes, speakers and headlines"
      emptyCollection="No quotes were found in this collection."
      state={state}
      names={names}
      hrefFor={paths.quotes}
      emptyResult={
        filters.fragments === 'hide' && (state.result.fragments ?? 0) > 0 ? (
          <p>
            Every quote that matches is a fragment, and fragments are hidden.{' '}
            <Link to={paths.quotes({ ...filters, fragments: 'last' })}>
              Show the{' '}
              {state.result.fragments === 1
                ? 'fragment'
                : `${formatCount(state.result.fragments ?? 0)} fragments`}
            </Link>
          </p>
        ) : undefined
      }
      listNote={
        <>
          <FragmentsNote filters={filters} result={state.result} />
          <p className="grouping-note" aria-live="polite" aria-atomic="true">
            {grouping &&
              grouping.distinct < state.result.total &&
              groupingText(state.result.total, grouping.distinct)}
          </p>
        </>
      }
      renderList={renderList}
    />
  );
}

/**
 * Says where the fragments are (`quote-substance.ts`) and offers the other two orders as links,
 * so nothing is hidden without saying so and every order has its URL.
 */
function FragmentsNote({ filters, result }: { filters: Filters; result: ListResult<unknown> }) {
  const count = result.fragments ?? 0;
  const what = `${count === 1 ? 'fragment' : 'fragments'} (${FRAGMENT_DEFINITION})`;
  const link = (fragments: Filters['fragments'], text: string) => (
    <Link to={paths.quotes({ ...filters, fragments })}>{text}</Link>
  );
  // With a search ranked best match first, fragments left in place are in that order, not in
  // reading order (the note had said "In reading order" over a list ranked by relevance).
  const ranked = result.order === 'relevance';
  if (filters.fragments === 'hide')
    return (
      <p className="fragments-note">
        {count === 0 ? 'No fragments were hidden.' : `${formatCount(count)} ${what} hidden.`}{' '}
        {count > 0 && link('last', 'Show them after the others')}
      </p>
    );
  if (filters.fragments === 'inline')
    return (
      <p className="fragments-note">
        {ranked ? 'Best match first, fragments included.' : 'In reading order, fragments included.'}{' '}
        {link('last', 'Substantive quotes first')}
      </p>
    );
  if (count === 0 || result.total === 0) return null;
  // Nothing substantive to put first (it had said "the 5 fragments follow from number 1"), and
  // every order lists them alike.
  if (count === result.total)
    return (
      <p className="fragments-note">
        {count === 1 ? 'The quote is a fragment' : `All ${formatCount(count)} quotes are fragments`} (
        {FRAGMENT_DEFINITION}).
      </p>
    );
  return (
    <p className="fragments-note">
      Substantive quotes first: the {formatCount(count)} {what} {count === 1 ? 'follows' : 'follow'} from
      number {formatCount(result.firstFragment ?? 0)}. {link('hide', 'Hide fragments')} ·{' '}
      {link('inline', ranked ? 'Fragments in their place' : 'Reading order')}
    </p>
  );
}
