import { StrictMode, startTransition, useEffect } from 'react';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider } from './app/provider.tsx';
import { createQueryClient } from './app/query-client.ts';
import { firstRender, keptPageReason, quietArrival, showKeptNotice } from './app/first-render.ts';
import { LiveSearchContext, liveSearchOf } from './app/live-location.ts';
import { createAppRouter } from './app/router.tsx';
import { registerServiceWorker } from './app/service-worker.ts';
import { settleQueries } from './app/settle-queries.ts';
import { startData } from './lib/api/start-data.ts';
import './styles/app.css';

const queryClient = createQueryClient();
// The first URL's data starts now, beside the route's code (src/lib/api/start-data.ts).
startData(queryClient, new URL(window.location.href), import.meta.env.BASE_URL);
const router = createAppRouter(queryClient);
const liveSearch = liveSearchOf(router);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The app has started: the pre-rendered page's "script did not start" notice is not needed.
document.getElementById('boot-notice')?.remove();

/**
 * Marks the page once the app has taken it over (`<html data-started>`): before that a
 * pre-rendered page looks ready but its buttons do nothing. Browser tests wait for it. It renders
 * only its child, so the tree (and every `useId`) is the one the pre-render made.
 */
function Started({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.started = 'true';
  }, []);
  return children;
}

const app = (
  <StrictMode>
    <Started>
      <AppProvider queryClient={queryClient}>
        <LiveSearchContext value={liveSearch}>
          {/* What `react-router/dom`'s provider passes: a list change whose results are cached is
              shown in the event's own task (list-state.ts, useShownSearch). */}
          <RouterProvider
            router={router}
            flushSync={(update) => {
              flushSync(update);
            }}
          />
        </LiveSearchContext>
      </AppProvider>
    </Started>
  </StrictMode>
);

/** Resolves once the router has run the first URL's loaders (and loaded its route's code). */
function routerReady(): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) {
      resolve();
      return;
    }
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * A pre-rendered page (src/prerender/) names the path it shows. The app takes it over in place
 * (hydrates) only at exactly that URL, once the same data is loaded, so its first render matches
 * the HTML. Anywhere else (search params that change the view, a `#quote-N` target, the 404 page
 * served for an unknown path, a part of the page that failed to load) it renders afresh, still only once the
 * data is there, so the pre-rendered page stays in view instead of a loading state.
 */
const prerendered = root.dataset.prerendered;
if (prerendered === undefined) {
  createRoot(root).render(app);
} else {
  void routerReady()
    .then(() => settleQueries(queryClient))
    .then(() => {
      const { location, errors } = router.state;
      // A failed load of the page as a whole keeps the page as served, with a notice; a failed
      // load of a part the page renders after its data (the facet counts, the related articles)
      // renders afresh, the part saying so with Try again: hydrated, that first render would not
      // match the HTML (React's error #418). See `firstRender`.
      const queryErrors = queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.status === 'error')
        .map((query) => query.state.error);
      const how = firstRender({ prerendered, location, routeErrors: errors, queryErrors });
      if (how === 'keep') {
        quietArrival(root);
        showKeptNotice(root, keptPageReason(errors, queryErrors, navigator.onLine));
        return;
      }
      // As a transition, React renders in slices of a few milliseconds and lets the browser
      // handle input and paint in between, instead of one long task (Lighthouse's blocking time).
      // The pre-rendered page stays in view meanwhile; a click on a part not yet taken over makes
      // React take that part over first.
      startTransition(() => {
        if (how === 'hydrate') hydrateRoot(root, app);
        else createRoot(root).render(app);
      });
    });
}

registerServiceWorker();
