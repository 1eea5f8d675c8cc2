import { useEffect, useRef, useState } from 'react';

/** How long typing pauses before the URL follows. */
const TYPING_DELAY_MS = 250;

/**
 * The free-text box. It keeps its own value while typing and writes the URL after a pause; when
 * the URL changes from outside (back, forward, a link) the box follows it.
 */
export function SearchBox({
  value,
  label,
  onSearch,
}: {
  value: string;
  label: string;
  onSearch: (q: string) => void;
}) {
  const [text, setText] = useState(value);
  // What this box last sent to the URL: when the URL catches up with it, that is our own echo and
  // must not overwrite what the reader has typed since.
  const [sent, setSent] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // Adjusting state to a changed prop during render, as React recommends over an effect.
    setLastValue(value);
    if (value !== sent && text.trim() !== value) {
      setText(value);
      setSent(value);
    }
  }
  const timer = useRef<number | undefined>(undefined);
  // The timer fires after a pause; it must use the filters of that moment, not of the keystroke.
  const latestOnSearch = useRef(onSearch);
  useEffect(() => {
    latestOnSearch.current = onSearch;
  }, [onSearch]);
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  const submit = (next: string) => {
    window.clearTimeout(timer.current);
    setSent(next);
    latestOnSearch.current(next);
  };
  const schedule = (next: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      submit(next.trim());
    }, TYPING_DELAY_MS);
  };

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        submit(text.trim());
      }}
    >
      <label htmlFor="search-input">{label}</label>
      <input
        id="search-input"
        type="search"
        data-search-input
        aria-keyshortcuts="/"
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          schedule(event.target.value);
        }}
        onKeyDown={(event) => {
          // Esc clears the box (and the search) and leaves it, back to the page.
          if (event.key !== 'Escape') return;
          event.preventDefault();
          if (text !== '' || value !== '') {
            setText('');
            submit('');
          }
          event.currentTarget.blur();
        }}
      />
    </form>
  );
}
