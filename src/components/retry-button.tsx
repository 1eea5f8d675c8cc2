import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * "Try again" for a part of a page that could not be loaded (the related articles, the previous
 * and next articles, the facet counts). The button goes as soon as it is pressed (the part loads
 * again), and with it the focus, to the document: the keyboard's next Tab started at the top of
 * the page. Focus goes to `focusAfter()` instead, a place in the part that stays.
 */
export function RetryButton({
  onRetry,
  focusAfter,
}: {
  onRetry: () => void;
  focusAfter: () => HTMLElement | null;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const latest = useRef(focusAfter);
  useEffect(() => {
    latest.current = focusAfter;
  });
  useLayoutEffect(() => {
    const node = button.current;
    return () => {
      if (node !== null && node === document.activeElement) latest.current()?.focus({ preventScroll: true });
    };
  }, []);
  return (
    <button type="button" className="button" ref={button} onClick={onRetry}>
      Try again
    </button>
  );
}
