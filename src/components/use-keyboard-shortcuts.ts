import { useEffect } from 'react';

/** Inputs that take no typed text: a letter pressed on one is the reader's shortcut, not a character. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color']);

/**
 * Whether keys pressed on the target are typing: text fields and selects (whose letters jump to
 * an option), not a facet's checkbox, which a reader who has just ticked it still has focused.
 */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Moves focus to the next or previous `[data-list-item]` in the main content. */
export function moveThroughList(step: 1 | -1): void {
  const items = [...document.querySelectorAll<HTMLElement>('main [data-list-item]')];
  if (items.length === 0) return;
  const current = items.findIndex((item) => item.contains(document.activeElement));
  const next = current === -1 ? (step === 1 ? 0 : items.length - 1) : current + step;
  const item = items[Math.min(Math.max(next, 0), items.length - 1)];
  if (!item) return;
  const target = item.querySelector<HTMLElement>('[data-list-primary]') ?? item;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

/** App-wide keys: j/k through lists, / to search, ? for help. Ignored while typing in a field. */
export function useKeyboardShortcuts(onHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.target)) return;
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        moveThroughList(event.key === 'j' ? 1 : -1);
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('[data-search-input]');
        if (search) {
          event.preventDefault();
          search.focus();
          search.select();
        }
      } else if (event.key === '?') {
        event.preventDefault();
        onHelp();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [onHelp]);
}
