import { createContext } from 'react';

/**
 * The router's location search string as it is now. A navigation commits to the router (and the
 * address bar) before React renders it, so `useSearchParams` can still give the page on screen
 * while the URL already holds a newer one; a change made in that gap must build on the newer URL
 * (see `nextListSearch` in src/lib/urls.ts). Provided where the app makes its router; without a
 * provider (the pre-render, which changes nothing) the rendered search is used.
 */
export const LiveSearchContext = createContext<(() => string) | null>(null);

/** The live search getter of a data router. */
export function liveSearchOf(router: { state: { location: { search: string } } }): () => string {
  return () => router.state.location.search;
}
