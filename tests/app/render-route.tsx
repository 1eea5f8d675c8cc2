import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProvider } from '../../src/app/provider.tsx';
import { createQueryClient } from '../../src/app/query-client.ts';
import { buildRoutes } from '../../src/app/router.tsx';

/** Renders the real route table at a deep link, as a reader opening that URL would see it. */
export function renderRoute(url: string) {
  const queryClient = createQueryClient({ retries: 0 });
  const router = createMemoryRouter(buildRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient, user };
}
