/**
 * A data document that fails is reported promptly: no second request for an answer the server has
 * settled (a 4xx), at most one quick one for a network error or a 5xx (TanStack Query's defaults
 * made three requests over 3 s). Through the loader the app runs (`fetch-loader.ts`) and across the
 * worker's wire format, where class identity is lost. The request counts are exact; the time
 * bounds are loose, for a loaded machine.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { createQueryClient } from '../../src/app/query-client.ts';
import { corpusQueries } from '../../src/lib/api/corpus-queries.ts';
import { setAppDataSource } from '../../src/lib/data/app-data-source.ts';
import type { DataSource } from '../../src/lib/data/data-source.ts';
import { DATA_SOURCE_METHODS } from '../../src/lib/data/data-source.ts';
import { engineDataSource } from '../../src/lib/data/engine-data-source.ts';
import { fromWireError, toWireError } from '../../src/lib/data/errors.ts';
import { dataPath, mockDataFetch, requestedPaths } from './fetch-mock.ts';
import { FIXTURE_BUILD_ID } from './fixtures/data-folder.ts';

afterEach(() => {
  setAppDataSource(null);
  vi.unstubAllGlobals();
});

/** The engine over `fetch`; `overWire`: its errors as the worker's messages carry them. */
function dataSource(overWire: boolean): DataSource {
  const engine = engineDataSource({ dataUrl: 'http://localhost/data/', buildId: FIXTURE_BUILD_ID });
  if (!overWire) return engine;
  return Object.fromEntries(
    DATA_SOURCE_METHODS.map((method) => [
      method,
      (...args: unknown[]) =>
        (engine[method] as (...args: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
          throw fromWireError(
            JSON.parse(JSON.stringify(toWireError(error))) as ReturnType<typeof toWireError>,
          );
        }),
    ]),
  ) as unknown as DataSource;
}

/** Loads meta.json with the app's query client while meta.json answers as `answer` says. */
async function loadMeta(answer: () => Response, overWire: boolean) {
  const fetchMock = mockDataFetch((url) => (dataPath(url)?.endsWith('/meta.json') ? answer() : undefined));
  setAppDataSource(dataSource(overWire));
  const queryClient = createQueryClient();
  const started = performance.now();
  const error = await queryClient.query(corpusQueries.meta()).then(
    () => null,
    (failure: unknown) => failure,
  );
  return {
    error,
    ms: performance.now() - started,
    requests: requestedPaths(fetchMock).filter((path) => path.endsWith('/meta.json')).length,
  };
}

for (const overWire of [false, true]) {
  const where = overWire ? 'across the worker' : 'on the page';
  for (const status of [403, 404, 410]) {
    test(`${where}: a ${status} is asked for once and reported at once`, async () => {
      const { error, requests, ms } = await loadMeta(() => new Response('no', { status }), overWire);
      expect(error).toBeInstanceOf(Error);
      expect(requests).toBe(1);
      expect(ms).toBeLessThan(1500);
    });
  }

  test(`${where}: a 503 or a network error is asked for twice, the second time soon`, async () => {
    const unavailable = await loadMeta(() => new Response('busy', { status: 503 }), overWire);
    expect(String(unavailable.error)).toContain('503');
    expect(unavailable.requests).toBe(2);
    expect(unavailable.ms).toBeLessThan(1500);
    const unreachable = await loadMeta(() => {
      throw new TypeError('Failed to fetch');
    }, overWire);
    expect((unreachable.error as Error).name).toBe('DataUnreachableError');
    expect(unreachable.requests).toBe(2);
    expect(unreachable.ms).toBeLessThan(1500);
  });
}
