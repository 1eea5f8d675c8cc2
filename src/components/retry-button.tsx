import { useFocusOnLeave } from './use-focus-on-leave.ts';

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
  const button = useFocusOnLeave<HTMLButtonElement>(focusAfter, { preventScroll: true });
  return (
    <button type="button" className="button" ref={button} onClick={onRetry}>
      Try again
    </button>
  );
}
