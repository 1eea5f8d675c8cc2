/**
 * The search box against the URL it writes: the URL's query reaches it later than the keystrokes
 * (after the data and a transition render), sometimes for a search the reader has already
 * typed past. Here the test plays the URL, committing each query when it chooses.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { SearchBox } from '../../src/features/filters/components/search-box.tsx';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(initial: string) {
  const sent: string[] = [];
  const onSearch = (q: string) => {
    sent.push(q);
  };
  const view = render(<SearchBox value={initial} label="Search" onSearch={onSearch} />);
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  const box = screen.getByRole('searchbox', { name: 'Search' });
  /** The URL commits `q` (React re-renders the box with it). */
  const commit = (q: string) => {
    view.rerender(<SearchBox value={q} label="Search" onSearch={onSearch} />);
  };
  return { sent, box, user, commit };
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

test('Escape clears the box and the search', async () => {
  const { sent, box, user, commit } = setup('nato');
  await user.type(box, '{Escape}');
  expect(box).toHaveValue('');
  expect(sent).toEqual(['']);
  commit('');
  expect(box).toHaveValue('');
});
