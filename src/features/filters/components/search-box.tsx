import { useEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { queryWords } from '../../../lib/text-match.ts';
import { traceMark } from '../../../lib/trace-marks.ts';

/** How long typing pauses before the URL follows. */
const TYPING_DELAY_MS = 250;
/**
 * How long typing pauses before the results of the text so far are read ahead (loaded, not
 * shown), so that when the URL follows they are there: the search's documents load during the
 * rest of the pause instead of after it.
 */
export const READ_AHEAD_DELAY_MS = 100;
/** The shortest last word read ahead: a shorter prefix is a large document readers rarely stop at. */
export const READ_AHEAD_MIN_LETTERS = 3;

/**
 * The free-text box. What the reader types stays theirs: the box writes the URL after a pause,
 * and follows the URL only when it changes from outside (back, forward, a link, "clear").
 *
 * The input is uncontrolled on purpose. Navigations commit in React transitions, so a search's
 * URL can be committed after the reader has typed on and sent a newer one (the render of its
 * results yields to their keystrokes); a box bound to the URL in render then jumped back to that
 * older text and lost what was typed meanwhile. Here the URL is compared, once committed, with
 * the searches this box has sent and that have not landed yet: one of those is our own echo
 * (and those before it were overtaken); anything else comes from outside and replaces the text.
 *
 * Back and forward always come from outside, even when the query they land on is the one last
 * committed: React may fold a search's render and the next into one transition, or drop both when
 * the reader goes back before either committed, so the query this box last saw can be the one
 * Back returns to while the box still shows a search the reader sent since (stop 22's CI failure).
 */
export function SearchBox({
  value,
  label,
  action,
  kept = [],
  onSearch,
  onReadAhead,
}: {
  value: string;
  label: string;
  /**
   * Where the form goes when the script does not handle it (JavaScript off, or not started yet): a
   * GET of the list's own path with `q` and the `kept` params, as the app would navigate. Without
   * it the browser sent the form to the current path with no field, "?": the whole list, unsearched.
   */
  action?: string;
  /** The list's other params (its filters and order), sent as hidden fields beside `q`. */
  kept?: readonly (readonly [string, string])[];
  onSearch: (q: string) => void;
  /** Called after a shorter pause with the text typed so far, to load its results ahead. */
  onReadAhead?: (q: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  /** Searches sent to the URL that it does not show yet, oldest first. */
  const inFlight = useRef<string[]>([]);
  /** The URL's query as last committed. */
  const shown = useRef(value);
  const timer = useRef<number | undefined>(undefined);
  const readAheadTimer = useRef<number | undefined>(undefined);
  // The history entry last moved to with back or forward (undefined after a push or replace).
  const { key: entryKey } = useLocation();
  const traversedTo = useNavigationType() === NavigationType.Pop ? entryKey : undefined;
  const lastTraversal = useRef(traversedTo);
  // The timer fires after a pause; it must use the filters of that moment, not of the keystroke.
  const latestOnSearch = useRef(onSearch);
  const latestOnReadAhead = useRef(onReadAhead);
  useEffect(() => {
    latestOnSearch.current = onSearch;
    latestOnReadAhead.current = onReadAhead;
  }, [onSearch, onReadAhead]);
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      window.clearTimeout(readAheadTimer.current);
    },
    [],
  );
  useEffect(() => {
    const traversed = traversedTo !== undefined && traversedTo !== lastTraversal.current;
    lastTraversal.current = traversedTo;
    if (!traversed && value === shown.current) return;
    shown.current = value;
    const echo = traversed ? -1 : inFlight.current.lastIndexOf(value);
    if (echo >= 0) {
      inFlight.current = inFlight.current.slice(echo + 1);
      return;
    }
    // From outside: the box shows the URL's query, and a search typed before it is dropped.
    inFlight.current = [];
    window.clearTimeout(timer.current);
    window.clearTimeout(readAheadTimer.current);
    const box = input.current;
    if (box && box.value.trim() !== value) box.value = value;
  }, [value, traversedTo]);

  const submit = (next: string) => {
    window.clearTimeout(timer.current);
    window.clearTimeout(readAheadTimer.current);
    // Back to what the URL shows: nothing sent before can land any more (a new navigation
    // cancels those still loading), and this one changes no query.
    if (next === shown.current) inFlight.current = [];
    else inFlight.current = [...inFlight.current, next];
    latestOnSearch.current(next);
  };
  const schedule = (next: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      submit(next.trim());
    }, TYPING_DELAY_MS);
    window.clearTimeout(readAheadTimer.current);
    const text = next.trim();
    // Only a search the URL does not show yet, once the word being typed is long enough.
    if (text === shown.current || (queryWords(text).at(-1)?.length ?? 0) < READ_AHEAD_MIN_LETTERS) return;
    readAheadTimer.current = window.setTimeout(() => {
      latestOnReadAhead.current?.(text);
    }, READ_AHEAD_DELAY_MS);
  };

  return (
    <form
      role="search"
      className="search-box"
      action={action}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        traceMark('submit');
        submit((input.current?.value ?? '').trim());
      }}
    >
      <label htmlFor="search-input">{label}</label>
      <input
        ref={input}
        id="search-input"
        name="q"
        type="search"
        data-search-input
        aria-keyshortcuts="/"
        autoComplete="off"
        defaultValue={value}
        onChange={(event) => {
          schedule(event.target.value);
        }}
        onKeyDown={(event) => {
          // Esc clears the box (and the search) and leaves it, back to the page.
          if (event.key !== 'Escape') return;
          event.preventDefault();
          const box = event.currentTarget;
          if (box.value !== '' || value !== '') {
            box.value = '';
            submit('');
          }
          box.blur();
        }}
      />
      {kept.map(([name, param], index) => (
        <input key={`${index}-${name}`} type="hidden" name={name} value={param} />
      ))}
    </form>
  );
}
