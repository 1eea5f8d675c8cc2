import { DataTimeoutError } from '../lib/data/errors.ts';

/** How the app takes over a pre-rendered page: see `firstRender`. */
export type FirstRender = 'hydrate' | 'render' | 'keep';

/**
 * A pre-rendered page (src/prerender/) is hydrated only at exactly its own address, once its data
 * loaded; anywhere else, or when a load failed, the app renders afresh (decision 007: the error
 * page, with Try again). Except when the page's own data (what its route's loader waits for: a
 * route error) did not come because the server did not answer in time, and every other failure
 * is that too, at the page's own address: the loader gives up after 45 s and the query asks once
 * more, so by then the reader may be reading the pre-rendered page, which is complete; it is
 * kept, as it was before there was a limit, with a notice (`showStalledNotice`). When the page's
 * own data loaded and only a part's timed out (the facet counts, the timeline, the related
 * articles: no route error), the app renders afresh and runs, that part saying so with Try again;
 * kept, the page had stayed as served, its search and filters dead under a notice saying so.
 */
export function firstRender({
  prerendered,
  location,
  routeErrors,
  queryErrors,
}: {
  prerendered: string;
  location: { pathname: string; search: string; hash: string };
  /** The router's errors by route id (`router.state.errors`). */
  routeErrors: Record<string, unknown> | null;
  /** The errors of the queries that failed. */
  queryErrors: readonly unknown[];
}): FirstRender {
  const same = location.pathname === prerendered && location.search === '' && location.hash === '';
  const failedRoutes = Object.values(routeErrors ?? {});
  const errors = [...failedRoutes, ...queryErrors];
  if (!same) return 'render';
  if (errors.length === 0) return 'hydrate';
  if (failedRoutes.length === 0) return 'render';
  return errors.every((error) => error instanceof DataTimeoutError) ? 'keep' : 'render';
}

/** Says, after a pre-rendered page kept as it is (`firstRender`), what does not work, with a reload. */
export function showStalledNotice(root: HTMLElement): void {
  const notice = document.createElement('p');
  notice.className = 'boot-notice notes-banner';
  notice.setAttribute('role', 'alert');
  const reload = document.createElement('a');
  reload.setAttribute('href', '');
  reload.textContent = 'Reload the page';
  notice.append(
    'The server did not answer in time, so search and the filters do not work on this page; what it shows is as it was served. ',
    reload,
    ' to try again.',
  );
  root.after(notice);
}
