import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { createBrowserRouter } from 'react-router';
import { ArticleListRoute, articleListLoader } from './routes/article-list.tsx';
import { ArticleRoute, articleLoader } from './routes/article.tsx';
import { LayoutError, RootLayout } from './routes/root-layout.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { OrganisationRoute, organisationLoader } from './routes/organisation.tsx';
import { PageLoading } from './routes/page-loading.tsx';
import { QuotesRoute, quotesLoader } from './routes/quotes.tsx';
import { RouteError } from './routes/route-error.tsx';

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
            { index: true, loader: articleListLoader(queryClient), element: <ArticleListRoute /> },
            { path: 'quotes', loader: quotesLoader(queryClient), element: <QuotesRoute /> },
            { path: 'articles/:id', loader: articleLoader(queryClient), element: <ArticleRoute /> },
            {
              path: 'organisations/:slug',
              loader: organisationLoader(queryClient),
              element: <OrganisationRoute />,
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(buildRoutes(queryClient), { basename: import.meta.env.BASE_URL });
}
