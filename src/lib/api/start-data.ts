/**
 * Starts a cold load's data path as the app's script starts, beside the route's code: the query
 * engine's worker (its script, its start) and the route's first queries (`firstQueries`, which its
 * loader awaits), read from the URL through the one codec; the loader shares these loads. Started from the route's `lazy()` instead (as before), the worker's script and the first
 * documents waited for the route's chunks, 300–500 ms of a cold load at 100,000 articles, and
 * the worker's script went out behind them on the browser's six connections.
 */
import type { QueryClient } from '@tanstack/react-query';
import { appDataSource } from '../data/app-data-source.ts';
import { isArticleId, matchRoutePath, parseListSearch } from '../urls.ts';
import { firstQueries } from './first-queries.ts';

/** `location` is the page's own URL; `basePath` where the app is served (`import.meta.env.BASE_URL`). */
export function startData(queryClient: QueryClient, location: URL, basePath: string): void {
  const base = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
  if (!location.pathname.startsWith(`${base}/`)) return;
  const route = matchRoutePath(location.pathname.slice(base.length));
  if (route.view === 'none') return;
  try {
    appDataSource();
  } catch {
    // No build id in the page: the loader asks again and shows the route's error state.
    return;
  }
  // A failure here is the loader's to show (it asks for the same query).
  const start = (load: Promise<unknown>) => {
    load.catch(() => undefined);
  };
  switch (route.view) {
    case 'articles':
    case 'quotes': {
      const { filters, page } = parseListSearch(location.searchParams, route.view);
      const { meta, list, snippets } = firstQueries.list(queryClient, route.view, filters, page);
      start(meta);
      start(list);
      if (snippets) start(snippets);
      break;
    }
    case 'article':
      if (isArticleId(route.id)) start(firstQueries.article(queryClient, route.id));
      break;
    case 'organisation':
      start(firstQueries.organisation(queryClient, route.slug));
      break;
    case 'speaker':
      start(firstQueries.speaker(queryClient, route.slug));
      break;
  }
}
