/**
 * The smallest app of the design card's stack, for `js-floor.ts`: React, a react-router data
 * router with a loader, and TanStack Query filling it. The reader's first-visit JavaScript is
 * compared with this build's.
 */
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, RouterProvider } from 'react-router';

const queryClient = new QueryClient();
const greeting = { queryKey: ['greeting'], queryFn: () => Promise.resolve('Hello') };

function Page() {
  const { data } = useSuspenseQuery(greeting);
  return <Link to="/">{data}</Link>;
}

const router = createBrowserRouter([
  { path: '/', Component: Page, loader: () => queryClient.query({ ...greeting, staleTime: 'static' }) },
]);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
