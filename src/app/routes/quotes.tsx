import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { QuoteCard } from '../../features/quotes/components/quote-card.tsx';
import { articleQueries, quoteQueries } from '../../lib/api/corpus-queries.ts';
import { corpusLookups } from '../../lib/corpus-lookups.ts';
import { analyseQuotes } from '../../lib/quote-filters.ts';
import { paths } from '../../lib/urls.ts';
import { ListPage } from './list-page.tsx';
import { useListState } from './list-state.ts';

export function quotesLoader(queryClient: QueryClient) {
  return async () => {
    await Promise.all([queryClient.query(articleQueries.index()), queryClient.query(quoteQueries.all())]);
    return null;
  };
}

export function QuotesRoute() {
  const { data: index } = useSuspenseQuery(articleQueries.index());
  const { data: quotes } = useSuspenseQuery(quoteQueries.all());
  const lookups = corpusLookups(index);
  const { filters, page, notes, words, setFilters } = useListState('quotes', lookups);
  const analysis = useMemo(
    () => analyseQuotes(quotes, index, filters, words),
    [quotes, index, filters, words],
  );

  return (
    <ListPage
      title="Quotes"
      noun={{ one: 'quote', many: 'quotes' }}
      searchLabel="Search quotes, speakers and headlines"
      emptyCollection="No quotes were found in this collection."
      lookups={lookups}
      filters={filters}
      requestedPage={page}
      notes={notes}
      analysis={analysis}
      hrefFor={paths.quotes}
      onChange={setFilters}
      countWithout={(without) => analyseQuotes(quotes, index, without, without.q ? words : []).results.length}
      renderList={(items, start) => (
        <ol className="quote-list" start={start}>
          {items.map((quote) => (
            <QuoteCard key={`${quote.articleId}#${quote.anchor}`} quote={quote} words={words} />
          ))}
        </ol>
      )}
    />
  );
}
