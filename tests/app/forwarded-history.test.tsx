/**
 * Addresses the app forwards to another (a slug typed in capitals, a page's file name, a slug the
 * build renamed) and the browser's Back. The router runs on jsdom's own history here, as in the
 * browser: a document opened at such an address had left it behind as an entry of its own, which
 * Back returned to and which forwarded the reader again (a trap: Chromium showed the same page
 * after Back, on a static host). Followed from inside the app, the entry before must stay.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { FIXTURE_BUILD_ID } from './fixtures/data-folder.ts';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

const ARTICLE = '/articles/000_ec231f94e2293af6';

/** The fixture's data, with a `renamed-slugs.json` naming `tom-g-ffus` as `tom-goffus`'s old slug. */
function mockData(): void {
  mockDataFetch((url) =>
    url.includes(`/v/${FIXTURE_BUILD_ID}/renamed-slugs.json`)
      ? new Response(
          JSON.stringify({
            version: 4,
            kind: 'renamed-slugs',
            organisations: {},
            speakers: { 'tom-g-ffus': 'tom-goffus' },
            sources: {},
          }),
          { headers: { 'Content-Type': 'application/json' } },
        )
      : undefined,
  );
}

let dispose = (): void => undefined;
afterEach(() => {
  dispose();
  window.history.replaceState(null, '', '/');
});

const here = (): string => `${window.location.pathname}${window.location.search}`;

/**
 * The document's history, the router on it, at `url` after an entry for `before`; `length`: the
 * history's length with `before` as its last entry.
 */
function openAfter(before: string, url: string) {
  window.history.pushState(null, '', before);
  const length = window.history.length;
  const view = renderRoute(url, { browserHistory: true });
  dispose = () => {
    view.router.dispose();
  };
  return { ...view, length };
}

async function back(): Promise<void> {
  window.history.back();
  // jsdom moves through the history in a task of its own, then the router loads the page.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

test.each([
  { address: '/quotes/index.html?q=troops', at: '/quotes?q=troops', heading: 'Quotes' },
  { address: '/organisations/NATO', at: '/organisations/nato', heading: 'NATO' },
  { address: '/speakers/tom-g-ffus', at: '/speakers/tom-goffus', heading: 'Tom Goffus' },
  { address: '/quotes?speaker=tom-g-ffus', at: '/quotes?speaker=tom-goffus', heading: 'Quotes' },
])('opened at $address, the page is at $at and Back leaves it', async ({ address, at, heading }) => {
  mockData();
  const { length } = openAfter(ARTICLE, address);
  expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  await waitFor(() => {
    expect(here()).toBe(at);
  });
  // One entry for the page opened: the forwarded address took the opened one's place.
  expect(window.history.length).toBe(length + 1);
  await back();
  await waitFor(() => {
    expect(here()).toBe(ARTICLE);
  });
});

test.each([
  { address: '/organisations/NATO', at: '/organisations/nato', heading: 'NATO' },
  { address: '/quotes/index.html', at: '/quotes', heading: 'Quotes' },
  { address: '/speakers/tom-g-ffus', at: '/speakers/tom-goffus', heading: 'Tom Goffus' },
  { address: '/quotes?speaker=tom-g-ffus', at: '/quotes?speaker=tom-goffus', heading: 'Quotes' },
])(
  'a link to $address followed in the app adds one entry, and Back returns to the page it was on',
  async ({ address, at, heading }) => {
    mockData();
    const { router } = openAfter('/quotes', ARTICLE);
    await screen.findByRole('heading', { level: 2, name: /quotes/i });
    const length = window.history.length;
    await router.navigate(address);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(here()).toBe(at);
    expect(window.history.length).toBe(length + 1);
    await back();
    await waitFor(() => {
      expect(here()).toBe(ARTICLE);
    });
  },
);
