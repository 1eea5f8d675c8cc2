import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Moves focus to `target` whenever `key` changes after the first render: after a page change the
 * link that was clicked may be gone, and keyboard users should land at the top of the new results.
 *
 * The focus waits until the new page has been painted. Chromium's `focus()` needs the page laid
 * out, so called in the effect (which React runs in the click's own task when the page was shown
 * at once) it laid out the whole new page there, before the frame: at 100,000 articles 6–8 ms of a
 * 20–30 ms "Next page" step (616 of 1,012 layout objects), which the frame would have done anyway.
 * After the paint the layout is clean and the focus costs next to nothing; the page is painted no
 * later, and focus lands one frame later.
 */
export function useFocusOnChange(
  target: RefObject<HTMLElement | null>,
  key: unknown,
  /**
   * An element to focus instead, asked when the focus moves (the link followed from a list page
   * the reader comes back to), brought into view if the position restored does not show it.
   */
  instead?: () => HTMLElement | null,
): void {
  const previous = useRef(key);
  // The latest, read when the focus moves: a new one (the router's location rendered after the
  // page) must not cancel a focus already waiting for the paint.
  const latestInstead = useRef(instead);
  useEffect(() => {
    latestInstead.current = instead;
  });
  useEffect(() => {
    if (Object.is(previous.current, key)) return;
    previous.current = key;
    return afterNextPaint(() => {
      const other = latestInstead.current?.() ?? null;
      if (other === null) {
        target.current?.focus({ preventScroll: true });
        return;
      }
      focusInView(other);
    });
  }, [target, key]);
}

/**
 * Keeps focus from falling to the page's body when what is shown changes (`keys`: a list's
 * history entry and its results). The element that had focus can go with the results it was in: a
 * card's organisation chip followed becomes the list's active filter (no link), a result followed
 * is not on the list shown on Back. Focus then goes to `instead()` (the link followed from the
 * entry, when the reader comes back to it) if the page has it, else to `target` (the results'
 * heading), once the new page is painted; and from `target`, to the link followed from an entry
 * come back to. Focus that is anywhere else stays where it is.
 */
export function useFocusNotLost(
  target: RefObject<HTMLElement | null>,
  keys: readonly unknown[],
  instead?: () => HTMLElement | null,
): void {
  const previous = useRef(keys);
  const latestInstead = useRef(instead);
  const pending = useRef<(() => void) | null>(null);
  // The element focus was last given: gone from the page with focus on the body, focus was lost
  // (not left there by the reader, nor where a page just loaded starts).
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    latestInstead.current = instead;
  });
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      lastFocused.current = event.target instanceof Element ? event.target : null;
    };
    document.addEventListener('focusin', remember);
    return () => {
      document.removeEventListener('focusin', remember);
      pending.current?.();
    };
  }, []);
  useEffect(() => {
    const before = previous.current;
    previous.current = keys;
    if (before.length === keys.length && before.every((key, i) => Object.is(key, keys[i]))) return;
    pending.current?.();
    pending.current = afterNextPaint(() => {
      pending.current = null;
      const active = document.activeElement;
      const lost =
        (active === null || active === document.body) &&
        lastFocused.current !== null &&
        !lastFocused.current.isConnected;
      // On `target`, where this put it when the element went: Back to the entry it went from
      // returns to the link followed there.
      if (!lost && active !== target.current) return;
      const other = latestInstead.current?.() ?? null;
      if (other !== null) focusInView(other);
      else if (lost) target.current?.focus({ preventScroll: true });
    });
  });
}

/** Runs `task` in the first task after the next frame is painted; returns a cancel. */
function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A task queued from an animation frame callback runs after that frame's rendering.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Focuses `target` where the reader is: the position restored on Back need not show it any more
 * (at 390 px the folded filters, opened then, are folded again, and the results sit a screen
 * higher), and then it comes into view rather than staying off the screen.
 */
export function focusInView(target: HTMLElement): void {
  target.focus({ preventScroll: true });
  const { top, bottom } = target.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) target.scrollIntoView({ block: 'center' });
}
