import { StaleBuildError, failureOf, failureWords, sentenceStart } from '../lib/data/errors.ts';

/** How the app takes over a pre-rendered page: see `firstRender`. */
export type FirstRender = 'hydrate' | 'render' | 'keep';

/**
 * A pre-rendered page (src/prerender/) is hydrated only at exactly its own address, once its data
 * loaded; anywhere else the app renders afresh (decision 007). At its own address, a hash
 * (`#quote-N`) or none, when a load failed:
 * - the page as a whole (its route's loader: the meta document, the article's, the list's page):
 *   the page is kept as it was served, which has everything it would have shown, with a notice
 *   saying what failed and that search and the filters do not work (`showKeptNotice`). Rendered
 *   afresh, the error page replaced the text the reader had in front of them (app hunt 7). Not
 *   when the server holds a newer build (`StaleBuildError`): that page reloads onto the new one;
 * - only a part the page renders after its data (the facet counts, the timeline, the related
 *   articles), even one the server did not answer in time: the page is rendered afresh and runs,
 *   the part saying it could not be loaded, with Try again. Hydrated, that first render would not
 *   match the HTML (React's error #418); kept, the page had stayed as served, its search and
 *   filters dead under the notice (review 8).
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
  // The server's copy is the page asked for whatever the hash (`#quote-N` only scrolls to the
  // quote), but not with a search (`/?q=x` is not `/`). Hydrated, though, only without a hash: the
  // app marks the quote arrived at, which the server's copy does not.
  const served = location.pathname === prerendered && location.search === '';
  const same = served && location.hash === '';
  const failedRoutes = Object.values(routeErrors ?? {});
  const errors = [...failedRoutes, ...queryErrors];
  if (!served) return 'render';
  if (same && errors.length === 0) return 'hydrate';
  if (errors.some((error) => error instanceof StaleBuildError)) return 'render';
  return failedRoutes.length > 0 ? 'keep' : 'render';
}

/**
 * What failed, for the notice of a page kept as served: the route's own failure first, in the
 * words the error pages use. `online` is `navigator.onLine`.
 */
export function keptPageReason(
  routeErrors: Record<string, unknown> | null,
  queryErrors: readonly unknown[],
  online: boolean,
): string {
  const errors = [...Object.values(routeErrors ?? {}), ...queryErrors];
  return sentenceStart(failureWords(failureOf(errors, online)));
}

/**
 * On a page kept as served at `#quote-N` (`root`: the page): the browser focused the quote it
 * scrolled to, which opened its role tooltip, at 40rem and under a bar over the bottom of the
 * screen (over the notice's link once scrolled to). As the app does on arrival (article.tsx), the
 * quote is marked `data-arrived`, which keeps the tooltip closed until focus leaves it.
 */
export function quietArrival(root: HTMLElement): void {
  const quote = document.activeElement;
  if (!(quote instanceof HTMLElement) || !root.contains(quote) || !quote.matches('mark.quote')) return;
  if (window.location.hash !== `#${quote.id}`) return;
  quote.dataset.arrived = 'true';
  quote.addEventListener(
    'blur',
    () => {
      delete quote.dataset.arrived;
    },
    { once: true },
  );
}

/**
 * Says, after a pre-rendered page kept as it is (`firstRender`), what does not work, with a reload
 * of the address as it is: a link to "" alone drops its hash (`#quote-N`, a page kept at a quote).
 */
export function showKeptNotice(
  root: HTMLElement,
  reason: string,
  reloadPage: () => void = () => {
    window.location.reload();
  },
): void {
  const notice = document.createElement('p');
  notice.className = 'boot-notice notes-banner';
  notice.setAttribute('role', 'alert');
  const reload = document.createElement('a');
  reload.setAttribute('href', '');
  reload.addEventListener('click', (event) => {
    // A click to open it elsewhere (a new tab) is the browser's.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    reloadPage();
  });
  reload.textContent = 'Reload the page';
  notice.append(
    `${reason}, so search and the filters do not work on this page; what it shows is as it was served. `,
    reload,
    ' to try again.',
  );
  root.after(notice);
}
