import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * Explains which parts of a link were ignored, so a bad link never fails silently. `children`: a
 * way to what the link asked for, where another page does it (before the tidy link).
 *
 * "Tidy the link" removes the banner, and the link with it: focus, which the reader had on it,
 * would fall to the document's body (a screen reader loses its place, and Tab starts again from
 * the top). It goes to the main area instead, which the banner opened.
 */
export function NotesBanner({
  notes,
  cleanHref,
  children,
}: {
  notes: readonly string[];
  cleanHref: string;
  children?: ReactNode;
}) {
  const tidied = useRef(false);
  const empty = notes.length === 0;
  useEffect(() => {
    if (!empty || !tidied.current) return;
    tidied.current = false;
    // Not when the reader has moved on to something else meanwhile.
    if (document.activeElement === null || document.activeElement === document.body)
      document.getElementById('main')?.focus({ preventScroll: true });
  }, [empty]);
  if (empty) return null;
  return (
    <section className="notes-banner" aria-labelledby="ignored-heading">
      <h2 id="ignored-heading">Some of this link was ignored</h2>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {children}
      <Link
        to={cleanHref}
        replace
        onClick={() => {
          tidied.current = true;
        }}
      >
        Tidy the link
      </Link>
    </section>
  );
}
