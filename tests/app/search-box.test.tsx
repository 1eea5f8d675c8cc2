/**
 * The search box against the URL it writes: the URL's query reaches it later than the keystrokes
 * (after the data and a transition render), sometimes for a search the reader has already
 * typed past. Here the test plays the URL, committing each query when it chooses.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, useNavigate } from 'react-router';
import type { NavigateFunction } from 'react-router';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { READ_AHEAD_DELAY_MS, SearchBox } from '../../src/features/filters/components/search-box.tsx';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Hands the test the router's navigate, to go back and forward as the browser does. */
function Navigator({ into }: { into: { navigate?: NavigateFunction } }) {
  into.navigate = useNavigate();
  return null;
}

function setup(initial: string) {
  const sent: string[] = [];
  const onSearch = (q: string) => {
    sent.push(q);
  };
  const readAhead: string[] = [];
  const onReadAhead = (q: string) => {
    readAhead.push(q);
  };
  const router: { navigate?: NavigateFunction } = {};
  // Two history entries, the second shown: the one before it is where Back goes.
  const inRouter = (box: ReactNode) => (
    <MemoryRouter initialEntries={['/', '/?page=2']} initialIndex={1}>
      <Navigator into={router} />
      {box}
    </MemoryRouter>
  );
  const box = (q: string) => (
    <SearchBox value={q} label="Search" onSearch={onSearch} onReadAhead={onReadAhead} />
  );
  const view = render(inRouter(box(initial)));
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  /** The URL commits `q` (React re-renders the box with it). */
  const commit = (q: string) => {
    view.rerender(inRouter(box(q)));
  };
  /** Back or forward (`delta`), landing on a URL whose query is the one last committed. */
  const traverse = (delta: number) => {
    act(() => {
      void router.navigate?.(delta);
    });
  };
  return {
    sent,
    readAhead,
    box: screen.getByRole('searchbox', { name: 'Search' }),
    user,
    commit,
    traverse,
  };
}

test('an older search committing late does not replace what was typed since', async () => {
  const { sent, box, user, commit } = setup('');
  await user.type(box, 'gov{Enter}');
  await user.type(box, 'ern{Enter}');
  expect(sent).toEqual(['gov', 'govern']);
  // The first search's URL lands after the second was sent.
  commit('gov');
  expect(box).toHaveValue('govern');
  await user.type(box, 'm');
  commit('govern');
  expect(box).toHaveValue('governm');
  // Typing pauses: the box sends what it shows.
  act(() => {
    vi.advanceTimersByTime(300);
  });
  expect(sent.at(-1)).toBe('governm');
  commit('governm');
  expect(box).toHaveValue('governm');
});

test('a query from outside (back, forward, a link) replaces the text and a pending search', async () => {
  const { sent, box, user, commit } = setup('police');
  expect(box).toHaveValue('police');
  await user.type(box, ' x');
  // Back, before the typing pause ends.
  commit('court');
  expect(box).toHaveValue('court');
  act(() => {
    vi.advanceTimersByTime(1000);
  });
  expect(sent).toEqual([]);
  // And an outside change to a query this box sent long ago (its own echo came in between).
  await user.clear(box);
  await user.type(box, 'aid{Enter}');
  commit('aid');
  commit('court');
  expect(box).toHaveValue('court');
});

test('back to the query last committed still replaces searches sent since that never rendered', async () => {
  // The list shows no search; the reader searches twice, and React folds both renders away
  // (the second refines the first in one transition) before Back returns to the plain list.
  const { sent, box, user, traverse } = setup('');
  await user.type(box, 'police{Enter}');
  await user.clear(box);
  await user.type(box, 'court{Enter}');
  expect(sent).toEqual(['police', 'court']);
  traverse(-1);
  expect(box).toHaveValue('');
  // Forward to an entry with the same query: the box follows it too, and sends nothing.
  await user.type(box, 'aid');
  traverse(1);
  expect(box).toHaveValue('');
  act(() => {
    vi.advanceTimersByTime(1000);
  });
  expect(sent).toEqual(['police', 'court']);
});

test('a push or replace that keeps the query leaves what is being typed', async () => {
  const { sent, box, user, commit } = setup('police');
  await user.type(box, ' station');
  // Another filter changes (a re-render with the same query) before the typing pause ends.
  commit('police');
  expect(box).toHaveValue('police station');
  act(() => {
    vi.advanceTimersByTime(300);
  });
  expect(sent).toEqual(['police station']);
});

test('Escape clears the box and the search', async () => {
  const { sent, box, user, commit } = setup('nato');
  await user.type(box, '{Escape}');
  expect(box).toHaveValue('');
  expect(sent).toEqual(['']);
  commit('');
  expect(box).toHaveValue('');
});

test('a short pause in typing reads the text so far ahead, before the URL follows it', async () => {
  const { sent, readAhead, box, user } = setup('');
  await user.type(box, 'co');
  act(() => {
    vi.advanceTimersByTime(READ_AHEAD_DELAY_MS);
  });
  // Two letters: too short a prefix to load on speculation.
  expect(readAhead).toEqual([]);
  await user.type(box, 'urt');
  act(() => {
    vi.advanceTimersByTime(READ_AHEAD_DELAY_MS);
  });
  expect(readAhead).toEqual(['court']);
  act(() => {
    vi.advanceTimersByTime(1000);
  });
  // The search of the longer pause: what was typed (the fake clock also runs with real time, so
  // the 'co' search may have been sent in between).
  expect(sent.at(-1)).toBe('court');
  expect(readAhead).toEqual(['court']);
});

test('no read-ahead for a search sent at once, for the query shown, or after Escape', async () => {
  const { sent, readAhead, box, user, commit } = setup('police');
  // Enter before the short pause: the search itself loads the results.
  await user.type(box, ' station{Enter}');
  commit('police station');
  // Typing back to the query the URL shows: nothing to load.
  await user.type(box, 'x{Backspace}');
  act(() => {
    vi.advanceTimersByTime(1000);
  });
  await user.type(box, ' court{Escape}');
  act(() => {
    vi.advanceTimersByTime(1000);
  });
  expect(readAhead).toEqual([]);
  // (The box sends the unchanged query again after the pause, as it always has: the URL stays.)
  expect(sent).toEqual(['police station', 'police station', '']);
});
