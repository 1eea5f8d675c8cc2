/**
 * The export notice's controls are a chunk of their own (export-run.tsx), fetched when a notice is
 * first shown: one that does not arrive (offline, or a new version deployed since the page opened)
 * must not take the page with it.
 */
import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { holdBulkQuoteReads, stubDownloads } from './export-helpers.ts';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

vi.mock('../../src/features/export/export-notice-controls.tsx', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

test('when the notice’s controls do not load, the page stays and the download can still be cancelled', async () => {
  mockDataFetch();
  const clicked = stubDownloads();
  const { release, wrapDataSource } = holdBulkQuoteReads();
  const { user, router } = renderRoute('/quotes?speaker=qasim-al-araji', { wrapDataSource });
  await screen.findByRole('heading', { level: 1, name: 'Quotes' });
  await user.click(screen.getByRole('button', { name: 'CSV' }));
  expect(await screen.findByText(/^Preparing \d+ quotes…$/)).toBeInTheDocument();
  await router.navigate('/articles/000_ec231f94e2293af6');
  await screen.findByText(
    'The CSV file of the list you left is still being prepared: it downloads when it is ready.',
  );
  await user.click(await screen.findByRole('button', { name: 'Cancel the download' }));
  expect(
    screen.getByRole('heading', {
      level: 1,
      name: 'NATO and Iraq initiated a new phase in their partnership',
    }),
  ).toBeInTheDocument();
  expect(screen.queryByText(/list you left/)).toBeNull();
  expect(screen.getByRole('main')).toHaveFocus();
  release();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(clicked).not.toHaveBeenCalled();
});
