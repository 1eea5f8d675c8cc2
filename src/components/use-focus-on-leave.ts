import { useEffect, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * For a button, or a note with its button, that goes once it has done its work ("Try again",
 * "Cancel"): when the element the returned ref holds leaves the page while focus is in it, focus
 * goes to `target()` instead of falling to the document, where the keyboard's next Tab would start
 * at the top of the page.
 */
export function useFocusOnLeave<T extends HTMLElement>(
  target: () => HTMLElement | null,
  options?: FocusOptions,
): RefObject<T | null> {
  const element = useRef<T>(null);
  const latest = useRef({ target, options });
  useEffect(() => {
    latest.current = { target, options };
  });
  useLayoutEffect(() => {
    const node = element.current;
    return () => {
      if (node?.contains(document.activeElement)) latest.current.target()?.focus(latest.current.options);
    };
  }, []);
  return element;
}
