import { memo, useEffect, useRef } from 'react';

export const SHORTCUTS = [
  { keys: 'j', action: 'Next item in a list' },
  { keys: 'k', action: 'Previous item in a list' },
  { keys: '/', action: 'Focus the search box' },
  { keys: '?', action: 'Show these shortcuts' },
  { keys: 'Esc', action: 'Close this dialog' },
] as const;

/**
 * The keyboard shortcut list, in a native modal dialog (focus trap and Esc come for free).
 * Memoised: the layout around it renders again on every navigation, and this dialog changes only
 * when it opens or closes (`onClose` must be stable).
 */
export const ShortcutsDialog = memo(function ShortcutsDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom and very old browsers lack showModal; an open, non-modal dialog still works there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-heading"
      // Escape fires `cancel` in its own key event and `close` a task later: closed from `cancel`, a
      // "?" pressed in between opens the dialog again instead of being lost to the state still open.
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(({ keys, action }) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
});
