import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { flushSync } from 'react-dom';
import { expect } from 'vitest';
import { RouterProvider, createBrowserRouter, createMemoryRouter, useLocation } from 'react-router';
import { LiveSearchContext, liveSearchOf } from '../../src/app/live-location.ts';
import { AppProvider } from '../../src/app/provider.tsx';
import { createQueryClient } from '../../src/app/query-client.ts';
import { buildRoutes } from '../../src/app/router.tsx';
import { setAppDataSource } from '../../src/lib/data/app-data-source.ts';
import { engineDataSource } from '../../src/lib/data/engine-data-source.ts';
import type { DataSource } from '../../src/lib/data/data-source.ts';
import { FIXTURE_BUILD_ID } from './fixtures/data-folder.ts';

/** Per router a test renders, the search its pages last rendered with (`RenderedSearch`). */
const renderedSearch = new WeakMap<object, { search: string }>();

/** Records the location the route tree has committed a render with, beside the root layout. */
function RenderedSearch({ into }: { into: { search: string } }) {
  const { search } = useLocation();
  useLayoutEffect(() => {
    into.search = search;
  }, [into, search]);
  return null;
}

/**
 * Renders the real route table at a deep link, as a reader opening that URL would see it. The
 * engine runs in the test's thread (jsdom has no workers) over whatever `fetch` answers.
 */
export function renderRoute(
  url: string,
  {
    buildId = FIXTURE_BUILD_ID,
    wrapDataSource = (source) => source,
    browserHistory = false,
  }: {
    buildId?: string;
    /** What the page reads through, made from the engine over `fetch` (a test's failures, say). */
    wrapDataSource?: (source: DataSource) => DataSource;
    /**
     * The router on the document's own history (jsdom's `window.history`), as in the browser,
     * rather than in memory: `url` is then added to that history, as a document loaded at it
     * after the entries a test made, and Back (`history.back()`) is the browser's.
     */
    browserHistory?: boolean;
  } = {},
) {
  setAppDataSource(wrapDataSource(engineDataSource({ dataUrl: 'http://localhost/data/', buildId })));
  const queryClient = createQueryClient({ retries: 0 });
  const rendered = { search: '' };
  const [root, ...others] = buildRoutes(queryClient);
  const routes = [
    {
      ...root,
      element: (
        <>
          <RenderedSearch into={rendered} />
          {root!.element}
        </>
      ),
    },
    ...others,
  ];
  if (browserHistory) window.history.pushState(null, '', url);
  const router = browserHistory
    ? createBrowserRouter(routes)
    : createMemoryRouter(routes, { initialEntries: [url] });
  renderedSearch.set(router, rendered);
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <LiveSearchContext value={liveSearchOf(router)}>
        <RouterProvider
          router={router}
          flushSync={(update) => {
            flushSync(update);
          }}
        />
      </LiveSearchContext>
    </AppProvider>,
  );
  return { ...view, router, queryClient, user };
}

/**
 * Waits until the router's committed URL has this search string, and the pages have rendered with
 * it. A list whose page of results lands in the cache is shown while its navigation still loads
 * (see `useShownSearch`), so the text on screen can run ahead of the URL by a moment (on a loaded
 * machine, longer than one tick); and React renders a committed location in a transition, so for
 * a moment more the links still hold the location before it (a link to that location then
 * replaces its history entry instead of adding one, as React Router's `Link` does).
 */
export async function urlSettles(
  router: { state: { location: { search: string } } },
  search: string,
): Promise<void> {
  await waitFor(() => {
    expect(router.state.location.search).toBe(search);
    expect(renderedSearch.get(router)?.search ?? search).toBe(search);
  });
}
