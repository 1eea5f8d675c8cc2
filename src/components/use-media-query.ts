import { useCallback, useSyncExternalStore } from 'react';

/** One MediaQueryList per query: `matchMedia` parses its query and makes a new list on every call. */
const lists = new Map<string, MediaQueryList>();

function mediaQueryList(query: string): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null;
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/**
 * Whether a media query matches, kept in sync with the window. Where matchMedia is missing
 * (jsdom, very old browsers) it reports `fallback`. The subscription is kept across renders (a
 * new subscribe function would make React unsubscribe and subscribe again on each render).
 */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaQueryList(query);
      if (!list) return () => undefined;
      list.addEventListener('change', onChange);
      return () => {
        list.removeEventListener('change', onChange);
      };
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => mediaQueryList(query)?.matches ?? fallback,
    () => fallback,
  );
}
