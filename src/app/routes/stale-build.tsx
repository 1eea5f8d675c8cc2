import { useEffect } from 'react';
import { PageTitle } from '../../components/page-title.tsx';

/** Remembers which page this tab reloaded for, so a server that keeps failing cannot loop it. */
const RELOADED_KEY = 'newsreader:reloaded-for';

/**
 * The data was rebuilt while this tab was open: its build's documents are gone. Reloading fetches
 * the new page, which names the new build, so nothing of the two builds is ever mixed.
 */
export function StaleBuild() {
  const here = window.location.href;
  const alreadyTried = sessionStorage.getItem(RELOADED_KEY) === here;
  useEffect(() => {
    if (alreadyTried) return;
    sessionStorage.setItem(RELOADED_KEY, here);
    window.location.reload();
  }, [alreadyTried, here]);
  return (
    <div className="route-error" role="alert">
      <PageTitle title="Reader updated" />
      <h1>The reader was updated</h1>
      <p>
        A new version of the reader or of its collection was put on the server while this page was open.{' '}
        {alreadyTried ? 'Reloading did not help; try again in a moment.' : 'Loading the new version…'}
      </p>
      <p className="error-actions">
        <a className="button" href={here}>
          Reload
        </a>
      </p>
    </div>
  );
}
