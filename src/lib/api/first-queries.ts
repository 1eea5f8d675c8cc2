/**
 * The queries each route's page waits for before it shows, named once: the route's loader awaits
 * them, and `startData` starts the same ones as the app's script starts, so a cold load has them
 * in flight before the route's code arrives. A loader that asked for something else first would
 * lose that head start without anything failing, which is why both read this list.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { OrganisationDocument } from '../../contract/views.ts';
import { queryWords } from '../text-match.ts';
import type { Filters, ListView } from '../urls.ts';
import { corpusQueries } from './corpus-queries.ts';

export const firstQueries = {
  /**
   * A list view: the meta document and the page of results; for a search of articles, also the
   * page's snippets (each costs its article's document), which the page's first list waits for so
   * that opening a search link moves nothing once shown. A failed snippet load leaves the
   * snippets out, never the list.
   */
  list(queryClient: QueryClient, view: ListView, filters: Filters, page: number) {
    const meta = queryClient.query(corpusQueries.meta());
    const list: Promise<unknown> =
      view === 'articles'
        ? queryClient.query(corpusQueries.articles(filters, page))
        : queryClient.query(corpusQueries.quotes(filters, page));
    const snippets =
      view === 'articles' && queryWords(filters.q).length > 0
        ? queryClient.query(corpusQueries.articleSnippets(filters, page)).then(
            () => undefined,
            () => undefined,
          )
        : undefined;
    return { meta, list, snippets };
  },
  article: (queryClient: QueryClient, id: string) => queryClient.query(corpusQueries.article(id)),
  /** An organisation's page: the meta document and its own; resolves to its own (null: unknown). */
  organisation: async (queryClient: QueryClient, slug: string): Promise<OrganisationDocument | null> => {
    const meta = queryClient.query(corpusQueries.meta());
    const [organisation] = await Promise.all([queryClient.query(corpusQueries.organisation(slug)), meta]);
    return organisation;
  },
  speaker: (queryClient: QueryClient, slug: string) => {
    const meta = queryClient.query(corpusQueries.meta());
    return Promise.all([meta, queryClient.query(corpusQueries.speaker(slug))]);
  },
};
