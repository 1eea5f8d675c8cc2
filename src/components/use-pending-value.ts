import { useState } from 'react';

/**
 * A control's value that shows the reader's choice at once, before the URL (its real source)
 * catches up. React Router commits navigations in a transition, so a controlled checkbox or input
 * bound only to the URL would flick back to its old state for a moment after each change.
 * The pending value is dropped as soon as the value from the URL changes.
 */
export function usePendingValue<T>(value: T): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const [committed, setCommitted] = useState(value);
  if (!Object.is(committed, value)) {
    // Adjusting state to a changed prop during render, as React recommends over an effect.
    setCommitted(value);
    setPending(null);
  }
  return [
    pending ? pending.value : value,
    (next: T) => {
      setPending({ value: next });
    },
  ];
}
