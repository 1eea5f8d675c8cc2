import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { QuoteCard } from '../../features/quotes/components/quote-card.tsx';
import { corpusQueries } from '../../lib/api/corpus-queries.ts';
import { quoteKey } from '../../lib/engine/types.ts';
import { paths } from '../../lib/urls.ts';
import { ListPage } from './list-page.tsx';
import { listNames, readListUrl, useListState } from './list-state.ts';

export function quotesLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const { filters, page } = readListUrl(request.url, 'quotes');
    await Promise.all([
      queryClient.query(corpusQueries.meta()),
      queryClient.query(corpusQueries.quotes(filters, page)),
    ]);
    queryClient.query(corpusQueries.facets('quotes', filters)).catch(() => undefined);
    return null;
  };
}

export function Component() {
  const state = useListState('quotes');
  // "Also in N articles" follows the page rather than holding it up.
  const { data: corroborations } = useQuery(corpusQueries.quoteCorroborations(state.filters, state.page));
  return (
    <ListPage
      title="Quotes"
      noun={{ one: 'quote', many: 'quotes' }}
      searchLabel="Search quotes, speakers and headlines"
      emptyCollection="No quotes were found in this collection."
      state={state}
      names={listNames(state)}
      hrefFor={paths.quotes}
      renderList={(items, start) => (
        <ol className="quote-list" start={start}>
          {items.map((quote) => (
            <QuoteCard
              key={quoteKey(quote)}
              quote={quote}
              words={state.words}
              corroboration={corroborations?.[quoteKey(quote)]}
            />
          ))}
        </ol>
      )}
    />
  );
}
