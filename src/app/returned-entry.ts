import { createContext, useCallback, useContext } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { LiveSearchContext } from './live-location.ts';

/**
 * Whether the reader has left a history entry before, in this page load (`RootLayout` keeps the
 * keys). Without a provider (the pre-render, a page on its own) nothing has.
 */
export const LeftEntriesContext = createContext<(key: string) => boolean>(() => false);

/**
 * The link of the main area last followed from a history entry (its key), if it is in the page
 * now (`RootLayout` remembers them). Without a provider there is none.
 */
export const FollowedLinkContext = createContext<(key: string) => HTMLElement | null>(() => null);

/**
 * Whether the page shows a history entry the reader has been at in this page load, reached again
 * with Back or Forward: the position `ScrollRestoration` restores, and the link focused there
 * (`useFocusOnNavigation`), are where the reader was, and nothing else should move them. Not on
 * the page load's first entry, whatever the navigation type, nor after a reload.
 */
export function useReturnedToEntry(): () => boolean {
  const { key } = useLocation();
  const pop = useNavigationType() === NavigationType.Pop;
  const leftBefore = useContext(LeftEntriesContext);
  return useCallback(() => pop && leftBefore(key), [pop, leftBefore, key]);
}

/**
 * Where focus goes back to on the entry shown now: the link last followed from it, when the reader
 * has come back to it with Back or Forward and that link is in the page; else null. After a reload
 * too: the links followed are kept for the tab's session, as `ScrollRestoration` keeps the
 * positions it restores. Asked when the focus moves: a list shows a page of results it has at
 * once, before the router's location is rendered, so the entry is read from the router as it is
 * then (`LiveSearchContext`).
 */
export function useReturnFocusLink(): () => HTMLElement | null {
  const { key } = useLocation();
  const action = useNavigationType();
  const followedLink = useContext(FollowedLinkContext);
  const live = useContext(LiveSearchContext);
  return useCallback(() => {
    const now = live ? live() : { key, action };
    return now.action === NavigationType.Pop ? followedLink(now.key) : null;
  }, [live, key, action, followedLink]);
}
