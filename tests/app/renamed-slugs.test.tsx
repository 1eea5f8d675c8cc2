/**
 * Links with the slugs a build renamed (decision 001, "Slugs for ł, ø, æ …": until 2026-12-07 a
 * name's letters with no decomposition were dropped, `Łukasz Szumowski` → `ukasz-szumowski`) open
 * the same view at its new address. The fixture's names have no such letters, so its
 * `renamed-slugs.json` is answered here with the old slugs names like theirs would have had:
 * `Tom Gøffus` → `tom-g-ffus`, `NATØ` → `nat`, `Shafaq Nèwß` → `shafaq-new`.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { expect, onTestFinished, test } from 'vitest';
import { FIXTURE_BUILD_ID } from './fixtures/data-folder.ts';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute, urlSettles } from './render-route.tsx';

const RENAMED = {
  version: 4,
  kind: 'renamed-slugs',
  organisations: { nat: 'nato' },
  speakers: { 'tom-g-ffus': 'tom-goffus' },
  sources: { 'shafaq-new': 'shafaq-news' },
};

/** The fixture's data, with its build's `renamed-slugs.json` as above; records whether it was asked. */
function mockRenamed(): { asked: () => number } {
  let asked = 0;
  mockDataFetch((url) => {
    if (!url.includes(`/v/${FIXTURE_BUILD_ID}/renamed-slugs.json`)) return undefined;
    asked++;
    return new Response(JSON.stringify(RENAMED), { headers: { 'Content-Type': 'application/json' } });
  });
  return { asked: () => asked };
}

function listed(): string[] {
  return within(screen.getByRole('main'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

/** What a list URL shows once settled: its count, its items and any note on a slug it names. */
async function shown(url: string): Promise<{ count: string; items: string[]; notes: string[] }> {
  const { router, queryClient, unmount } = renderRoute(url);
  await screen.findByRole('heading', { level: 1 });
  await urlSettles(router, router.state.location.search);
  // An empty result's "1 without it" counts follow it: read once every load is in (on a loaded
  // machine one page had them and the other not yet).
  await waitFor(() => {
    expect(queryClient.isFetching()).toBe(0);
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const count = screen.getByRole('status', { name: '' }).textContent;
  const items = listed();
  // Read before the page goes: once unmounted, no note could be found whatever it had said.
  const notes = screen.queryAllByText(/is called/).map((note) => note.textContent);
  unmount();
  return { count, items, notes };
}

test.each([
  { kind: 'a speaker', old: '/speakers/tom-g-ffus', now: '/speakers/tom-goffus', name: 'Tom Goffus' },
  { kind: 'an organisation', old: '/organisations/nat', now: '/organisations/nato', name: 'NATO' },
  {
    kind: 'a speaker in capitals',
    old: '/speakers/Tom-G-ffus',
    now: '/speakers/tom-goffus',
    name: 'Tom Goffus',
  },
])("$kind's old address opens its page at the new one, the search kept", async ({ old, now, name }) => {
  mockRenamed();
  // The document opened at the old address, as a link from elsewhere opens it.
  const { router } = renderRoute(`${old}?from=2024-08-01`, { browserHistory: true });
  onTestFinished(() => {
    router.dispose();
    window.history.replaceState(null, '', '/');
  });
  expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(now);
  expect(router.state.location.search).toBe('?from=2024-08-01');
  // The old address is not left behind to go back to (tests/app/forwarded-history.test.tsx).
  expect(router.state.historyAction).toBe('REPLACE');
});

test.each([
  { old: '/quotes?speaker=tom-g-ffus&q=training', now: '?speaker=tom-goffus&q=training' },
  { old: '/?org=nat&q=iraq&sort=oldest', now: '?org=nato&q=iraq&sort=oldest' },
  { old: '/?source=shafaq-new&utm_source=chat', now: '?source=shafaq-news&utm_source=chat' },
  { old: '/quotes?org=nato-mission-iraq&org=nat&page=1', now: '?org=nato-mission-iraq&org=nato&page=1' },
])('the list link $old gives the results of its new address, without a note', async ({ old, now }) => {
  mockRenamed();
  const view = old.startsWith('/quotes') ? '/quotes' : '/';
  const before = await shown(old);
  expect(before.notes).toEqual([]);
  mockDataFetch();
  const after = await shown(`${view}${now}`);
  expect(before).toEqual(after);
  expect(after.items.length).toBeGreaterThan(0);
});

test('the list link names its new address', async () => {
  mockRenamed();
  const { router } = renderRoute('/quotes?speaker=tom-g-ffus');
  await urlSettles(router, '?speaker=tom-goffus');
  expect(router.state.location.pathname).toBe('/quotes');
  expect(await screen.findByText('1 quote')).toBeInTheDocument();
});

test('a slug neither known nor renamed is noted and ignored as before; known slugs never ask', async () => {
  const renamed = mockRenamed();
  renderRoute('/quotes?speaker=nobody');
  await screen.findByRole('heading', { level: 1, name: 'Quotes' });
  expect(screen.getByText(/No speaker is called “nobody”/)).toBeInTheDocument();
  expect(renamed.asked()).toBe(1);
  const known = mockRenamed();
  const { router } = renderRoute('/quotes?speaker=tom-goffus');
  await urlSettles(router, '?speaker=tom-goffus');
  expect(await screen.findByText('1 quote')).toBeInTheDocument();
  expect(known.asked()).toBe(0);
});

test('a build without renamed-slugs.json (made before it existed) answers old slugs as before', async () => {
  mockDataFetch();
  renderRoute('/speakers/tom-g-ffus');
  expect(await screen.findByText(/No speaker is called “tom-g-ffus”/)).toBeInTheDocument();
  await waitFor(() => {
    expect(document.title).toMatch(/not found/i);
  });
});
