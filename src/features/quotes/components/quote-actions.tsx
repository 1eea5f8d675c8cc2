import { useQueryClient } from '@tanstack/react-query';
import { useHref } from 'react-router';
import { QuoteActions } from '../../../components/quote-actions.tsx';
import { isWeakAttribution } from '../../../contract/text.ts';
import type { QuoteRow } from '../../../contract/views.ts';
import { corpusQueries } from '../../../lib/api/corpus-queries.ts';
import { paths } from '../../../lib/urls.ts';

/**
 * The action row of a quote in a list (`/quotes`, an organisation page). A list row names its
 * source by slug; the source's name comes from the meta document when the reader asks for it.
 */
export function QuoteRowActions({ quote }: { quote: QuoteRow }) {
  const queryClient = useQueryClient();
  const href = useHref(paths.article(quote.articleId, quote.anchor));
  return (
    <QuoteActions
      citation={async () => {
        const meta = await queryClient.query(corpusQueries.meta());
        return {
          text: quote.text,
          speaker: quote.speaker,
          uncertain: isWeakAttribution(quote),
          role: quote.role,
          source: meta.sources.find((row) => row.slug === quote.sourceSlug)?.name ?? quote.sourceSlug,
          headline: quote.headline,
          date: quote.date,
          url: new URL(href, window.location.origin).toString(),
        };
      }}
    />
  );
}
