import { createContext } from 'react';

/** The router's location as it is now: its search string and its history entry's state. */
export interface LiveLocation {
  search: string;
  state: unknown;
  /** Its history entry's key, and how the router came to it (`POP` for Back and Forward). */
  key: string;
  action: 'POP' | 'PUSH' | 'REPLACE';
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
  state: {
    location: { search: string; state: unknown; key: string };
    historyAction: 'POP' | 'PUSH' | 'REPLACE';
  };
}): () => LiveLocation {
  return () => {
    const { search, state, key } = router.state.location;
    return { search, state, key, action: router.state.historyAction };
  };
}
