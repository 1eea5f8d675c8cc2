import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False while rendering on the server (the pre-render) and during hydration, true otherwise.
 * Parts that cannot be pre-rendered as they are (inline `style` attributes break the page's CSP,
 * which allows only styles set from script) render a plain form first and switch after hydration.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
