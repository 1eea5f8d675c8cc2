import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { createBrowserRouter } from 'react-router';
import { forwardTo } from './forward.ts';
import { LayoutError, RootLayout } from './routes/root-layout.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { PageLoading } from './routes/page-loading.tsx';
import { RouteError } from './routes/route-error.tsx';
import { loadRouteCode } from './route-code.ts';

/** The app's base path, where the server serves its page (to compare the reader it names). */
const BASE = import.meta.env.BASE_URL;

/** The file a static host serves for a folder's address. */
const INDEX_FILE = 'index.html';

/**
 * The route table, shared by the browser router and the route tests (which wrap it in a memory
 * router), so tests exercise exactly what ships.
 */
export function buildRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <RootLayout />,
      errorElement: <LayoutError />,
      children: [
        {
          // A pathless route so a failing page shows its error inside the layout.
          errorElement: <RouteError />,
          hydrateFallbackElement: <PageLoading />,
          children: [
            // Each route's code loads with the route: a first visit pays only for its own page.
            {
              index: true,
              lazy: async () => {
                const route = await loadRouteCode(() => import('./routes/article-list.tsx'), BASE);
                return { Component: route.Component, loader: route.articleListLoader(queryClient) };
              },
            },
            {
              path: 'quotes',
              lazy: async () => {
                const route = await loadRouteCode(() => import('./routes/quotes.tsx'), BASE);
                return { Component: route.Component, loader: route.quotesLoader(queryClient) };
              },
            },
            {
              path: 'articles/:id',
              lazy: async () => {
                const route = await loadRouteCode(() => import('./routes/article.tsx'), BASE);
                return { Component: route.Component, loader: route.articleLoader(queryClient) };
              },
            },
            {
              path: 'organisations/:slug',
              lazy: async () => {
                const route = await loadRouteCode(() => import('./routes/organisation.tsx'), BASE);
                return { Component: route.Component, loader: route.organisationLoader(queryClient) };
              },
            },
            {
              path: 'speakers/:slug',
              lazy: async () => {
                const route = await loadRouteCode(() => import('./routes/speaker.tsx'), BASE);
                return { Component: route.Component, loader: route.speakerLoader(queryClient) };
              },
            },
            {
              path: '*',
              element: <NotFoundPage />,
              // Every static host serves a page's file by name too (/index.html,
              // /quotes/index.html): those addresses are the page's own, not unknown ones, and
              // not left behind to go back to (`forwardTo`).
              loader: ({ params, request }) => {
                const rest = params['*'] ?? '';
                if (rest !== INDEX_FILE && !rest.endsWith(`/${INDEX_FILE}`)) return null;
                const folder = rest.slice(0, -INDEX_FILE.length).replace(/\/$/, '');
                return forwardTo(`/${folder}${new URL(request.url).search}`, request);
              },
            },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(buildRoutes(queryClient), { basename: import.meta.env.BASE_URL });
}
