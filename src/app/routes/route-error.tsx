import { paths } from '../../lib/urls.ts';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { Link, isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { PageTitle } from '../../components/page-title.tsx';
import { isUnreachable, StaleBuildError } from '../../lib/data/errors.ts';
import { NotFoundPage } from './not-found.tsx';
import { StaleBuild } from './stale-build.tsx';

/** What a failed route says: not found for unknown ids, otherwise what failed and a retry. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  // The control that was focused (a filter, a link) went with the page: focus starts at what
  // happened, as on any new page, not at the top of the document.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [error]);
  // "Try again" that works replaces this page with the page itself, at the same address, so no
  // page change moves focus: the focused button went with this page, and focus fell to the
  // document. Focus goes to the main area instead, as after any page change.
  const page = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const node = page.current;
    return () => {
      if (node?.contains(document.activeElement))
        document.getElementById('main')?.focus({ preventScroll: true });
    };
  }, []);
  if (error instanceof StaleBuildError) return <StaleBuild />;
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFoundPage message={typeof error.data === 'string' ? error.data : undefined} />;
  }
  const message =
    error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : String(error);
  const retrying = revalidator.state === 'loading';
  const retry = (
    // aria-disabled, not disabled: a button that becomes disabled loses focus (to the document,
    // in Chromium), and the reader who pressed it would start over from the top.
    <button
      type="button"
      className="button"
      aria-disabled={retrying}
      onClick={() => {
        if (!retrying) void revalidator.revalidate();
      }}
    >
      {retrying ? 'Retrying…' : 'Try again'}
    </button>
  );
  if (isUnreachable(error)) {
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return (
      <div className="route-error" role="alert" ref={page}>
        <PageTitle title={offline ? 'Not available offline' : 'Could not connect'} />
        <h1 ref={heading} tabIndex={-1}>
          {offline ? 'This page is not available offline' : 'The reader could not reach the server'}
        </h1>
        <p>
          {offline
            ? 'You are offline, and the data for this page was not saved on this device. Articles you have read before open offline.'
            : 'What this page needs did not arrive: the connection or the server failed.'}{' '}
          Try again when you are back online.
        </p>
        <p className="error-actions">
          {retry}
          <Link to={paths.articles()}>Back to all articles</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="route-error" role="alert" ref={page}>
      <PageTitle title="Could not load" />
      <h1 ref={heading} tabIndex={-1}>
        This page could not be loaded
      </h1>
      <p>Something went wrong while loading the data for this page.</p>
      <pre className="error-message">{message}</pre>
      <p className="error-actions">
        {retry}
        <Link to={paths.articles()}>Back to all articles</Link>
      </p>
    </div>
  );
}
