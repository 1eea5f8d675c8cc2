import { expect, test } from 'vitest';
import { runtimeCaching } from '../../src/hosting/offline-caching.ts';
import { BULK_READ_HEADER } from '../../src/lib/data/fetch-loader.ts';

const ORIGIN = 'https://news.example';

/** The cache a request goes to (its route's cache name, or `network`), or null when no route takes it. */
function routeOf(path: string, init: RequestInit = {}): string | null {
  const url = new URL(path, ORIGIN);
  const request = new Request(url, init);
  for (const route of runtimeCaching) {
    const pattern = route.urlPattern;
    if (typeof pattern !== 'function') throw new Error('every route is matched by a function');
    // Workbox passes these to a matcher (and the fetch event, which no matcher here reads).
    const context = { url, request, sameOrigin: url.origin === ORIGIN } as Parameters<typeof pattern>[0];
    if (pattern(context)) return route.options?.cacheName ?? 'network';
  }
  return null;
}

test('a build’s documents are kept for offline reading, unless the read is an export’s bulk read', () => {
  const chunk = '/data/v/0123456789abcdef/articles/3.json';
  expect(routeOf(chunk)).toBe('newsreader-data');
  expect(routeOf(chunk, { headers: { [BULK_READ_HEADER]: '1' } })).toBeNull();
  // Header names are read without regard to case, as the browser sends them.
  expect(routeOf(chunk, { headers: { [BULK_READ_HEADER.toLowerCase()]: '1' } })).toBeNull();
});

test('articles are kept by their id, pages go to the network, other origins and files pass', () => {
  expect(routeOf('/data/articles/wn-0001.json?v=0123456789abcdef')).toBe('newsreader-articles');
  expect(routeOf('/reader/data/v/0123456789abcdef/meta.json')).toBe('newsreader-data');
  expect(routeOf('https://elsewhere.example/data/v/x/meta.json')).toBeNull();
  expect(routeOf('/assets/index.js')).toBeNull();
});
