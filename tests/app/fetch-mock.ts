import { vi } from 'vitest';
import { fixtureFile } from './fixtures/data-folder.ts';

function json(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
}

/** The data path of a URL (`/data/v/x/meta.json?v=1` → `v/x/meta.json`), or null outside data/. */
export function dataPath(url: string): string | null {
  const { pathname } = new URL(url, 'http://localhost');
  return pathname.startsWith('/data/') ? decodeURIComponent(pathname.slice('/data/'.length)) : null;
}

/** Answers a data URL from the fixture's data folder, as the server would (404 for anything missing). */
export function fixtureResponse(url: string): Response {
  const path = dataPath(url);
  const body = path === null || path.includes('..') ? null : fixtureFile(path);
  return body === null ? json(JSON.stringify({ error: 'not found' }), 404) : json(body);
}

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.toString() : input.url;
}

/** Replaces fetch with the fixture data folder; `override` can answer some URLs differently. */
export function mockDataFetch(override?: (url: string) => Response | Promise<Response> | undefined) {
  const fetchMock = vi.fn<typeof fetch>((input) => {
    const url = requestUrl(input);
    return Promise.resolve(override?.(url) ?? fixtureResponse(url));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/**
 * The fixture data folder with the documents whose URL contains `part` answering 503 (the server
 * out of reach) until `recover()`, and as the fixture after.
 */
export function mockDataFetchFailing(part: string): { recover: () => void } {
  let down = true;
  mockDataFetch((url) =>
    down && url.includes(part) ? json(JSON.stringify({ error: 'unavailable' }), 503) : undefined,
  );
  return {
    recover: () => {
      down = false;
    },
  };
}

/**
 * The fixture data folder with every search document held back until `release()`: a search the
 * app has not loaded before keeps its navigation loading until then.
 */
export function mockDataFetchHoldingSearch(): { release: () => void } {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  mockDataFetch((url) => (url.includes('/search/') ? held.then(() => fixtureResponse(url)) : undefined));
  return {
    release: () => {
      release();
    },
  };
}

/** The data paths requested, in order (`v/<build>/meta.json`, `articles/x.json`). */
export function requestedPaths(fetchMock: ReturnType<typeof mockDataFetch>): string[] {
  return fetchMock.mock.calls.map(([input]) => dataPath(requestUrl(input)) ?? requestUrl(input));
}
