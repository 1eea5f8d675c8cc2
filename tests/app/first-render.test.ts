/**
 * How the app takes over a pre-rendered page (src/main.tsx, decision 007): hydrated when its data
 * loaded; left as it is, with a notice saying what failed, when the page's own data failed (the
 * reader has its text in front of them) or the server did not answer in time; rendered afresh
 * when only a part failed (the part says so, with Try again), when the server holds a newer
 * build, or at another address than the one rendered.
 */
import { afterEach, expect, test } from 'vitest';
import { firstRender, keptPageReason, quietArrival, showKeptNotice } from '../../src/app/first-render.ts';
import {
  DataTimeoutError,
  DataUnreachableError,
  DocumentNotFoundError,
  HttpStatusError,
  StaleBuildError,
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

test('a pre-rendered page whose own data failed is kept as served, whatever failed, but a newer build', () => {
  const refused = new DataUnreachableError('Could not reach …: the network request failed.');
  const failed = new HttpStatusError('Loading … failed: the server answered 503.', 503);
  const missing = new DocumentNotFoundError('No document at …');
  for (const error of [refused, failed, missing, TIMEOUT])
    expect(
      firstRender({ prerendered: '/', location: at('/'), routeErrors: { r: error }, queryErrors: [error] }),
    ).toBe('keep');
  const stale = new StaleBuildError('The server holds a newer build.');
  expect(
    firstRender({ prerendered: '/', location: at('/'), routeErrors: { r: stale }, queryErrors: [stale] }),
  ).toBe('render');
});

test('a part that failed, or another address than the page rendered, is rendered afresh', () => {
  const refused = new DataUnreachableError('Could not reach …: the network request failed.');
  const failed = new HttpStatusError('Loading … failed: the server answered 503.', 503);
  // Only parts (the facet counts, the timeline, the related articles), even parts the server did
  // not answer in time: the page renders and runs, the part offers Try again (review 8).
  for (const errors of [[refused], [failed], [TIMEOUT, failed], [TIMEOUT], [TIMEOUT, TIMEOUT]])
    expect(firstRender({ prerendered: '/', location: at('/'), routeErrors: null, queryErrors: errors })).toBe(
      'render',
    );
  // The server's copy of `/` is not the page `/?q=x` shows.
  for (const routeErrors of [null, { r: failed }])
    expect(
      firstRender({ prerendered: '/', location: at('/', '?q=x'), routeErrors, queryErrors: [TIMEOUT] }),
    ).toBe('render');
  expect(
    firstRender({ prerendered: '/', location: at('/', '?q=x'), routeErrors: null, queryErrors: [] }),
  ).toBe('render');
  // A hash with the page's own data loaded (a hash and a failed route: kept, below).
  expect(
    firstRender({
      prerendered: '/',
      location: at('/', '', '#quote-2'),
      routeErrors: null,
      queryErrors: [],
    }),
  ).toBe('render');
});

test('the notice names what failed: the page’s own failure first, in the error pages’ words', () => {
  const failed = new HttpStatusError('Loading … failed: the server answered 502.', 502);
  const refused = new DataUnreachableError('Could not reach …: the network request failed.');
  expect(keptPageReason({ r: failed }, [TIMEOUT], true)).toBe('The server failed to answer (502)');
  expect(keptPageReason({ r: refused }, [], true)).toBe('The reader could not reach the server');
  expect(keptPageReason({ r: refused }, [], false)).toBe('You are offline');
  expect(keptPageReason({ r: TIMEOUT }, [TIMEOUT], true)).toBe('The server did not answer in time');
  expect(keptPageReason(null, [TIMEOUT], true)).toBe('The server did not answer in time');
  expect(keptPageReason({ r: new DocumentNotFoundError('No document at …') }, [], true)).toBe(
    'The data for this page could not be loaded',
  );
});

test('the notice of a page kept says what does not work and offers a reload, after the page', () => {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  showKeptNotice(root, 'The server did not answer in time');
  const notice = root.nextElementSibling;
  expect(notice).toHaveAttribute('role', 'alert');
  expect(notice).toHaveTextContent(
    'The server did not answer in time, so search and the filters do not work on this page; what it shows is as it was served. Reload the page to try again.',
  );
  expect(notice?.querySelector('a')).toHaveAttribute('href', '');
});

test('the notice’s reload reloads the address as it is, hash and all: a page kept at a quote comes back at that quote', () => {
  // A link to "" is the address without its hash (`/articles/a#quote-2` → `/articles/a`): the
  // article came back at its top, the quote the reader had been sent to gone from the address.
  expect(new URL('', 'http://localhost/articles/a#quote-2').href).toBe('http://localhost/articles/a');
  const root = document.createElement('div');
  document.body.append(root);
  let reloads = 0;
  showKeptNotice(root, 'The server did not answer in time', () => {
    reloads++;
  });
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  root.nextElementSibling?.querySelector('a')?.dispatchEvent(click);
  expect(click.defaultPrevented).toBe(true);
  expect(reloads).toBe(1);
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

test('a link to a quote of a pre-rendered article whose data failed keeps the article as served: the hash only scrolls to the quote', () => {
  // `/articles/a#quote-2` (a quote's "Copy link") is served the page of `/articles/a`, which the
  // browser has scrolled to the quote: that is the text the reader has. Rendered afresh, its failed
  // data put the error page in its place; the server's copy of `/` is not what `/?q=x` shows, but
  // it is what `/#main` does.
  const failed = new HttpStatusError('Loading … failed: the server answered 503.', 503);
  for (const [prerendered, hash] of [
    ['/articles/a', '#quote-2'],
    ['/', '#main'],
  ] as const)
    expect(
      firstRender({
        prerendered,
        location: at(prerendered, '', hash),
        routeErrors: { r: failed },
        queryErrors: [],
      }),
    ).toBe('keep');
  // Its data loaded, it is still rendered afresh: the app marks the quote arrived at, which the
  // server's copy does not (hydrated, the first render would not match it); a part that failed too.
  for (const queryErrors of [[], [failed]])
    expect(
      firstRender({
        prerendered: '/articles/a',
        location: at('/articles/a', '', '#quote-2'),
        routeErrors: null,
        queryErrors,
      }),
    ).toBe('render');
  // A newer build reloads onto it, hash or not.
  const stale = new StaleBuildError('The server holds a newer build.');
  expect(
    firstRender({
      prerendered: '/articles/a',
      location: at('/articles/a', '', '#quote-2'),
      routeErrors: { r: stale },
      queryErrors: [],
    }),
  ).toBe('render');
});

test('a page kept at a quote leaves the quote the browser focused on arrival quiet, as the app does: no role tooltip over the page until focus leaves', () => {
  // The browser focuses the quote a `#quote-N` link scrolled to (it is focusable); at 40rem and
  // under its role tooltip is a bar over the bottom of the screen, and it covered the notice's
  // "Reload the page" once scrolled to. The app marks such a quote `data-arrived` (article.tsx).
  const root = document.createElement('div');
  const quote = document.createElement('mark');
  quote.className = 'quote';
  quote.id = 'quote-2';
  quote.tabIndex = 0;
  const other = document.createElement('mark');
  other.className = 'quote';
  other.id = 'quote-3';
  other.tabIndex = 0;
  root.append(quote, other);
  document.body.append(root);
  window.location.hash = '#quote-2';
  try {
    quote.focus();
    quietArrival(root);
    expect(quote.dataset.arrived).toBe('true');
    // Focus that leaves it, and comes back, is the reader's: the tooltip shows again.
    other.focus();
    expect(quote.dataset.arrived).toBeUndefined();
    // A quote focused that is not the link's target is left alone.
    quietArrival(root);
    expect(other.dataset.arrived).toBeUndefined();
  } finally {
    window.location.hash = '';
  }
});
