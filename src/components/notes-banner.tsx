import { Link } from 'react-router';
import type { ReactNode } from 'react';

/**
 * Explains which parts of a link were ignored, so a bad link never fails silently. `children`: a
 * way to what the link asked for, where another page does it (before the tidy link).
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
  if (notes.length === 0) return null;
  return (
    <section className="notes-banner" aria-labelledby="ignored-heading">
      <h2 id="ignored-heading">Some of this link was ignored</h2>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {children}
      <Link to={cleanHref} replace>
        Tidy the link
      </Link>
    </section>
  );
}
