import { vi } from 'vitest';
import { fixtureArticle, fixtureIndex, fixtureQuotes, fixtureShards } from './fixtures/corpus.ts';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Answers a data URL from the fixtures, as the data folder would (404 for anything missing). */
export function fixtureResponse(url: string): Response {
  const path = new URL(url, 'http://localhost').pathname.replace(/^\/data\//, '');
  if (path === 'index.json') return json(fixtureIndex);
  if (path === 'quotes.json') return json(fixtureQuotes);
  const article = /^articles\/(.+)\.json$/.exec(path);
  if (article) {
    const found = fixtureArticle(decodeURIComponent(article[1]!));
    return found ? json(found) : json({ error: 'not found' }, 404);
  }
  const shard = /^search\/(.+)\.json$/.exec(path);
  if (shard) {
    const found = fixtureShards[decodeURIComponent(shard[1]!)];
    return found ? json(found) : json({ error: 'not found' }, 404);
  }
  return json({ error: 'not found' }, 404);
}

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.toString() : input.url;
}

/** Replaces fetch with the fixture data folder; `override` can answer some URLs differently. */
export function mockDataFetch(override?: (url: string) => Response | undefined) {
  // Typed with `init` so tests can read the fetch options (the cache mode) from mock.calls.
  const fetchMock = vi.fn<typeof fetch>((input) => {
    const url = requestUrl(input);
    return Promise.resolve(override?.(url) ?? fixtureResponse(url));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function requestedUrls(fetchMock: ReturnType<typeof mockDataFetch>): string[] {
  return fetchMock.mock.calls.map(([input]) => requestUrl(input));
}

/** Each request's URL and cache mode, in order. */
export function requestedCacheModes(
  fetchMock: ReturnType<typeof mockDataFetch>,
): [string, RequestCache | undefined][] {
  return fetchMock.mock.calls.map(([input, init]) => [requestUrl(input), init?.cache]);
}
