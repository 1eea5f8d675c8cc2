import { createContext } from 'react';

/** The router's location as it is now: its search string and its history entry's state. */
export interface LiveLocation {
  search: string;
  state: unknown;
}

/**
 * The router's location as it is now. A navigation commits to the router (and the address bar)
 * before React renders it, so `useSearchParams` can still give the page on screen while the URL
 * already holds a newer one; a change made in that gap must build on the newer URL (see
 * `nextListSearch` in src/lib/urls.ts) and on its history entry's state (a search's entry records
 * the list it was pushed from, `useListState`). Provided where the app makes its router; without
 * a provider (the pre-render, which changes nothing) the rendered search is used.
 */
export const LiveSearchContext = createContext<(() => LiveLocation) | null>(null);

/** The live location getter of a data router. */
export function liveSearchOf(router: {
  state: { location: { search: string; state: unknown } };
}): () => LiveLocation {
  return () => {
    const { search, state } = router.state.location;
    return { search, state };
  };
}
