import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Moves focus to `target` whenever `key` changes after the first render: after a page change the
 * link that was clicked may be gone, and keyboard users should land at the top of the new results.
 */
export function useFocusOnChange(target: RefObject<HTMLElement | null>, key: unknown): void {
  const previous = useRef(key);
  useEffect(() => {
    if (Object.is(previous.current, key)) return;
    previous.current = key;
    target.current?.focus({ preventScroll: true });
  }, [target, key]);
}
