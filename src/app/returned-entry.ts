import { createContext, useCallback, useContext } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/**
 * Whether the reader has left a history entry before, in this page load (`RootLayout` keeps the
 * keys). Without a provider (the pre-render, a page on its own) nothing has.
 */
export const LeftEntriesContext = createContext<(key: string) => boolean>(() => false);

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
