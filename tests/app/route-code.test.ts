/**
 * A page's code that did not arrive because a new version of the reader replaced it on the server
 * (its old file is gone: a 404), while this tab still runs the old one: that is the reader being
 * updated, which a reload mends, not the server out of reach, which trying again mends (app hunt 7).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { loadRouteCode } from '../../src/app/route-code.ts';
import { StaleBuildError } from '../../src/lib/data/errors.ts';

const FAILED_IMPORT = new TypeError(
  'Failed to fetch dynamically imported module: http://localhost/assets/quotes-C8_Q-Jnv.js',
);

function page(script: string): string {
  return `<!doctype html><html><head><script type="application/ld+json">{}</script>
<script type="module" crossorigin src="${script}"></script></head><body></body></html>`;
}

beforeEach(() => {
  const script = document.createElement('script');
  script.type = 'module';
  script.setAttribute('src', '/assets/index-old.js');
  document.head.append(script);
});
afterEach(() => {
  document.head.querySelector('script[type="module"]')?.remove();
  vi.unstubAllGlobals();
});

test('a route whose code is gone because the reader was replaced on the server fails as an updated reader', async () => {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(page('/assets/index-new.js'))));
  vi.stubGlobal('fetch', fetchMock);
  await expect(loadRouteCode(() => Promise.reject(FAILED_IMPORT), '/')).rejects.toBeInstanceOf(
    StaleBuildError,
  );
  // The page the server serves now, not a copy kept by the browser.
  expect(fetchMock).toHaveBeenCalledWith('/', { cache: 'no-store' });
});

test('the same reader on the server, or no answer from it, leaves the failure as it was: the connection', async () => {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(page('/assets/index-old.js'))));
  await expect(loadRouteCode(() => Promise.reject(FAILED_IMPORT), '/')).rejects.toBe(FAILED_IMPORT);
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  await expect(loadRouteCode(() => Promise.reject(FAILED_IMPORT), '/')).rejects.toBe(FAILED_IMPORT);
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 503 })));
  await expect(loadRouteCode(() => Promise.reject(FAILED_IMPORT), '/')).rejects.toBe(FAILED_IMPORT);
});

test('an error of the code itself is not looked into, and code that loads is returned', async () => {
  const fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  const broken = new SyntaxError('Unexpected token');
  await expect(loadRouteCode(() => Promise.reject(broken), '/')).rejects.toBe(broken);
  expect(fetchMock).not.toHaveBeenCalled();
  await expect(loadRouteCode(() => Promise.resolve({ Component: 'x' }), '/')).resolves.toEqual({
    Component: 'x',
  });
});
