import { useState } from 'react';

/**
 * A control's value that shows the reader's choice at once, before the URL (its real source)
 * catches up. React Router commits navigations in a transition, so a controlled checkbox or input
 * bound only to the URL would flick back to its old state for a moment after each change.
 *
 * The pending value is dropped once the value from the URL reaches it, or changes to a value the
 * control never asked for (back, a link, "clear"). Quick choices overtake each other: the URL can
 * catch up with an earlier one while a later one is still on its way, and that earlier value must
 * not replace the later one on screen (two quick arrow presses would otherwise show one step back
 * until the second navigation lands).
 */
export function usePendingValue<T>(value: T): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ value: T; asked: readonly T[] } | null>(null);
  const [committed, setCommitted] = useState(value);
  let shown = pending;
  if (!Object.is(committed, value)) {
    // Adjusting state to a changed prop during render, as React recommends over an effect.
    setCommitted(value);
    const overtaken =
      pending !== null &&
      !Object.is(pending.value, value) &&
      pending.asked.some((asked) => Object.is(asked, value));
    if (!overtaken) {
      setPending(null);
      shown = null;
    }
  }
  return [
    shown ? shown.value : value,
    (next: T) => {
      setPending((current) => ({ value: next, asked: [...(current?.asked ?? []), next] }));
    },
  ];
}
