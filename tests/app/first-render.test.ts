/**
 * How the app takes over a pre-rendered page (src/main.tsx, decision 007): hydrated when its data
 * loaded, rendered afresh (the error page with Try again) when a load failed, and left as it is,
 * with a notice, when the server did not answer its data in time: the reader may be reading the
 * pre-rendered text by then (the loader gives up after 45 s, the query asks once more), and a
 * stalled load had left the page in place before there was a limit (app hunt 7).
 */
import { afterEach, expect, test } from 'vitest';
import { firstRender, showStalledNotice } from '../../src/app/first-render.ts';
import {
  DataTimeoutError,
  DataUnreachableError,
  HttpStatusError,
  fromWireError,
  toWireError,
} from '../../src/lib/data/errors.ts';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });
const TIMEOUT = new DataTimeoutError('Could not reach …: the server did not answer within 45 s.');

afterEach(() => {
  document.body.replaceChildren();
});

test('a pre-rendered page whose data loaded is hydrated', () => {
  expect(
    firstRender({ prerendered: '/quotes', location: at('/quotes'), routeErrors: null, queryErrors: [] }),
  ).toBe('hydrate');
});

test('a pre-rendered page whose data the server did not answer in time is kept as it is', () => {
  // The engine answers from its worker: the kind of failure crosses as its name.
  expect(fromWireError(toWireError(TIMEOUT))).toBeInstanceOf(DataTimeoutError);
  expect(
    firstRender({
      prerendered: '/articles/a',
      location: at('/articles/a'),
      routeErrors: { r: TIMEOUT },
      queryErrors: [TIMEOUT],
    }),
  ).toBe('keep');
  // Its parts' queries timed out too (the route's own query is among them as well).
  expect(
    firstRender({
      prerendered: '/',
      location: at('/'),
      routeErrors: { r: TIMEOUT },
      queryErrors: [TIMEOUT, TIMEOUT],
    }),
  ).toBe('keep');
});

test('any other failure, or another address than the page rendered, is rendered afresh as before', () => {
  const refused = new DataUnreachableError('Could not reach …: the network request failed.');
  const failed = new HttpStatusError('Loading … failed: the server answered 503.', 503);
  for (const errors of [[refused], [failed], [TIMEOUT, failed]])
    expect(firstRender({ prerendered: '/', location: at('/'), routeErrors: null, queryErrors: errors })).toBe(
      'render',
    );
  expect(
    firstRender({ prerendered: '/', location: at('/', '?q=x'), routeErrors: null, queryErrors: [TIMEOUT] }),
  ).toBe('render');
  expect(
    firstRender({ prerendered: '/', location: at('/', '?q=x'), routeErrors: null, queryErrors: [] }),
  ).toBe('render');
});

test('the notice of a page kept says what does not work and offers a reload, after the page', () => {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  showStalledNotice(root);
  const notice = root.nextElementSibling;
  expect(notice).toHaveAttribute('role', 'alert');
  expect(notice).toHaveTextContent(
    'The server did not answer in time, so search and the filters do not work on this page; what it shows is as it was served. Reload the page to try again.',
  );
  expect(notice?.querySelector('a')).toHaveAttribute('href', '');
});

test('a page whose own data loaded, where only a part’s data (counts, related articles) timed out, is rendered afresh: it runs, with that part’s Try again', () => {
  // The route's loaders succeeded (no route error): the page can run, its search and filters with
  // it. Kept, it stayed as served, with a notice that search and the filters do not work.
  for (const prerendered of ['/', '/quotes', '/articles/a'])
    expect(
      firstRender({ prerendered, location: at(prerendered), routeErrors: null, queryErrors: [TIMEOUT] }),
    ).toBe('render');
  expect(
    firstRender({ prerendered: '/', location: at('/'), routeErrors: {}, queryErrors: [TIMEOUT, TIMEOUT] }),
  ).toBe('render');
});
