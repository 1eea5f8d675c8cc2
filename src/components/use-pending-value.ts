import { useState } from 'react';

/** How many recent choices are remembered as the control's own (see below). */
const REMEMBERED = 16;

/**
 * A control's value that shows the reader's choice at once, before the URL (its real source)
 * catches up. React Router commits navigations in a transition, so a controlled checkbox or input
 * bound only to the URL would flick back to its old state for a moment after each change.
 *
 * The pending value is dropped once the value from the URL reaches it, or changes to a value the
 * control never asked for (back, a link, "clear"). Quick choices overtake each other: the URL can
 * catch up with an earlier one while a later one is still on its way, and that earlier value must
 * not replace the later one on screen (two quick arrow presses would otherwise show one step back
 * until the second navigation lands). The choices are remembered past a catch-up (the last 16, until
 * a value comes from elsewhere): the list shows a newer URL's page as soon as it is cached and the
 * router's older URL while the next loads, so the value can step back to a choice made before the
 * last catch-up while a later one is on its way; taken as a change from elsewhere, it dropped that
 * later choice, and held arrow keys on the timeline lost steps (app hunt 6).
 */
export function usePendingValue<T>(value: T): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const [asked, setAsked] = useState<readonly T[]>([]);
  const [committed, setCommitted] = useState(value);
  let shown = pending;
  if (!Object.is(committed, value)) {
    // Adjusting state to a changed prop during render, as React recommends over an effect.
    setCommitted(value);
    const own = asked.some((choice) => Object.is(choice, value));
    const overtaken = pending !== null && !Object.is(pending.value, value) && own;
    if (!overtaken) {
      setPending(null);
      shown = null;
    }
    // From elsewhere: the choices before it are no longer the ones on their way.
    if (!own) setAsked([]);
  }
  return [
    shown ? shown.value : value,
    (next: T) => {
      setPending({ value: next });
      setAsked((current) => [...current.slice(1 - REMEMBERED), next]);
    },
  ];
}
