/**
 * The service worker's runtime caches (vite-plugin-pwa's `workbox.runtimeCaching`; decision 008).
 * Workbox writes each matcher into `sw.js` as source text, so a matcher names nothing from outside
 * its own body: the bulk-read header is spelled out here, and `tests/hosting/offline-caching.test.ts`
 * holds it to `BULK_READ_HEADER`.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

type RuntimeCaching = NonNullable<NonNullable<VitePWAOptions['workbox']>['runtimeCaching']>;

export const runtimeCaching: RuntimeCaching = [
  {
    urlPattern: ({ request }) => request.mode === 'navigate',
    handler: 'NetworkOnly',
    options: { precacheFallback: { fallbackURL: 'index.html' } },
  },
  {
    // A build's documents never change under their URL. An export's bulk reads pass to the
    // network: answering and keeping thousands of them cost 2.4 × the export's time, and pushed
    // what the reader looked at out of the 2,000 entries (src/lib/data/fetch-loader.ts).
    urlPattern: ({ url, sameOrigin, request }) =>
      sameOrigin && url.pathname.includes('/data/v/') && !request.headers.has('X-Newsreader-Bulk'),
    handler: 'CacheFirst',
    options: {
      cacheName: 'newsreader-data',
      expiration: { maxEntries: 2000 },
      cacheableResponse: { statuses: [200] },
    },
  },
  {
    // An article's document, fresh when online; offline, the copy kept when it was read,
    // even one of an earlier build (`?v=<buildId>` is ignored when matching).
    urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/data/articles/'),
    handler: 'NetworkFirst',
    options: {
      cacheName: 'newsreader-articles',
      matchOptions: { ignoreSearch: true },
      expiration: { maxEntries: 5000 },
      cacheableResponse: { statuses: [200] },
    },
  },
];
