/**
 * A download that fails says what happened and what to do, in the app's words for a failure
 * (`failureWords`, src/lib/data/errors.ts), not the browser's: the writer's code is read when a
 * download starts (a chunk of its own), and offline, or after a deploy replaced it, its import
 * failed with "Failed to fetch dynamically imported module: http://…/assets/export-file-….js",
 * which the page showed as it was.
 */
import { screen } from '@testing-library/react';
import { afterEach, expect, onTestFinished, test, vi } from 'vitest';
import { HttpStatusError } from '../../src/lib/data/errors.ts';
import { holdBulkQuoteReads } from './export-helpers.ts';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

const CHUNK_ERROR =
  'Failed to fetch dynamically imported module: http://localhost:3000/assets/export-file-B1a2.js';

/**
 * The writer's chunk not arriving, as Chromium words a failed dynamic import. (Thrown when the
 * module is read, in the `await import()` of the download: a mock's factory that throws has its
 * error wrapped in vitest's own words.)
 */
function writerMissing(): void {
  vi.doMock('../../src/lib/export/export-file.ts', () => ({
    get exportBlob(): never {
      throw new TypeError(CHUNK_ERROR);
    },
  }));
}

afterEach(() => {
  vi.doUnmock('../../src/lib/export/export-file.ts');
});

async function downloadCsv(url = '/quotes?speaker=qasim-al-araji') {
  const view = renderRoute(url);
  await screen.findByRole('heading', { level: 1, name: 'Quotes' });
  await view.user.click(screen.getByRole('button', { name: 'CSV' }));
  return view;
}

test("the writer's code not arriving: the connection, and try again", async () => {
  mockDataFetch();
  writerMissing();
  await downloadCsv();
  expect(
    await screen.findByText('The download failed: the reader could not reach the server. Try again.'),
  ).toBeInTheDocument();
  expect(screen.queryByText(/dynamically imported/)).toBeNull();
});

test('offline: try again once back online', async () => {
  mockDataFetch();
  writerMissing();
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  await downloadCsv();
  expect(
    await screen.findByText('The download failed: you are offline. Try again once you are back online.'),
  ).toBeInTheDocument();
});

test('a deploy replaced the code since the page was opened: reload', async () => {
  // The page runs one build's script; the server's page now names another.
  const running = document.createElement('script');
  running.type = 'module';
  running.src = '/assets/index-old.js';
  document.head.append(running);
  onTestFinished(() => {
    running.remove();
  });
  mockDataFetch((url) =>
    url === '/'
      ? new Response('<script type="module" src="/assets/index-new.js"></script>', {
          headers: { 'Content-Type': 'text/html' },
        })
      : undefined,
  );
  writerMissing();
  await downloadCsv();
  expect(
    await screen.findByText(
      'The download failed: the reader was updated while this page was open. Reload the page, then download the file again.',
    ),
  ).toBeInTheDocument();
});

test('a download that fails after the reader left its list says so on the page they are on', async () => {
  mockDataFetch();
  const { release, wrapDataSource } = holdBulkQuoteReads(async (_source, _request, held) => {
    await held;
    throw new HttpStatusError('Service Unavailable', 503);
  });
  const { router } = renderRoute('/quotes?speaker=qasim-al-araji', { wrapDataSource });
  await screen.findByRole('heading', { level: 1, name: 'Quotes' });
  await screen.findByRole('button', { name: 'CSV' }).then((button) => {
    button.click();
  });
  await screen.findByText(/^Preparing \d+ quotes…$/);
  await router.navigate('/articles/000_ec231f94e2293af6');
  await screen.findByText(/still being prepared/);
  release();
  expect(
    await screen.findByText(
      'The download of the list you left failed: the server failed to answer (503). Try again from the list.',
    ),
  ).toBeInTheDocument();
});
