import { Link } from 'react-router';

/** Explains which parts of a link were ignored, so a bad link never fails silently. */
export function NotesBanner({ notes, cleanHref }: { notes: readonly string[]; cleanHref: string }) {
  if (notes.length === 0) return null;
  return (
    <section className="notes-banner" aria-labelledby="ignored-heading">
      <h2 id="ignored-heading">Some of this link was ignored</h2>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <Link to={cleanHref} replace>
        Tidy the link
      </Link>
    </section>
  );
}
